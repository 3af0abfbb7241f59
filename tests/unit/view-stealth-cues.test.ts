// The stealth cues' logic (src/view/renderers/stealth-cues.ts): what the eye, the HUD word, the last-seen
// marker, the planned-walk assist, the goal hint and the exit arrow show, checked against the real rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { loadLevelFromText } from '../../src/level/load-level.ts';
import { createWorld, DETECTION_FULL, enforcerCue, NO_INPUT, step, type EnforcerCue, type EnforcerState, type World } from '../../src/sim/index.ts';
import {
  EYE_GLYPH,
  GOAL_HINT_FADE_TICKS,
  GOAL_HINT_TICKS,
  compassDirection,
  dotsAlong,
  edgeArrow,
  glyphPixels,
  goalHint,
  goalHintAlpha,
  lastSeenMarker,
  miraVisibility,
  plannedWalk,
  sentBackWords,
  visibilityWord,
  walkDots,
} from '../../src/view/renderers/stealth-cues.ts';
import { BLOCK_ROWS, levelFromAscii, tileCentre } from '../scenario/level-builder.ts';

const TILE = 16;
const SUBPIXELS = 16;

function enforcerOf(world: World, id = 1): EnforcerState {
  const found = world.enforcers.find((enforcer) => enforcer.id === id);
  if (!found) throw new Error(`no Enforcer ${id}`);
  return found;
}

/** A copy of an Enforcer's state with some fields changed: the cues only read, so a copy is a fair input. */
/** What the rules tell the view about a (possibly altered) Enforcer of a world. */
function cueOf(level: LevelDefinition, enforcer: EnforcerState): EnforcerCue {
  return enforcerCue(createWorld(level, { seed: 1 }), enforcer);
}

function variant(enforcer: EnforcerState, changes: Partial<EnforcerState>): EnforcerState {
  return { ...enforcer, ...changes };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }): number => Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);

/** Shortest distance from a point to a polyline. */
function distanceToPolyline(point: { x: number; y: number }, line: readonly { x: number; y: number }[]): number {
  let best = Infinity;
  for (let index = 1; index < line.length; index += 1) {
    const from = line[index - 1]!;
    const to = line[index]!;
    const lengthSquared = (to.x - from.x) ** 2 + (to.y - from.y) ** 2;
    const along = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - from.x) * (to.x - from.x) + (point.y - from.y) * (to.y - from.y)) / lengthSquared));
    best = Math.min(best, distance(point, { x: from.x + (to.x - from.x) * along, y: from.y + (to.y - from.y) * along }));
  }
  return best;
}

const OPEN = [
  '############',
  '#..........#',
  '#.S........#',
  '#..........#',
  '#..........#',
  '############',
];

describe("Mira's visibility", () => {
  const { level } = levelFromAscii(OPEN, {
    enforcers: [
      { id: 1, start: [8, 1] },
      { id: 2, start: [8, 3] },
      { id: 3, start: [8, 4] },
    ],
  });
  const world = createWorld(level, { seed: 1 });
  const [first, second, third] = world.enforcers.map((enforcer) => ({ ...enforcer }));

  it('is hidden when nobody sees her, whatever the meters say', () => {
    const enforcers = [variant(first!, { detection: 500 }), second!, third!];
    expect(miraVisibility(enforcers, false)).toEqual({ state: 'hidden', watcherIds: [], worstDetection: 0 });
  });

  it('is seen by exactly the Enforcers that see her, coloured by the fullest of their meters', () => {
    const enforcers = [
      variant(first!, { seesMira: true, detection: 200 }),
      variant(second!, { seesMira: false, detection: 900 }),
      variant(third!, { seesMira: true, detection: 650 }),
    ];
    expect(miraVisibility(enforcers, false)).toEqual({ state: 'seen', watcherIds: [1, 3], worstDetection: 650 });
  });

  it('says caught over anything else, and the HUD words are the ones the design names', () => {
    expect(miraVisibility([variant(first!, { seesMira: true })], true).state).toBe('caught');
    expect(visibilityWord('hidden')).toBe('hidden');
    expect(visibilityWord('seen')).toBe('seen');
    expect(visibilityWord('caught')).toBe('caught!');
  });

  it('has a Watcher send her back to bed in its own name, and still say it when the map left it unnamed', () => {
    expect(sentBackWords('Elena')).toBe('Elena: back to bed, Mira!');
    expect(sentBackWords('  ')).toBe('back to bed, Mira!');
  });

  it('follows the rules tick by tick: seen exactly while an Enforcer has her in sight', () => {
    const corridor = levelFromAscii(['#########', '#S......#', '#########'], {
      enforcers: [{ id: 1, start: [7, 1], facing: 180, sightRange: 200, routeMode: 'stationary' }],
    });
    const live = createWorld(corridor.level, { seed: 1 });
    step(live, NO_INPUT);
    expect(miraVisibility(live.enforcers, false)).toMatchObject({ state: 'seen', watcherIds: [1] });
    expect(miraVisibility(live.enforcers, false).worstDetection).toBe(enforcerOf(live).detection);
  });
});

