// What the view shows of the story in the world, worked out from world state only (no Phaser, so Node
// tests read it): a glint on each Clue still to find, a quiet mark on each Trigger that Interact would
// fire, a speech mark over the person Interact would talk to, and where a "locked" word belongs. The rules
// decide (interact.ts, story.ts); these only say what they decided.
import { interactTarget } from '../../sim/interact.ts';
import { flagsHold } from '../../sim/story.ts';
import { SUBPIXELS_PER_PIXEL, type SimEvent, type World } from '../../sim/types.ts';
import type { Rect } from '../../level/level-definition.ts';

/** Pixels over a person's feet the speech mark floats at: over the head, under the Interact prompt's line. */
export const SPEECH_MARK_RISE = 20;

export interface StoryMarker {
  readonly kind: 'clue' | 'trigger' | 'talk';
  /** Pixels. */
  readonly x: number;
  readonly y: number;
}

function centreOf(area: Rect): { x: number; y: number } {
  return { x: area.x + area.width / 2, y: area.y + area.height / 2 };
}

/** Where a Talk's speech mark goes: over its person's head, or over its point or area. */
function talkMarkAt(world: World, index: number): { x: number; y: number } {
  const talk = world.level.talks[index]!;
  const person = talk.person === 0 ? undefined : world.children.find((child) => child.id === talk.person) ?? world.enforcers.find((enforcer) => enforcer.id === talk.person);
  if (person === undefined) {
    const centre = centreOf(talk.area);
    return { x: centre.x, y: centre.y - SPEECH_MARK_RISE / 2 };
  }
  return { x: person.x / SUBPIXELS_PER_PIXEL, y: person.y / SUBPIXELS_PER_PIXEL - SPEECH_MARK_RISE };
}

/** Every story marker to draw now; none while a scene is open or the level is over. */
export function storyMarkers(world: World): StoryMarker[] {
  if (world.status !== 'playing' || world.scene !== null) return [];
  const markers: StoryMarker[] = [];
  world.level.clues.forEach((clue, index) => {
    if (world.cluesTaken[index] === 1 || !flagsHold(world, clue.requires)) return;
    markers.push({ kind: 'clue', ...centreOf(clue.area) });
  });
  world.level.triggers.forEach((trigger, index) => {
    if (trigger.activation !== 'interact' || (trigger.once && world.triggersFired[index] === 1) || !flagsHold(world, trigger.requires)) return;
    markers.push({ kind: 'trigger', ...centreOf(trigger.area) });
  });
  const target = interactTarget(world);
  if (target?.kind === 'talk') markers.push({ kind: 'talk', ...talkMarkAt(world, target.index) });
  return markers;
}

/** Where a `locked` event's word rises (pixels): over the locked door's middle, or over the Exit. */
export function lockedWordAt(world: World, event: Extract<SimEvent, { type: 'locked' }>): { x: number; y: number } {
  const door = event.what === 'door' ? world.level.doors.find((candidate) => candidate.id === event.id) : undefined;
  if (door === undefined || door.cells.length === 0) return centreOf(world.level.exit);
  const span = world.level.tileSize;
  const sum = door.cells.reduce((total, cell) => ({ x: total.x + cell.x, y: total.y + cell.y }), { x: 0, y: 0 });
  return { x: (sum.x / door.cells.length + 0.5) * span, y: (sum.y / door.cells.length + 0.5) * span };
}
