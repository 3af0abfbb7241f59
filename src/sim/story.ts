// The story in the rules: flags, Triggers, Talks and Clues acting, reveals, and scenes. A scene opens at
// an exact tick and holds the world still until it closes: while one is open `step` plays only scene
// input (advance with Interact, a choice, a skip) through the world's SceneDirector and never ticks, so
// the in-game time does not count it, and a skip gives exactly the world that watching gives.
import type { FlagChange, FlagCondition, StoryAction } from '../level/level-definition.ts';
import type { SceneDirector, SceneDisplay, StoryFlags } from './scene-director.ts';
import { childrenBroughtOut, wakeChild } from './children.ts';
import { toSubpixels } from './fixed-point.ts';
import type { InputFrame, SceneSource, SimEvent, World } from './types.ts';
import { requestTileChanges } from './world-tiles.ts';

/** Lines a skip runs through at most: a story that never reaches a choice or an end still returns. */
const MAX_SKIPPED_LINES = 10_000;

export function conditionHolds(flags: Readonly<StoryFlags>, condition: FlagCondition): boolean {
  // Own values only: a name an object has by inheritance (`constructor`) is a flag never set, 0.
  const value = Object.hasOwn(flags, condition.flag) ? flags[condition.flag]! : 0;
  switch (condition.compare) {
    case '==': return value === condition.value;
    case '!=': return value !== condition.value;
    case '>=': return value >= condition.value;
    case '<=': return value <= condition.value;
    case '>': return value > condition.value;
    case '<': return value < condition.value;
  }
}

export function flagsHold(world: World, conditions: readonly FlagCondition[]): boolean {
  return conditions.every((condition) => conditionHolds(world.flags, condition));
}

function setFlag(world: World, change: { readonly name: string; readonly value: number }, events: SimEvent[]): void {
  const { name, value } = change;
  if (world.flags[name] === value) return;
  world.flags[name] = value;
  events.push({ type: 'flag', name, value });
}

function applyChanges(world: World, changes: readonly FlagChange[], events: SimEvent[]): void {
  for (const change of changes) {
    const value = change.operation === 'set' ? change.value : (Object.hasOwn(world.flags, change.flag) ? world.flags[change.flag]! : 0) + change.value;
    setFlag(world, { name: change.flag, value }, events);
  }
}

/** Asks for a reveal's tiles (once): they land at the next tile point, like a door's. */
function reveal(world: World, name: string, events: SimEvent[]): void {
  const index = world.level.reveals.findIndex((entry) => entry.name === name);
  const definition = world.level.reveals[index];
  if (definition === undefined || world.revealed[index] === 1) return;
  world.revealed[index] = 1;
  requestTileChanges(world, definition.changes);
  events.push({ type: 'reveal', name });
}

/**
 * A Trigger, Talk or Clue acts: its flags change, its reveal is asked for, and its scene opens (a Talk's
 * recruit wakes when the scene closes, or at once without one).
 */
export function act(
  world: World,
  options: { readonly action: StoryAction; readonly source: SceneSource; readonly recruits?: number; readonly events: SimEvent[] },
): void {
  const { action, source, events } = options;
  applyChanges(world, action.sets, events);
  if (action.reveal !== '') reveal(world, action.reveal, events);
  const recruits = options.recruits ?? 0;
  if (action.scene !== '') openScene(world, { knot: action.scene, source, recruits, events });
  else wakeRecruit(world, recruits, events);
}

function wakeRecruit(world: World, childId: number, events: SimEvent[]): void {
  if (childId === 0) return;
  const child = world.children.find((entry) => entry.id === childId);
  if (child?.mode === 'asleep') wakeChild(world, child, events);
}

/** Ink's variables into the world's flags: the story and the map share one set of names. */
function takeVariables(world: World, events: SimEvent[]): void {
  const director = world.scenes;
  if (director === null) return;
  const variables = director.variables();
  for (const name of Object.keys(variables).sort()) setFlag(world, { name, value: variables[name]! }, events);
}

function openScene(
  world: World,
  options: { readonly knot: string; readonly source: SceneSource; readonly recruits: number; readonly events: SimEvent[] },
): void {
  const { knot, source, recruits, events } = options;
  events.push({ type: 'scene-opened', knot, source });
  const director = world.scenes;
  if (director === null || !director.hasKnot(knot)) {
    // Without a story (a tool that plays the rules alone) or a knot it lacks (reported when the level was
    // checked), the scene closes as it opens: the world goes on exactly as if it had been skipped.
    events.push({ type: 'scene-closed', knot });
    wakeRecruit(world, recruits, events);
    return;
  }
  const display = director.open({ knot, state: world.storyState, flags: world.flags, seed: world.seed });
  world.scene = { knot, tick: world.tick, source, display, recruits };
  takeVariables(world, events);
  events.push({ type: 'scene-line' });
}

function closeScene(world: World, events: SimEvent[]): void {
  const scene = world.scene;
  const director = world.scenes;
  if (scene === null || director === null) return;
  takeVariables(world, events);
  world.storyState = director.saveState();
  world.scene = null;
  events.push({ type: 'scene-closed', knot: scene.knot });
  wakeRecruit(world, scene.recruits, events);
}

