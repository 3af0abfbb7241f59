import { createWorldTiles } from '../../src/sim/world-tiles.ts';
import { describe, expect, it } from 'vitest';
import { coneColor, meterWordDetection, METER_WORD_SHADES, traceCone } from '../../src/view/renderers/cone-shape.ts';
import { coneHalfAngle, createWorld, DETECTION_FULL, SUBPIXELS_PER_PIXEL, clipSight, type EnforcerState, type WorldTiles } from '../../src/sim/index.ts';
import { levelFromAscii, type TestEnforcer } from '../scenario/level-builder.ts';

const TILE = 16;

function coneOf(rows: string[], enforcer: Omit<TestEnforcer, 'id'>): { enforcer: EnforcerState; cone: ReturnType<typeof traceCone> } {
  const { level } = levelFromAscii(rows, { enforcers: [{ id: 1, ...enforcer }] });
  const world = createWorld(level, { seed: 1 });
  const state = world.enforcers[0]!;
  return { enforcer: state, cone: traceCone(createWorldTiles(level), state) };
}

/** The cone as the rules' clipSight clips each ray, with every ray's end a new point: what traceCone must give. */
function coneBySight(tiles: WorldTiles, enforcer: EnforcerState): { x: number; y: number }[] {
  const heading = Math.atan2(enforcer.facingY, enforcer.facingX);
  const spread = (2 * coneHalfAngle(enforcer.sightAngle) * Math.PI) / 180;
  const points = [{ x: 0, y: 0 }];
  for (let ray = 0; ray <= 40; ray += 1) {
    const angle = heading - spread / 2 + (spread * ray) / 40;
    const end = { x: enforcer.x + Math.round(Math.cos(angle) * enforcer.sightRange), y: enforcer.y + Math.round(Math.sin(angle) * enforcer.sightRange) };
    const hit = clipSight(tiles, enforcer, end);
    points.push({ x: (hit.x - enforcer.x) / SUBPIXELS_PER_PIXEL, y: (hit.y - enforcer.y) / SUBPIXELS_PER_PIXEL });
  }
  return points;
}

const length = (point: { x: number; y: number }): number => Math.sqrt(point.x * point.x + point.y * point.y);

const OPEN = [
  '...............',
  '...............',
  '...............',
  '.......S.......',
  '...............',
  '...............',
  '...............',
];

