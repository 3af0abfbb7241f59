// What a layer means to this game, by its name. Tiled names a layer inside a group "group/layer", so a
// builder may tidy layers into groups: the last part of the name decides, except that anything inside
// a "dream" group belongs to the dream.
import { nearestName } from './wording.ts';

export const WALLS_LAYER = 'walls';
export const ENTITIES_LAYER = 'entities';
const ABOVE_LAYER = 'above';
/** The dream's own layer name: a layer or group of this name paints the dream, and the world's drawn dream layer has it. */
export const DREAM_LAYER = 'dream';

function parts(name: string): string[] {
  return name.split('/');
}

function lastPart(name: string): string {
  return parts(name).at(-1) ?? name;
}

/** What the collective dream paints: drawn and solid only while a dream is active (a later chapter). */
export function isDreamLayer(name: string): boolean {
  return parts(name).includes(DREAM_LAYER);
}

/** The story's reveals: `reveal/<name>` tile layers, applied when a Trigger, Talk or Clue names them. */
export const REVEAL_LAYER = 'reveal';

/** `reveal/<name>` (target walls) or `reveal/<name>/<target>`, also inside groups; null for other layers. */
export function revealOf(name: string): { readonly name: string; readonly target: string | null } | null {
  const all = parts(name);
  const at = all.indexOf(REVEAL_LAYER);
  if (at === -1 || at + 1 >= all.length) return null;
  return { name: all[at + 1]!, target: all.length > at + 2 ? all.slice(at + 2).join('/') : null };
}

/** Neither drawn nor solid at the start: what the story changes the map into. */
export function isRevealLayer(name: string): boolean {
  return parts(name).includes(REVEAL_LAYER);
}

/** Walls block movement and sight unless a tile says otherwise. */
export function isWallsLayer(name: string): boolean {
  return lastPart(name) === WALLS_LAYER && !isDreamLayer(name) && !isRevealLayer(name);
}

/** Drawn over the characters: a layer named `above`, or any layer inside a group named `above`. */
export function isAboveLayer(name: string): boolean {
  return parts(name).includes(ABOVE_LAYER);
}

export function isEntitiesLayer(name: string): boolean {
  return lastPart(name) === ENTITIES_LAYER && !isDreamLayer(name) && !isRevealLayer(name);
}

/**
 * A name that is almost one of ours ("Walls", "entities " with a space): builders get a "did you mean"
 * instead of a silently ignored layer.
 */
export function isNearMiss(name: string, wanted: string): boolean {
  const last = lastPart(name);
  return last !== wanted && nearestName(last, [wanted]) === wanted;
}
