// Where the story's next step lies while a hunt for clues is under way (no Phaser, so Node tests read
// it): the bedroom's exit waits for `hidden_door_open`, which its Trigger sets once the storybook, the
// drawing and the draught are all found. A first player found the draught first and stood at the
// wardrobe with nothing to go on; from the first clue found, the compass points at the nearest one left.
import type { Rect } from '../../level/level-definition.ts';
import { conditionHolds } from '../../sim/story.ts';
import { SUBPIXELS_PER_PIXEL, type World } from '../../sim/types.ts';

/**
 * The area of the nearest Clue that sets a flag still missing for a Trigger the exit waits on, once Mira
 * has found at least one of that Trigger's flags; null before the hunt starts, once every clue it needs is
 * found (the Trigger itself is then the way, and the exit is where it stands), or where no Trigger opens the exit.
 */
export function nextClueArea(world: World): Rect | null {
  const { level, flags } = world;
  const missingForExit = level.exitRequires.filter((condition) => !conditionHolds(flags, condition)).map((condition) => condition.flag);
  const wanted = new Set<string>();
  level.triggers.forEach((trigger, index) => {
    if (world.triggersFired[index] === 1 || !trigger.sets.some((change) => missingForExit.includes(change.flag))) return;
    const missing = trigger.requires.filter((condition) => !conditionHolds(flags, condition));
    if (missing.length === 0 || missing.length === trigger.requires.length) return;
    for (const condition of missing) wanted.add(condition.flag);
  });
  if (wanted.size === 0) return null;
  const miraX = world.mira.x / SUBPIXELS_PER_PIXEL;
  const miraY = world.mira.y / SUBPIXELS_PER_PIXEL;
  let nearest: Rect | null = null;
  let nearestDistance = Infinity;
  for (const [index, clue] of level.clues.entries()) {
    if (world.cluesTaken[index] === 1 || !clue.sets.some((change) => wanted.has(change.flag))) continue;
    const offsetX = clue.area.x + clue.area.width / 2 - miraX;
    const offsetY = clue.area.y + clue.area.height / 2 - miraY;
    const distance = offsetX * offsetX + offsetY * offsetY;
    if (distance < nearestDistance) {
      nearest = clue.area;
      nearestDistance = distance;
    }
  }
  return nearest;
}
