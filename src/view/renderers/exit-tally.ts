// The count the exit waits for, as the HUD's corner says it (no Phaser, so Node tests read it): in the
// hidden door the analog door opens on `fragments>=3` and each relic Mira picks up is a Clue that adds
// one. A player met the door before learning that; the corner keeps the count in sight from the start.
import type { LevelDefinition } from '../../level/level-definition.ts';
import type { World } from '../../sim/types.ts';

/** A flag the exit needs to reach a number, raised by Clues: what the HUD counts. */
export interface ExitTally {
  readonly flag: string;
  readonly needed: number;
}

/**
 * The exit's first `flag>=N` (or `flag>N`) condition on a flag that some Clue adds to, or null when the
 * exit waits for no count (a plain flag such as the bedroom's `hidden_door_open` is not counted).
 */
export function exitTally(level: LevelDefinition): ExitTally | null {
  for (const condition of level.exitRequires) {
    if (condition.compare !== '>=' && condition.compare !== '>') continue;
    const raised = level.clues.some((clue) => clue.sets.some((change) => change.flag === condition.flag && change.operation === 'add' && change.value > 0));
    if (!raised) continue;
    return { flag: condition.flag, needed: condition.compare === '>' ? condition.value + 1 : condition.value };
  }
  return null;
}

/** The flag's name as words: `story_fragments` reads "story fragments". */
function counted(flag: string): string {
  return flag.replaceAll('_', ' ');
}

/**
 * The corner's line: "1 of 3 fragments for the analog door" while short of the count, then "4 fragments:
 * the analog door will open". Null on a level whose exit counts nothing.
 */
export function tallyLine(world: World, tally: ExitTally | null = exitTally(world.level)): string | null {
  if (tally === null) return null;
  const found = Math.max(0, world.flags[tally.flag] ?? 0);
  const name = world.level.exitName === '' ? 'the exit' : `the ${world.level.exitName.toLowerCase()}`;
  if (found < tally.needed) return `${found} of ${tally.needed} ${counted(tally.flag)} for ${name}`;
  return `${found} ${counted(tally.flag)}: ${name} will open`;
}
