// Properties of the dream over random maps, dreams and inputs (fast-check): whatever the phases do, no
// actor stands in a cell that blocks it, the exit stays reachable in every settled phase the validator
// accepts, and the same seed gives the same dreamscape whatever order the wave changes cells in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDreamscape } from '../../src/level/dreamscape.ts';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { labelRegions } from '../../src/level/region-labels.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { MIRA_HALF_HEIGHT, MIRA_HALF_WIDTH } from '../../src/sim/movement.ts';
import { step } from '../../src/sim/step.ts';
import type { InputFrame, World } from '../../src/sim/types.ts';
import { DREAM_RING_TICKS, NO_INPUT } from '../../src/sim/types.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { mapJson, readMap, ruleMap, terrainTileset } from '../fixtures/automap/rule-map-builder.ts';
import { levelFromAscii, type TestEnforcer } from '../scenario/level-builder.ts';

const WIDTH = 12;
const HEIGHT = 9;
const SPAN = 256;
const DREAM_CHARACTERS = ['.', '.', '.', 'v', 'r', 't', '#', 'f'] as const;

const cellsArbitrary = (characters: readonly string[]): fc.Arbitrary<string[]> =>
  fc.array(fc.constantFrom(...characters), { minLength: WIDTH * HEIGHT, maxLength: WIDTH * HEIGHT });

function rowsOf(cells: readonly string[]): string[] {
  return Array.from({ length: HEIGHT }, (_, row) => cells.slice(row * WIDTH, (row + 1) * WIDTH).join(''));
}

