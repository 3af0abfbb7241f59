// Whatever a user hands the loader, it answers with a map or with problems; it never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { readTiledJson } from '../../src/tiled/read-tiled-json.ts';
import type { Loaded, MapProblem } from '../../src/tiled/tiled-map.ts';
import { type Json, yardMap } from '../fixtures/maps/map-builder.ts';

function wellFormed(problem: MapProblem): boolean {
  // The loaders turn their own exceptions into a problem as a last resort; that must never be needed.
  if (problem.message.includes('failed unexpectedly')) throw new Error(`loader crashed: ${problem.message}`);
  return ['error', 'warning'].includes(problem.severity) && problem.message !== '' && problem.place !== '' && problem.hint !== '';
}

/** ok with a value, or not ok with at least one error; every problem fully filled in. */
function isAnswer(loaded: Loaded<unknown>): boolean {
  if (loaded.ok) return loaded.warnings.every(wellFormed) && loaded.warnings.every((problem) => problem.severity === 'warning');
  return loaded.problems.length > 0 && loaded.problems.every(wellFormed) && loaded.problems.some((problem) => problem.severity === 'error');
}

/** Replaces the value at a path chosen by `picks` with `replacement`, walking objects and arrays. */
function mutate(value: unknown, picks: readonly number[], replacement: unknown): unknown {
  const [pick, ...rest] = picks;
  if (pick === undefined || value === null || typeof value !== 'object') return replacement;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const index = pick % value.length;
    return value.map((entry: unknown, at) => (at === index ? mutate(entry, rest, replacement) : entry));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[pick % keys.length]!;
  return { ...(value as Json), [key]: mutate((value as Json)[key], rest, replacement) };
}

describe('the loader never throws', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      expect(isAnswer(readTiledJson(text))).toBe(true);
      expect(isAnswer(loadLevelFromText(text, 'random.tmj'))).toBe(true);
    }), { numRuns: 300 });
  });

  it('on random bytes read as text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      expect(isAnswer(readTiledJson(new TextDecoder().decode(bytes)))).toBe(true);
    }), { numRuns: 300 });
  });

  it('on random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
      expect(isAnswer(loadLevelFromText(JSON.stringify(value), 'random.tmj'))).toBe(true);
    }), { numRuns: 300 });
  });

  it('on a valid map with one value anywhere replaced by random JSON', () => {
    const base = yardMap();
    expect(loadLevelFromText(JSON.stringify(base), 'yard.tmj').ok).toBe(true);
    fc.assert(fc.property(
      fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 0, 1e9, 2 ** 32, 0.5, '', 'zstd', 'base64', null, true, [], {})),
      (picks, replacement) => {
        const text = JSON.stringify(mutate(base, picks, replacement));
        expect(isAnswer(loadLevelFromText(text, 'yard.tmj'))).toBe(true);
      },
    ), { numRuns: 1500 });
  });

  it('on layer data of random bytes under every encoding and compression', () => {
    fc.assert(fc.property(
      fc.uint8Array({ maxLength: 200 }),
      fc.constantFrom('', 'zlib', 'gzip', 'zstd', 'lz4'),
      (bytes, compression) => {
        const map = yardMap();
        const walls = (map.layers as Json[])[1]!;
        Object.assign(walls, { encoding: 'base64', compression, data: Buffer.from(bytes).toString('base64') });
        const loaded = readTiledJson(JSON.stringify(map));
        expect(isAnswer(loaded)).toBe(true);
        expect(loaded.ok).toBe(false);
      },
    ), { numRuns: 500 });
  });
});
