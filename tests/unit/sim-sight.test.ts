import { createWorldTiles } from '../../src/sim/world-tiles.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canSee, clipSight, coneHalfAngle, hasLineOfSight, isInsideCone, isWithinRange, type Viewer } from '../../src/sim/sight.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

const SPAN = 256; // one 16-pixel tile in sub-pixels
const centre = (tile: number): number => tile * SPAN + SPAN / 2;

function viewer(overrides: Partial<Viewer> = {}): Viewer {
  return { x: 0, y: 0, facingX: 128, facingY: 0, sightRange: 100_000, sightAngle: 90, ...overrides };
}

describe('line of sight (integer grid raycast)', () => {
  // Wall at tile (4, 2).
  const level = levelFromAscii([
    '..........',
    '.S........',
    '....#.....',
    '..........',
    '..........',
    '..........',
    '..........',
  ]).level;

  it('sees along a clear line and returns the end point', () => {
    const from = { x: centre(1), y: centre(1) };
    const to = { x: centre(8), y: centre(1) };
    expect(hasLineOfSight(createWorldTiles(level), from, to)).toBe(true);
    expect(clipSight(createWorldTiles(level), { x: from.x, y: from.y }, { x: to.x, y: to.y })).toEqual(to);
  });

  it('is blocked by a wall and reports where the ray enters it', () => {
    expect(clipSight(createWorldTiles(level), { x: centre(1), y: centre(2) }, { x: centre(8), y: centre(2) })).toEqual({ x: 4 * SPAN, y: centre(2) });
    // From the other side the ray enters at the wall's right edge, still outside the tile (x < 5 * SPAN).
    expect(clipSight(createWorldTiles(level), { x: centre(8), y: centre(2) }, { x: centre(1), y: centre(2) })).toEqual({ x: 5 * SPAN, y: centre(2) });
    expect(hasLineOfSight(createWorldTiles(level), { x: centre(2), y: centre(0) }, { x: centre(6), y: centre(5) })).toBe(false);
  });

  it('clips a kept end in place: moved back to where a blocked ray stops, left where a clear one ends', () => {
    const tiles = createWorldTiles(level);
    const kept = { x: centre(8), y: centre(2) };
    expect(clipSight(tiles, { x: centre(1), y: centre(2) }, kept)).toBe(kept);
    expect(kept).toEqual({ x: 4 * SPAN, y: centre(2) });
    kept.x = centre(3);
    expect(clipSight(tiles, { x: centre(1), y: centre(2) }, kept)).toEqual({ x: centre(3), y: centre(2) });
  });

  it("counts a ray through exactly a wall tile's corner as blocked, in both directions", () => {
    // The line y = x - 256 passes exactly through (1024, 768): the wall's bottom-left corner.
    expect(clipSight(createWorldTiles(level), { x: 768, y: 512 }, { x: 1536, y: 1280 })).toEqual({ x: 1024, y: 768 });
    expect(clipSight(createWorldTiles(level), { x: 1536, y: 1280 }, { x: 768, y: 512 })).toEqual({ x: 1024, y: 768 });
    // Two sub-pixels further from the wall, the same ray passes.
    expect(hasLineOfSight(createWorldTiles(level), { x: 768, y: 514 }, { x: 1536, y: 1282 })).toBe(true);
    expect(hasLineOfSight(createWorldTiles(level), { x: 1536, y: 1282 }, { x: 768, y: 514 })).toBe(true);
  });

  it('does not see between two walls that meet at a corner', () => {
    // Walls at (2,1) and (1,2) share one corner; the diagonal from (0,0) to (3,3) passes exactly through it.
    const touching = levelFromAscii(['S...', '..#.', '.#..', '....']).level;
    expect(hasLineOfSight(createWorldTiles(touching), { x: centre(0), y: centre(0) }, { x: centre(3), y: centre(3) })).toBe(false);
    expect(hasLineOfSight(createWorldTiles(touching), { x: centre(3), y: centre(3) }, { x: centre(0), y: centre(0) })).toBe(false);
    // One wall touching the corner is enough to block it; with none the diagonal is clear.
    const single = levelFromAscii(['S...', '..#.', '....', '....']).level;
    expect(hasLineOfSight(createWorldTiles(single), { x: centre(0), y: centre(0) }, { x: centre(3), y: centre(3) })).toBe(false);
    const none = levelFromAscii(['S...', '....', '....', '....']).level;
    expect(hasLineOfSight(createWorldTiles(none), { x: centre(0), y: centre(0) }, { x: centre(3), y: centre(3) })).toBe(true);
  });

  it('treats the map edge as opaque', () => {
    expect(clipSight(createWorldTiles(level), { x: centre(1), y: centre(1) }, { x: -500, y: centre(1) })).toEqual({ x: 0, y: centre(1) });
  });

  it('agrees with a fine-stepped reference walk away from tile boundaries', () => {
    const random = levelFromAscii([
      '#S........',
      '...#..#...',
      '.#....#..#',
      '....##....',
      '..#.......',
      '.......#..',
      '...#......',
    ]).level;
    const coordinate = (limit: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: limit * SPAN - 1 });
    fc.assert(
      fc.property(fc.tuple(coordinate(10), coordinate(7), coordinate(10), coordinate(7)), ([fromX, fromY, toX, toY]) => {
        const solidAt = (x: number, y: number): boolean => random.opaque[Math.floor(y / SPAN) * 10 + Math.floor(x / SPAN)] === 1;
        if (solidAt(fromX, fromY)) return;
        // Sample the segment densely; skip cases that pass within a sub-pixel of a tile corner, where
        // sampling cannot decide and the exact rule (corners block) is tested above.
        const length = Math.max(Math.abs(toX - fromX), Math.abs(toY - fromY));
        let blocked = false;
        for (let index = 0; index <= length * 4; index += 1) {
          const x = fromX + ((toX - fromX) * index) / (length * 4 || 1);
          const y = fromY + ((toY - fromY) * index) / (length * 4 || 1);
          const nearCorner = Math.min(x % SPAN, SPAN - (x % SPAN)) < 2 && Math.min(y % SPAN, SPAN - (y % SPAN)) < 2;
          if (nearCorner) return;
          if (solidAt(x, y)) blocked = true;
        }
        expect(hasLineOfSight(createWorldTiles(random), { x: fromX, y: fromY }, { x: toX, y: toY })).toBe(!blocked);
      }),
      { numRuns: 400, seed: 12345 },
    );
  });
});