const scenarioArbitrary = fc
  .record({
    walls: cellsArbitrary(['.', '.', '.', '#']),
    phases: fc.array(cellsArbitrary(DREAM_CHARACTERS), { minLength: 1, maxLength: 3 }),
    waveTiles: fc.integer({ min: 1, max: 4 }),
    meterTicks: fc.integer({ min: 120, max: 400 }),
    picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    inputs: fc.array(
      fc.record({ moveX: fc.constantFrom(-1 as const, 0 as const, 1 as const), moveY: fc.constantFrom(-1 as const, 0 as const, 1 as const), ticks: fc.integer({ min: 1, max: 40 }) }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map((spec) => {
    // A border of wall round a random inside; actors on open cells.
    const walls = spec.walls.map((cell, index) => {
      const x = index % WIDTH;
      const y = Math.floor(index / WIDTH);
      return x === 0 || y === 0 || x === WIDTH - 1 || y === HEIGHT - 1 ? '#' : cell;
    });
    const open = walls.flatMap((cell, index) => (cell === '#' ? [] : [index]));
    return { ...spec, walls, open };
  })
  .filter((spec) => spec.open.length >= 6);

type Scenario = typeof scenarioArbitrary extends fc.Arbitrary<infer Value> ? Value : never;

function build(spec: Scenario): { level: LevelDefinition; world: World } {
  const pick = (at: number): number => spec.open[spec.picks[at]! % spec.open.length]!;
  const spawn = pick(0);
  const rows = rowsOf(spec.walls.map((cell, index) => (index === spawn ? 'S' : index === pick(1) ? 'X' : cell)));
  const cell = (index: number): [number, number] => [index % WIDTH, Math.floor(index / WIDTH)];
  const enforcers: TestEnforcer[] = [
    { id: 1, start: cell(pick(2)), route: [cell(pick(2)), cell(pick(3))], routeMode: 'ping-pong', facing: 90, sightRange: 1 },
    { id: 2, start: cell(pick(4)), facing: 0, sightRange: 1 },
  ];
  const { level } = levelFromAscii(rows, {
    enforcers,
    extras: {
      children: [{ at: cell(pick(5)) }, { at: cell(pick(6)) }],
      dreamCircles: [{ at: cell(spawn), size: [1, 1], children: 0 }],
      dream: { phases: spec.phases.map((cells, index) => ({ name: `p${index}`, rows: rowsOf(cells) })), meterTicks: spec.meterTicks, phaseTicks: 20, waveTiles: spec.waveTiles },
    },
  });
  return { level, world: createWorld(level, { seed: 7 }) };
}

function feetCells(world: World, feet: { readonly x: number; readonly y: number }): number[] {
  const cells: number[] = [];
  for (let row = Math.floor((feet.y - MIRA_HALF_HEIGHT) / SPAN); row <= Math.floor((feet.y + MIRA_HALF_HEIGHT - 1) / SPAN); row += 1) {
    for (let column = Math.floor((feet.x - MIRA_HALF_WIDTH) / SPAN); column <= Math.floor((feet.x + MIRA_HALF_WIDTH - 1) / SPAN); column += 1) cells.push(row * world.tiles.width + column);
  }
  return cells;
}

function exitReachable(level: LevelDefinition, solid: Uint8Array): boolean {
  const { labels } = labelRegions(solid, level.width, level.height);
  const spawn = Math.floor(level.spawn.y / level.tileSize) * level.width + Math.floor(level.spawn.x / level.tileSize);
  const exit = Math.floor(level.exit.y / level.tileSize) * level.width + Math.floor(level.exit.x / level.tileSize);
  return labels[spawn] !== -1 && labels[spawn] === labels[exit];
}

/**
 * Starts the dream (the circle needs no children), then plays the inputs and lets the meter run out,
 * calling `check` after every tick while the level is still playing.
 */
function play(world: World, spec: Scenario, check: () => void): void {
  const frames: InputFrame[] = Array.from({ length: DREAM_RING_TICKS }, () => ({ ...NO_INPUT, dream: true }));
  for (const move of spec.inputs) for (let tick = 0; tick < move.ticks; tick += 1) frames.push({ ...NO_INPUT, moveX: move.moveX, moveY: move.moveY });
  for (const frame of frames) {
    step(world, frame);
    if (world.status !== 'playing') return;
    check();
  }
  for (let tick = 0; tick < spec.meterTicks + 200 && world.dream.stage !== 'waking' && world.status === 'playing'; tick += 1) {
    step(world, NO_INPUT);
    check();
  }
}

describe('dream properties', () => {
  it('after any sequence of phases no actor is inside a cell that blocks it', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (spec) => {
        const { world } = build(spec);
        world.children.forEach((child) => (child.mode = 'following'));
        play(world, spec, () => {
          for (const feet of [world.mira, ...world.children]) for (const cell of feetCells(world, feet)) expect(world.tiles.solid[cell]).toBe(0);
          for (const enforcer of world.enforcers) {
            expect(world.tiles.enforcerSolid[Math.floor(enforcer.y / SPAN) * WIDTH + Math.floor(enforcer.x / SPAN)]).toBe(0);
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the exit reachable in every settled phase of a dream whose phases all pass the validator', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (spec) => {
        const { level, world } = build(spec);
        const scape = computeDreamscape(level, 7);
        fc.pre(exitReachable(level, level.solid) && scape.phases.every((form) => exitReachable(level, form.solid)));
        play(world, spec, () => {
          if (world.dream.stage === 'dreaming' && world.dream.pending === 0) expect(exitReachable(level, world.tiles.solid)).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('the same seed gives the same dreamscape', () => {
  // Every wall dreams into a curtain or gravel, chosen at random per cell: the choices hash (seed, phase, rule, cell).
  const rules = ruleMap({
    layers: [
      { name: 'input_walls', rows: ['a'] },
      { name: 'output1_walls', rows: ['E'] },
      { name: 'output1_dream', rows: ['c'] },
      { name: 'output2_walls', rows: ['E'] },
      { name: 'output2_dream', rows: ['d'] },
    ],
  });
  const rows = ['############', '#S........##', '#.##.#.#...#', '#.#...#..#.#', '#...#....#X#', '############'];
  const tilesets = readMap(mapJson({ layers: [{ name: 'walls', rows: ['a'] }], tilesets: [terrainTileset()] })).tilesets;
  const levelWith = (circleAt: [number, number]): LevelDefinition => {
    const { level } = levelFromAscii(rows, {
      extras: { dreamCircles: [{ at: circleAt, size: [1, 1], children: 0 }], dream: { phases: [{ name: 'rules', rows: [] }], ruleMaps: [rules], waveTiles: 1 } },
    });
    return { ...level, map: { ...level.map, tilesets } };
  };

  function dreamt(level: LevelDefinition, seed: number): World {
    const world = createWorld(level, { seed });
    // Mira stands in the circle only where the spawn is: move her onto the circle's cell.
    const circle = level.dreamCircles[0]!.area;
    world.mira.x = (circle.x + 8) * 16;
    world.mira.y = (circle.y + 8) * 16;
    for (let tick = 0; tick < DREAM_RING_TICKS + 200; tick += 1) step(world, { ...NO_INPUT, dream: true });
    expect(world.dream.pending).toBe(0);
    return world;
  }

  it('whatever order the cells change in (waves from two different circles)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (seed) => {
        const fromWest = dreamt(levelWith([1, 1]), seed);
        const fromEast = dreamt(levelWith([8, 3]), seed);
        expect(hashWorld(fromWest.tiles as unknown as World)).toBe(hashWorld(fromEast.tiles as unknown as World));
      }),
      { numRuns: 10 },
    );
  });

  it('and another seed another one', () => {
    const level = levelWith([1, 1]);
    const gids = (seed: number): number[] => Array.from(computeDreamscape(level, seed).phases[0]!.layers[2]!);
    expect(gids(3)).toEqual(gids(3));
    expect(gids(3)).not.toEqual(gids(4));
    expect(new Set(gids(3).filter((gid) => gid !== 0))).toEqual(new Set([3, 4]));
  });
});