describe('the last-seen marker', () => {
  const { level } = levelFromAscii(OPEN, { enforcers: [{ id: 1, start: [8, 2] }] });
  const base = enforcerOf(createWorld(level, { seed: 1 }));
  const lastSeen = { lastSeenX: 40 * SUBPIXELS, lastSeenY: 24 * SUBPIXELS };

  it('shows only while suspicious, not seeing her, and with something left on the meter', () => {
    expect(lastSeenMarker(cueOf(level, variant(base, { ...lastSeen, state: { name: 'patrol', waitTicks: 0 }, detection: 300 })))).toBeNull();
    expect(lastSeenMarker(cueOf(level, variant(base, { ...lastSeen, state: { name: 'return' }, detection: 300 })))).toBeNull();
    expect(lastSeenMarker(cueOf(level, variant(base, { ...lastSeen, state: { name: 'suspicious', ticks: 0 }, seesMira: true, detection: 300 })))).toBeNull();
    expect(lastSeenMarker(cueOf(level, variant(base, { ...lastSeen, state: { name: 'suspicious', ticks: 0 }, detection: 0 })))).toBeNull();
    expect(lastSeenMarker(cueOf(level, variant(base, { ...lastSeen, state: { name: 'suspicious', ticks: 0 }, detection: 300 })))).toMatchObject({ x: 40, y: 24 });
  });

  it('fades as the meter drains and stays visible until it is empty', () => {
    const strengths = [DETECTION_FULL, 700, 300, 1].map(
      (detection) => lastSeenMarker(cueOf(level, variant(base, { ...lastSeen, state: { name: 'suspicious', ticks: 0 }, detection })))!.strength,
    );
    expect(strengths[0]).toBe(1);
    for (let index = 1; index < strengths.length; index += 1) expect(strengths[index]).toBeLessThan(strengths[index - 1]!);
    expect(strengths[3]).toBeGreaterThan(0.25);
  });
});