describe("sight cone (dot and cross products against the half-angle's sine and cosine)", () => {
  it('has the target inside, outside, and exactly on the edge of a 90-degree cone', () => {
    const east = viewer();
    expect(isInsideCone(east, 100, 0)).toBe(true);
    expect(isInsideCone(east, 100, 50)).toBe(true);
    expect(isInsideCone(east, 100, 100)).toBe(true); // exactly 45 degrees: the edge counts as inside
    expect(isInsideCone(east, 100, -100)).toBe(true);
    expect(isInsideCone(east, 100, 101)).toBe(false); // just past the edge
    expect(isInsideCone(east, 100, -101)).toBe(false);
    expect(isInsideCone(east, -100, 0)).toBe(false);
    expect(isInsideCone(east, 0, 100)).toBe(false);
  });

  it('handles cones wider than a half-plane and full circles', () => {
    const wide = viewer({ sightAngle: 270 });
    expect(isInsideCone(wide, 0, 100)).toBe(true);
    expect(isInsideCone(wide, -100, 100)).toBe(true); // exactly 135 degrees
    expect(isInsideCone(wide, -100, 99)).toBe(false);
    expect(isInsideCone(wide, -100, 0)).toBe(false);
    const half = viewer({ sightAngle: 180 });
    expect(isInsideCone(half, 0, 100)).toBe(true);
    expect(isInsideCone(half, -1, 100)).toBe(false);
    expect(isInsideCone(viewer({ sightAngle: 360 }), -100, 0)).toBe(true);
  });

  it('agrees with angles computed in floating point away from the edge', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.integer({ min: -4000, max: 4000 }),
          fc.integer({ min: -4000, max: 4000 }),
          fc.integer({ min: 0, max: 359 }),
          fc.integer({ min: 1, max: 360 }),
        ),
        ([x, y, facingDegrees, sightAngle]) => {
          if (x === 0 && y === 0) return;
          const radians = (facingDegrees * Math.PI) / 180;
          const facingX = Math.round(Math.cos(radians) * 128);
          const facingY = Math.round(Math.sin(radians) * 128);
          const between = Math.abs(Math.atan2(facingX * y - facingY * x, facingX * x + facingY * y)) * (180 / Math.PI);
          // Half the cone in whole degrees, rounded down, as drawn; the facing vector itself is rounded
          // to integers, so a band of half a degree either side of the edge may go either way.
          const halfAngle = Math.floor(sightAngle / 2);
          if (Math.abs(between - halfAngle) < 0.5) return;
          expect(isInsideCone(viewer({ facingX, facingY, sightAngle }), x, y)).toBe(between < halfAngle);
        },
      ),
      { numRuns: 2000, seed: 777 },
    );
  });

  it('sees with narrow cones as wide as they are drawn, and odd angles no wider than drawn', () => {
    // A 2-degree cone: 1 degree either side. 0.8 degrees off at 100 px is seen, 1.2 degrees is not.
    const needle = viewer({ sightAngle: 2, sightRange: 2000 * 16 });
    expect(isInsideCone(needle, 1600, 22)).toBe(true);
    expect(isInsideCone(needle, 1600, 34)).toBe(false);
    // A 45-degree cone is drawn 22 degrees either side; 22.9 degrees off must not be seen.
    const odd = viewer({ sightAngle: 45 });
    expect(isInsideCone(odd, 1000, Math.round(Math.tan((22.9 * Math.PI) / 180) * 1000))).toBe(false);
    expect(isInsideCone(odd, 1000, Math.round(Math.tan((21.9 * Math.PI) / 180) * 1000))).toBe(true);
    expect(coneHalfAngle(45)).toBe(22);
    expect(coneHalfAngle(359)).toBe(179);
    expect(isInsideCone(viewer({ sightAngle: 359 }), -1000, 0)).toBe(false);
  });

  it('measures range with squared distances, inclusive', () => {
    const near = viewer({ sightRange: 500 });
    expect(isWithinRange(near, 300, 400)).toBe(true);
    expect(isWithinRange(near, 300, 401)).toBe(false);
  });

  it('sees only when in range, in the cone and in the clear', () => {
    const level = levelFromAscii(['S.........', '....#.....', '..........']).level;
    const watcher = viewer({ x: centre(1), y: centre(1), sightRange: 8 * SPAN });
    expect(canSee(createWorldTiles(level), watcher, { x: centre(3), y: centre(1) })).toBe(true);
    expect(canSee(createWorldTiles(level), watcher, { x: centre(6), y: centre(1) })).toBe(false); // behind the wall
    expect(canSee(createWorldTiles(level), watcher, { x: centre(0), y: centre(1) })).toBe(false); // behind the viewer
    expect(canSee(createWorldTiles(level), watcher, { x: centre(9), y: centre(0) })).toBe(false); // out of range
  });
});

describe('cone angles from a level definition', () => {
  // Maps give angles as floats: a nearly full circle must stay nearly full, never wrap round to nothing.
  it.each([
    [359.6, 360],
    [359.4, 359],
    [360, 360],
    [70.5, 71],
    [0.4, 0],
  ])('a %s-degree cone becomes %s whole degrees', (given, expected) => {
    const { level } = levelFromAscii(['S...'], {
      enforcers: [{ id: 1, start: [2, 0], routeMode: 'stationary', sightAngle: given }],
    });
    expect(createWorld(level, { seed: 1 }).enforcers[0]!.sightAngle).toBe(expected);
  });

  it('a 359.6-degree watcher sees Mira standing behind it', () => {
    const { level } = levelFromAscii(['S...'], {
      enforcers: [{ id: 1, start: [2, 0], routeMode: 'stationary', facing: 0, sightAngle: 359.6 }],
    });
    const enforcer = createWorld(level, { seed: 1 }).enforcers[0]!;
    expect(canSee(createWorldTiles(level), enforcer, { x: centre(1), y: centre(0) })).toBe(true);
  });
});
