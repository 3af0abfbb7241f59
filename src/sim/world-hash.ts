// A 32-bit FNV-1a hash over every part of the world the rules read or write, so two runs can be
// compared tick by tick (replays, browser against Node). One generic walk over the world's plain data:
// a field added to the world is hashed without anyone remembering to add it here.
import { Fnv1a } from '../tiled/fnv1a.ts';
import type { World } from './types.ts';

/**
 * Fields the walk skips: the level and the detection assist (`detectionPercent`) are input, not state
 * (the meters the assist shapes are hashed, so a run replayed without it differs); `changeCount` only tells caches that tiles
 * changed (a change and its undoing leave the same world, and must hash the same); `scenes` is the
 * story player, whose state between scenes the world keeps in `storyState`.
 */
const SKIPPED_FIELDS: ReadonlySet<string> = new Set(['level', 'detectionPercent', 'changeCount', 'scenes']);

/** One tag per kind of value, so that `[1, 2]` and `{ a: 1, b: 2 }` or `"1"` and `1` never collide. */
const TAG = { undefined: 1, null: 2, false: 3, true: 4, integer: 5, fraction: 6, text: 7, list: 8, bytes: 9, record: 10 } as const;

function addText(hash: Fnv1a, text: string): void {
  hash.add(text.length);
  for (let index = 0; index < text.length; index += 1) hash.mix(text.charCodeAt(index));
}

function addValue(hash: Fnv1a, value: unknown): void {
  if (value === undefined) hash.add(TAG.undefined);
  else if (value === null) hash.add(TAG.null);
  else if (typeof value === 'boolean') hash.add(value ? TAG.true : TAG.false);
  else if (typeof value === 'number') {
    // The rules keep integers; anything else is hashed by its exact text so it still compares exactly.
    if (Number.isInteger(value) && Math.abs(value) <= 0xffffffff) {
      hash.add(TAG.integer);
      hash.add(value);
    } else {
      hash.add(TAG.fraction);
      addText(hash, String(value));
    }
  } else if (typeof value === 'string') {
    hash.add(TAG.text);
    addText(hash, value);
  } else if (ArrayBuffer.isView(value)) {
    const cells = value as unknown as ArrayLike<number>;
    hash.add(TAG.bytes);
    hash.add(cells.length);
    for (let index = 0; index < cells.length; index += 1) hash.add(cells[index]!);
  } else if (Array.isArray(value)) {
    hash.add(TAG.list);
    hash.add(value.length);
    for (const item of value) addValue(hash, item);
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Sorted: two objects with the same fields made in another order are the same state.
    const keys = Object.keys(record).filter((key) => !SKIPPED_FIELDS.has(key)).sort();
    hash.add(TAG.record);
    hash.add(keys.length);
    for (const key of keys) {
      addText(hash, key);
      addValue(hash, record[key]);
    }
  } else {
    throw new Error(`hashWorld: a ${typeof value} has no place in the world's state`);
  }
}

export function hashWorld(world: World): string {
  const hash = new Fnv1a();
  addValue(hash, world);
  return hash.hex();
}