describe("the planned-walk assist", () => {
  it('walks straight to the current waypoint and hints at the next ones in ping-pong order', () => {
    const { level } = levelFromAscii(OPEN, {
      enforcers: [{ id: 1, start: [2, 3], route: [[2, 3], [6, 3], [9, 3]], routeMode: 'ping-pong' }],
    });
    const world = createWorld(level, { seed: 1 });
    const enforcer = variant(enforcerOf(world), { routeIndex: 2, routeDirection: 1 });
    const walk = plannedWalk(cueOf(level, enforcer))!;
    expect(walk.points).toEqual([{ x: enforcer.x / SUBPIXELS, y: enforcer.y / SUBPIXELS }, tileCentre(9, 3)]);
    // At the far end the route turns back: 6, then 2.
    expect(walk.upcoming).toEqual([tileCentre(6, 3), tileCentre(2, 3)]);
  });

  it('wraps around a loop', () => {
    const { level } = levelFromAscii(OPEN, {
      enforcers: [{ id: 1, start: [2, 1], route: [[2, 1], [9, 1], [9, 4]], routeMode: 'loop' }],
    });
    const enforcer = variant(enforcerOf(createWorld(level, { seed: 1 })), { routeIndex: 1 });
    expect(plannedWalk(cueOf(level, enforcer))!.upcoming).toEqual([tileCentre(9, 4), tileCentre(2, 1)]);
  });

  it('goes through every planned tile centre before the waypoint', () => {
    const { level } = levelFromAscii(OPEN, { enforcers: [{ id: 1, start: [2, 1], route: [[2, 1], [9, 4]] }] });
    const enforcer = variant(enforcerOf(createWorld(level, { seed: 1 })), {
      routeIndex: 1,
      walk: {
        path: [
          { x: 3, y: 2 },
          { x: 4, y: 3 },
        ],
        pathPending: false,
        pathTarget: null,
        retryTicks: 0,
        clearTo: null,
        doorTicks: 0,
      },
    });
    expect(plannedWalk(cueOf(level, enforcer))!.points.slice(1)).toEqual([tileCentre(3, 2), tileCentre(4, 3), tileCentre(9, 4)]);
  });

  it('shows nothing while the Enforcer stands and looks, waits for a path, or keeps its post', () => {
    const { level } = levelFromAscii(OPEN, {
      enforcers: [
        { id: 1, start: [2, 1], route: [[2, 1], [9, 4]] },
        { id: 2, start: [6, 3], routeMode: 'stationary' },
      ],
    });
    const world = createWorld(level, { seed: 1 });
    expect(plannedWalk(cueOf(level, variant(enforcerOf(world), { state: { name: 'suspicious', ticks: 0 } })))).toBeNull();
    expect(plannedWalk(cueOf(level, variant(enforcerOf(world), { walk: { ...enforcerOf(world).walk, pathPending: true } })))).toBeNull();
    const watcher = enforcerOf(world, 2);
    expect(plannedWalk(cueOf(level, watcher))).toBeNull();
    // Drawn back to its post after a look around, the way home shows.
    const away = variant(watcher, { state: { name: 'return' }, x: watcher.x + 3 * TILE * SUBPIXELS });
    expect(plannedWalk(cueOf(level, away))!.points.at(-1)).toEqual(tileCentre(6, 3));
  });

  it('predicts the walk the rules then take around a wall', () => {
    // From A to C the straight line crosses the block: the Enforcer needs a path.
    const { level } = levelFromAscii(BLOCK_ROWS, { enforcers: [{ id: 1, start: [2, 2], route: [[2, 2], [7, 5]], speed: 60 }] });
    const world = createWorld(level, { seed: 1 });
    let planned: readonly { x: number; y: number }[] | null = null;
    for (let tick = 0; tick < 120 && planned === null; tick += 1) {
      step(world, NO_INPUT);
      const enforcer = enforcerOf(world);
      if (enforcer.walk.path.length > 0) planned = plannedWalk(enforcerCue(world, enforcer))!.points;
    }
    expect(planned).not.toBeNull();
    expect(planned!.at(-1)).toEqual(tileCentre(7, 5));
    // Every tick until it arrives, the Enforcer stays on (within half a tile of) the line that was drawn.
    for (let tick = 0; tick < 600; tick += 1) {
      step(world, NO_INPUT);
      const enforcer = enforcerOf(world);
      const feet = { x: enforcer.x / SUBPIXELS, y: enforcer.y / SUBPIXELS };
      expect(distanceToPolyline(feet, planned!)).toBeLessThanOrEqual(TILE / 2);
      if (distance(feet, tileCentre(7, 5)) === 0) return;
    }
    throw new Error('the Enforcer never reached its waypoint');
  });
});

describe('dots along a walk', () => {
  it('places dots every spacing pixels across corners, the first on the first point', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ];
    expect(dotsAlong(line, 5)).toEqual([
      { x: 0, y: 0 },
      { x: 5, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 5 },
      { x: 10, y: 10 },
    ]);
    expect(dotsAlong(line, 0)).toEqual([]);
    expect(dotsAlong([{ x: 3, y: 3 }], 4)).toEqual([]);
  });

  it('stay put in the world as the walker walks them down, and keep off its body', () => {
    const end = { x: 40, y: 7 };
    const before = walkDots([{ x: 0, y: 7 }, end], { spacing: 4, clearance: 6 });
    const after = walkDots([{ x: 9, y: 7 }, end], { spacing: 4, clearance: 6 });
    expect(after.length).toBeGreaterThan(0);
    for (const dot of after) {
      expect(before).toContainEqual(dot);
      expect(dot.x - 9).toBeGreaterThan(6);
    }
  });
});