describe('cone shape', () => {
  it('starts at the feet and reaches the full range in the open, within the cone angle', () => {
    const { cone } = coneOf(OPEN, { start: [7, 3], sightRange: 64, sightAngle: 90, facing: 0 });
    expect(cone.far[0]).toEqual({ x: 0, y: 0 });
    expect(cone.near[0]).toEqual({ x: 0, y: 0 });
    expect(cone.far.length).toBe(cone.near.length);
    for (const point of cone.far.slice(1)) {
      expect(Math.abs(length(point) - 64)).toBeLessThan(0.5);
      // Facing east with a 90 degree cone: every ray within 45 degrees of +x.
      expect(point.x).toBeGreaterThan(0);
      expect(Math.abs(point.y)).toBeLessThanOrEqual(point.x + 0.5);
    }
    // The edge rays are the cone's edges.
    const first = cone.far[1]!;
    const last = cone.far[cone.far.length - 1]!;
    expect(first.x).toBeCloseTo(64 * Math.SQRT1_2, 0);
    expect(first.y).toBeCloseTo(-64 * Math.SQRT1_2, 0);
    expect(last.y).toBeCloseTo(64 * Math.SQRT1_2, 0);
  });

  it('draws an odd angle as the rules see it: a 45-degree cone is 22 degrees either side', () => {
    const { cone } = coneOf(OPEN, { start: [7, 3], sightRange: 64, sightAngle: 45, facing: 0 });
    const edge = cone.far[1]!;
    expect((Math.atan2(-edge.y, edge.x) * 180) / Math.PI).toBeCloseTo(22, 1);
  });

  it('cuts the near band at half the range', () => {
    const { cone } = coneOf(OPEN, { start: [7, 3], sightRange: 64, sightAngle: 60, facing: 90 });
    for (const point of cone.near.slice(1)) expect(Math.abs(length(point) - 32)).toBeLessThan(0.5);
  });

  it('stops every ray at the first opaque tile, and not at glass', () => {
    // Enforcer at tile 2 facing east; a wall column at tile 5 (x = 80 px) and glass at tile 4 does not stop sight.
    const rows = [
      '.....#.....',
      '.....#.....',
      '..S.g#.....',
      '.....#.....',
      '.....#.....',
    ];
    const { cone } = coneOf(rows, { start: [2, 2], sightRange: 128, sightAngle: 60, facing: 0 });
    const feetX = 2 * TILE + TILE / 2;
    for (const point of cone.far.slice(1)) {
      expect(feetX + point.x).toBeLessThanOrEqual(5 * TILE + 0.001);
      expect(feetX + point.x).toBeGreaterThanOrEqual(5 * TILE - 0.001);
    }
  });

  it('ends every ray exactly where the rules\' clipSight does, one buffer traced again as the Enforcer walks, turns and changes its sight', () => {
    // xorshift32: the same map and walks every run.
    let seed = 7;
    const next = (below: number): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % below;
    };
    const rows = Array.from({ length: 12 }, (_, row) => Array.from({ length: 16 }, (__, column) => (row === 5 && column === 7 ? 'S' : next(4) === 0 ? '#' : '.')).join(''));
    const { level } = levelFromAscii(rows, { enforcers: [{ id: 1, start: [7, 5], sightRange: 64, sightAngle: 90, facing: 0 }] });
    const tiles = createWorldTiles(level);
    const start = createWorld(level, { seed: 1 }).enforcers[0]!;
    const buffer = { far: [], near: [] };
    const facings = [[1, 0], [1, 1], [-1, 1], [-1, -1], [0, -1], [0, 1], [5, -12]] as const;
    let seeing = 0;
    for (let trial = 0; trial < 300; trial += 1) {
      // Runs of the same facing and sight between changes of each, through one buffer as the renderer keeps one.
      const facing = facings[Math.floor(trial / 7) % facings.length]!;
      const enforcer: EnforcerState = {
        ...start,
        x: next(16 * TILE * SUBPIXELS_PER_PIXEL),
        y: next(12 * TILE * SUBPIXELS_PER_PIXEL),
        facingX: facing[0],
        facingY: facing[1],
        sightRange: (40 + 8 * (Math.floor(trial / 11) % 6)) * SUBPIXELS_PER_PIXEL,
        sightAngle: 45 + 15 * (Math.floor(trial / 13) % 5),
      };
      const expected = coneBySight(tiles, enforcer);
      if (expected.some((point) => point.x !== 0 || point.y !== 0)) seeing += 1;
      expect(traceCone(tiles, enforcer, buffer).far).toEqual(expected);
    }
    // Most start in the open, not inside a wall.
    expect(seeing).toBeGreaterThan(200);
  });

  it('has no area when the Enforcer has no sight', () => {
    const { cone } = coneOf(OPEN, { start: [7, 3], sightRange: 0, sightAngle: 90 });
    expect(cone.far).toEqual([{ x: 0, y: 0 }]);
  });

  it('colours the cone calm cyan when empty, orange from the first glimpse, red when full, and clamps outside', () => {
    expect(coneColor(0)).toBe(0x4fd8e8);
    expect(coneColor(1)).toBe(0xff8028);
    expect(coneColor(DETECTION_FULL / 2)).toBe(0xff5834);
    expect(coneColor(DETECTION_FULL)).toBe(0xff3040);
    expect(coneColor(-50)).toBe(coneColor(0));
    expect(coneColor(DETECTION_FULL * 3)).toBe(coneColor(DETECTION_FULL));
    // Redder as it fills: the green channel only falls.
    const green = (colour: number): number => (colour >> 8) & 0xff;
    for (let detection = 0; detection < DETECTION_FULL; detection += 50) {
      expect(green(coneColor(detection + 50))).toBeLessThanOrEqual(green(coneColor(detection)));
    }
  });

  it('holds a word coloured by the meter to a few shades: glimpse orange from the first point, full red at the top', () => {
    const shades = new Set<number>();
    for (let detection = 1; detection <= DETECTION_FULL; detection += 1) shades.add(coneColor(meterWordDetection(detection)));
    expect(shades.size).toBe(METER_WORD_SHADES + 1);
    expect(coneColor(meterWordDetection(1))).toBe(coneColor(1));
    expect(coneColor(meterWordDetection(DETECTION_FULL))).toBe(coneColor(DETECTION_FULL));
    expect(meterWordDetection(0)).toBe(0);
    // Never ahead of the meter: the word is at most a shade behind the cone.
    for (let detection = 1; detection <= DETECTION_FULL; detection += 7) {
      expect(meterWordDetection(detection)).toBeLessThanOrEqual(detection);
      expect(detection - meterWordDetection(detection)).toBeLessThan(DETECTION_FULL / METER_WORD_SHADES);
    }
  });
});