/** What one step of scene input did: the display it shows next (null: unchanged), and whether the scene closes. */
export interface SceneInputResult {
  readonly shown: SceneDisplay | null;
  readonly close: boolean;
}

/**
 * One step of scene input against a director showing `display`: a choice is taken if it is offered, a
 * skip runs on to the next choice (or the end, and closes), Interact shows the next line (or, at the end,
 * closes). The world's scenes and the campaign's scenes outside a level (src/story) both step this way.
 */
export function playSceneInput(director: SceneDirector, display: SceneDisplay, input: InputFrame): SceneInputResult {
  if (input.choice >= 0 && input.choice < display.choices.length) return { shown: director.choose(input.choice), close: false };
  if (input.skip) {
    let shown = display;
    for (let line = 0; line < MAX_SKIPPED_LINES && !shown.done && shown.choices.length === 0; line += 1) shown = director.advance();
    return { shown, close: shown.done };
  }
  if (input.interact && display.choices.length === 0) {
    return display.done ? { shown: null, close: true } : { shown: director.advance(), close: false };
  }
  return { shown: null, close: false };
}

/** One step of an open scene (playSceneInput); the world's tick does not move. Returns the events. */
export function stepScene(world: World, input: InputFrame): SimEvent[] {
  const events: SimEvent[] = [];
  const scene = world.scene;
  const director = world.scenes;
  if (scene === null || director === null) return events;
  const { shown, close } = playSceneInput(director, scene.display, input);
  if (shown !== null) {
    scene.display = shown;
    takeVariables(world, events);
    events.push({ type: 'scene-line' });
  }
  if (close) closeScene(world, events);
  return events;
}

/** Whether Mira's feet (their centre) stand in an area, pixels: a Trigger, a Talk, a Clue, a Checkpoint, the Exit. */
export function isMiraInside(world: World, area: { readonly x: number; readonly y: number; readonly width: number; readonly height: number }): boolean {
  const { x, y } = world.mira;
  const left = toSubpixels(area.x);
  const top = toSubpixels(area.y);
  return x >= left && y >= top && x < left + toSubpixels(area.width) && y < top + toSubpixels(area.height);
}

/**
 * Enter and auto Triggers, in id order: an enter Trigger acts as Mira steps in (again on each entry
 * unless `once`), an auto one the tick its flags come to hold. A Trigger whose scene would open while
 * another is open waits for the next tick (its entry is not yet counted).
 */
export function updateTriggers(world: World, events: SimEvent[]): void {
  world.level.triggers.forEach((trigger, index) => {
    if (trigger.activation === 'interact') return;
    const now = trigger.activation === 'enter' ? isMiraInside(world, trigger.area) && flagsHold(world, trigger.requires) : flagsHold(world, trigger.requires);
    const before = world.triggersInside[index] === 1;
    if (!now) {
      world.triggersInside[index] = 0;
      return;
    }
    if (before || (trigger.once && world.triggersFired[index] === 1)) return;
    if (trigger.scene !== '' && world.scene !== null) return;
    world.triggersInside[index] = 1;
    fireTrigger(world, index, events);
  });
}

export function fireTrigger(world: World, index: number, events: SimEvent[]): void {
  const trigger = world.level.triggers[index];
  if (trigger === undefined) return;
  world.triggersFired[index] = 1;
  events.push({ type: 'trigger', triggerId: trigger.id });
  act(world, { action: trigger, source: { kind: 'Trigger', id: trigger.id }, events });
}

/**
 * A catch in a chapter that says `resetFlagsOnCatch`: the story goes back to the chapter's start (flags,
 * what fired, was talked to and taken, the story's state), so whatever set a flag can set it again. What
 * was revealed stays revealed: the map does not un-change behind her.
 */
export function resetStoryProgress(world: World): void {
  world.flags = { ...world.start.flags };
  world.storyState = null;
  world.triggersFired.fill(0);
  world.triggersInside.fill(0);
  world.talksDone.fill(0);
  world.cluesTaken.fill(0);
}

/** The flag a level's finish sets to how many children she brought out (hashed like any flag). */
export const CHILDREN_OUT_FLAG = 'children_out';

/** A child's own flag at the finish: `Juno` is `juno_out`, a name's other characters `_` (ink reads it as a VAR). */
export function childOutFlag(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z0-9]/g, '_')}_out`;
}

/**
 * At a finish in a level with children: who came out with her, as flags the next chapter's story reads
 * (the aftermath names them). Every named child's flag is set, 1 or 0, so a chapter before (the dream
 * space, whose children also follow her out) never speaks for this one.
 */
export function countChildrenOut(world: World, events: SimEvent[]): void {
  if (world.children.length === 0) return;
  const out = new Set(childrenBroughtOut(world));
  for (const child of world.children) {
    if (child.name !== '') setFlag(world, { name: childOutFlag(child.name), value: out.has(child) ? 1 : 0 }, events);
  }
  setFlag(world, { name: CHILDREN_OUT_FLAG, value: out.size }, events);
}