describe('the goal hint', () => {
  it('names all eight compass directions the way a map reads (y grows southwards)', () => {
    const origin = { x: 100, y: 100 };
    const cases: [number, number, string][] = [
      [0, -50, 'north'],
      [50, -50, 'north-east'],
      [50, 0, 'east'],
      [50, 50, 'south-east'],
      [0, 50, 'south'],
      [-50, 50, 'south-west'],
      [-50, 0, 'west'],
      [-50, -50, 'north-west'],
      [60, -10, 'east'],
      [0, 0, 'here'],
    ];
    for (const [x, y, word] of cases) expect(compassDirection(origin, { x: origin.x + x, y: origin.y + y })).toBe(word);
  });

  it('points the night-escape player to the north-east gate', () => {
    const text = readFileSync(new URL('../../maps/night-escape.tmj', import.meta.url), 'utf8');
    const loaded = loadLevelFromText(text, 'night-escape.tmj');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const level: LevelDefinition = loaded.value;
    expect(goalHint(level)).toBe(
      "Reach the hill gate in the north-east. Keep out of the Enforcers' cones.\nWake the children and bring 2 of them into the sanctuary (the gold ring on your radar): the dream opens ways no Enforcer can take; the hill gate opens only after it.",
    );
    expect(goalHint({ ...level, exitRequires: [] })).toBe(
      "Reach the hill gate in the north-east. Keep out of the Enforcers' cones.\nWake the children and bring 2 of them into the sanctuary (the gold ring on your radar): the dream opens ways no Enforcer can take.",
    );
    expect(goalHint({ ...level, children: [] })).toBe("Reach the hill gate in the north-east. Keep out of the Enforcers' cones.");
    // The name is the Exit object's, as the builder typed it in Tiled; an unnamed Exit is "the exit".
    expect(goalHint({ ...level, exitName: '', children: [] })).toBe("Reach the exit in the north-east. Keep out of the Enforcers' cones.");
    // Where only Watchers look (the family at home), they are not called Enforcers.
    const family = level.enforcers.map((hunter) => ({ ...hunter, hunterClass: 'Watcher' as const }));
    expect(goalHint({ ...level, enforcers: family, children: [] })).toBe('Reach the hill gate in the north-east. Keep out of their cones: whoever sees you sends you back to bed.');
    // The passage's maintenance drone is no Enforcer either; a place nobody watches has no cones to name.
    const drones = level.enforcers.map((hunter) => ({ ...hunter, look: 'drone' }));
    expect(goalHint({ ...level, enforcers: drones, children: [] })).toBe("Reach the hill gate in the north-east. Keep out of the drone's light.");
    expect(goalHint({ ...level, enforcers: [], children: [] })).toBe('Reach the hill gate in the north-east.');
  });

  it('stays a few seconds when the player waits, then fades', () => {
    expect(goalHintAlpha(0, null)).toBe(1);
    expect(goalHintAlpha(GOAL_HINT_TICKS, null)).toBe(1);
    expect(goalHintAlpha(GOAL_HINT_TICKS + GOAL_HINT_FADE_TICKS / 2, null)).toBeCloseTo(0.5, 1);
    expect(goalHintAlpha(GOAL_HINT_TICKS + GOAL_HINT_FADE_TICKS, null)).toBe(0);
  });

  it('fades from the first step, and a late first step does not bring it back', () => {
    expect(goalHintAlpha(30, 30)).toBe(1);
    expect(goalHintAlpha(30 + GOAL_HINT_FADE_TICKS, 30)).toBe(0);
    expect(goalHintAlpha(GOAL_HINT_TICKS * 3, GOAL_HINT_TICKS * 2)).toBe(0);
  });
});

describe('the exit arrow', () => {
  const screen = { width: 1280, height: 720, inset: 20 };

  it('is not shown while the exit is on screen', () => {
    expect(edgeArrow({ ...screen, target: { x: 640, y: 360 } })).toBeNull();
    expect(edgeArrow({ ...screen, target: { x: 1280, y: 0 } })).toBeNull();
  });

  it('sits at the edge on the line from the centre to the exit and points at it', () => {
    const right = edgeArrow({ ...screen, target: { x: 2000, y: 360 } })!;
    expect(right).toEqual({ x: 1260, y: 360, angle: 0 });
    const above = edgeArrow({ ...screen, target: { x: 640, y: -500 } })!;
    expect(above.x).toBe(640);
    expect(above.y).toBe(20);
    expect(above.angle).toBeCloseTo(-Math.PI / 2);
    // North-east, far away: it meets the top edge first (the screen is wider than tall).
    const corner = edgeArrow({ ...screen, target: { x: 640 + 2000, y: 360 - 2000 } })!;
    expect(corner.y).toBe(20);
    expect(corner.x).toBeCloseTo(640 + 340);
    expect(corner.angle).toBeCloseTo(-Math.PI / 4);
    for (const arrow of [right, above, corner]) {
      expect(arrow.x).toBeGreaterThanOrEqual(20);
      expect(arrow.x).toBeLessThanOrEqual(1260);
      expect(arrow.y).toBeGreaterThanOrEqual(20);
      expect(arrow.y).toBeLessThanOrEqual(700);
    }
  });
});

describe('the eye glyph', () => {
  it('is a rectangle of rows with an outline, a fill and a highlight', () => {
    const width = EYE_GLYPH[0]!.length;
    for (const row of EYE_GLYPH) expect(row.length).toBe(width);
    const pixels = glyphPixels(EYE_GLYPH);
    expect(new Set(pixels.map((pixel) => pixel.ink))).toEqual(new Set(['outline', 'fill', 'highlight']));
    expect(pixels).toContainEqual({ x: 0, y: 2, ink: 'outline' });
    expect(pixels.every((pixel) => pixel.x < width && pixel.y < EYE_GLYPH.length)).toBe(true);
  });
});
