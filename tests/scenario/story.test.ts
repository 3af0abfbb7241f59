// The story played by the rules: Triggers that fire on entry and set flags, doors locked until a flag,
// reveals that open the map for Mira and the Enforcers alike, Talks that open a scene during which the
// world holds still, choices that open a way, skipping that gives the world watching gives, named
// checkpoints reported once, and the session's pause holding from the very next tick.
import { describe, expect, it } from 'vitest';
import type { FlagChange, FlagCondition, Rect, StoryAction, TalkDefinition, TriggerDefinition } from '../../src/level/level-definition.ts';
import { ReplayInput } from '../../src/run/input-source.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { runReplay } from '../../src/run/verify-replay.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { InputFrame, SimEvent, World } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { hashWorld } from '../../src/sim/world-hash.ts';
import { input, LEFT, RIGHT } from './input-script.ts';
import { levelFromAscii, TEST_TILE_SIZE } from './level-builder.ts';
import { scriptedDirector } from './scripted-director.ts';

const SPAN = TEST_TILE_SIZE * 16;
const INTERACT = input({ interact: true });
const RIGHT_INTERACT = input({ moveX: 1, interact: true });

/** One tile's area, pixels. */
function cellArea(x: number, y: number): Rect {
  return { x: x * TEST_TILE_SIZE, y: y * TEST_TILE_SIZE, width: TEST_TILE_SIZE, height: TEST_TILE_SIZE };
}

function action(overrides: Partial<StoryAction>): StoryAction {
  return { requires: [], once: true, sets: [], scene: '', reveal: '', ...overrides };
}

const flag = (name: string, value = 1): FlagChange => ({ flag: name, operation: 'set', value });
const holds = (name: string): FlagCondition => ({ flag: name, compare: '!=', value: 0 });

function trigger(id: number, area: Rect, overrides: Partial<TriggerDefinition> = {}): TriggerDefinition {
  return { id, name: `trigger ${id}`, area, activation: 'enter', ...action({}), ...overrides };
}

function talk(id: number, area: Rect, overrides: Partial<TalkDefinition> = {}): TalkDefinition {
  return { id, name: 'Leo', area, person: 0, recruits: 0, ...action({ once: false }), ...overrides };
}

function play(world: World, frames: readonly InputFrame[]): SimEvent[] {
  return frames.flatMap((frame) => step(world, frame));
}

function repeat(frame: InputFrame, count: number): InputFrame[] {
  return Array.from({ length: count }, () => frame);
}

function miraColumn(world: World): number {
  return Math.floor(world.mira.x / SPAN);
}

describe('a Trigger', () => {
  const { level } = levelFromAscii(['#########', '#S.....##', '#########'], {
    extras: { story: { triggers: [trigger(50, cellArea(3, 1), { sets: [flag('hall_seen')] })], flags: [{ name: 'hall_seen', initial: 0 }] } },
  });

  it('fires once, as Mira steps in, and sets its flag; walking out and back in fires nothing more', () => {
    const world = createWorld(level, { seed: 1 });
    expect(world.flags).toEqual({ hall_seen: 0 });
    const events = play(world, repeat(RIGHT, 40));
    expect(miraColumn(world)).toBeGreaterThan(3);
    expect(events.filter((event) => event.type === 'trigger')).toEqual([{ type: 'trigger', triggerId: 50 }]);
    expect(events).toContainEqual({ type: 'flag', name: 'hall_seen', value: 1 });
    expect(world.flags.hall_seen).toBe(1);
    const again = play(world, [...repeat(LEFT, 40), ...repeat(RIGHT, 40)]);
    expect(again.some((event) => event.type === 'trigger')).toBe(false);
  });

  it('is back to its start on restart: flag cleared, fires again', () => {
    const world = createWorld(level, { seed: 1 });
    play(world, repeat(RIGHT, 40));
    step(world, input({ restart: true }));
    expect(world.flags.hall_seen).toBe(0);
    expect(play(world, repeat(RIGHT, 40)).some((event) => event.type === 'trigger')).toBe(true);
  });

  it('that is not `once` fires on each entry (right, back left, right again: three), never twice in one visit', () => {
    const { level: repeating } = levelFromAscii(['#########', '#S.....##', '#########'], {
      extras: { story: { triggers: [trigger(51, cellArea(3, 1), { once: false, sets: [{ flag: 'visits', operation: 'add', value: 1 }] })] } },
    });
    const world = createWorld(repeating, { seed: 1 });
    play(world, [...repeat(RIGHT, 40), ...repeat(LEFT, 40), ...repeat(RIGHT, 40)]);
    expect(world.flags.visits).toBe(3);
  });
});

describe('a door locked by a flag', () => {
  // Mira at S; the door d is locked until `key_found`; an interact Trigger at K (the key) sets it.
  const build = (): World => {
    const { level } = levelFromAscii(['#######', '#S.d..#', '#K#####', '#######'], {
      extras: {
        doorRequires: [holds('key_found')],
        story: { triggers: [trigger(60, cellArea(1, 2), { activation: 'interact', sets: [flag('key_found')] })] },
      },
    });
    return createWorld(level, { seed: 1 });
  };
  const doorSolid = (world: World): boolean => world.tiles.solid[1 * world.tiles.width + 3] === 1;

  it('says it is locked and stays shut until its flag holds, then opens with Interact', () => {
    const world = createWorld(build().level, { seed: 1 });
    const bumped = play(world, [...repeat(RIGHT, 20), RIGHT_INTERACT, ...repeat(NO_INPUT, 3)]);
    expect(bumped).toContainEqual({ type: 'locked', what: 'door', id: world.level.doors[0]!.id });
    expect(doorSolid(world)).toBe(true);
    expect(miraColumn(world)).toBe(2);
    // Back to the key, take it, and the same press at the door opens it.
    play(world, [...repeat(LEFT, 20), ...repeat(input({ moveY: 1 }), 12), INTERACT]);
    expect(world.flags.key_found).toBe(1);
    const opened = play(world, [...repeat(input({ moveY: -1 }), 12), ...repeat(RIGHT, 20), RIGHT_INTERACT, ...repeat(RIGHT, 30)]);
    expect(opened.some((event) => event.type === 'door' && event.open)).toBe(true);
    expect(doorSolid(world)).toBe(false);
    expect(miraColumn(world)).toBeGreaterThan(3);
  });
});

describe('a reveal', () => {
  // A wall at column 4 splits the corridor; the reveal `hidden-door` empties it. An Enforcer at E walks
  // a route to the far side, which it can reach only through the opening.
  const rows = ['#########', '#S.T#..E#', '#########'];
  const build = (): World => {
    const { level } = levelFromAscii(rows, {
      enforcers: [{ id: 1, start: [7, 1], route: [[7, 1], [2, 1]], routeMode: 'ping-pong', speed: 60, facing: 180, sightRange: 16 }],
      extras: {
        story: {
          reveals: [{ name: 'hidden-door', changes: [{ layer: 0, x: 4, y: 1, gid: 0 }] }],
          triggers: [trigger(70, cellArea(3, 1), { reveal: 'hidden-door' })],
        },
      },
    });
    return createWorld(level, { seed: 1 });
  };

  it('changes its cells at the next tile point, once, and an Enforcer paths through the opening', () => {
    const world = build();
    const wallIndex = 1 * world.tiles.width + 4;
    // Before the reveal the Enforcer cannot reach the far end of its route.
    play(world, repeat(NO_INPUT, 120));
    expect(world.enforcers[0]!.x).toBeGreaterThan(5 * SPAN);
    expect(world.tiles.solid[wallIndex]).toBe(1);
    const events = play(world, repeat(RIGHT, 24));
    expect(events).toContainEqual({ type: 'reveal', name: 'hidden-door' });
    expect(events.some((event) => event.type === 'tiles-changed' && event.cells.some((cell) => cell.x === 4 && cell.y === 1))).toBe(true);
    expect(world.tiles.solid[wallIndex]).toBe(0);
    expect(world.tiles.layers[0]!.gids[wallIndex]).toBe(0);
    // Mira steps back out of the way; the Enforcer walks its route through the opening to the west end.
    play(world, repeat(LEFT, 30));
    let reachedWest = false;
    for (let tick = 0; tick < 600 && !reachedWest; tick += 1) {
      step(world, NO_INPUT);
      if (world.enforcers[0]!.x < 4 * SPAN) reachedWest = true;
    }
    expect(reachedWest).toBe(true);
  });
});

describe('a Talk and its scene', () => {
  // Leo's Talk at L; the Exit at X needs `plan_made`, which the talk's first choice sets.
  const knots = {
    leo_meets: {
      lines: ['Leo: You came through the wardrobe too?', 'Mira: Shh. They check the rooms at midnight.'],
      choices: [
        { text: 'Let\'s gather the others.', sets: { plan_made: 1 } },
        { text: 'I should go home.', sets: { plan_made: 0 } },
      ],
    },
  };
  const build = (): World => {
    const { level } = levelFromAscii(['#########', '#S.L..XX#', '#########'], {
      extras: {
        story: {
          talks: [talk(80, cellArea(3, 1), { scene: 'leo_meets', sets: [flag('leo_met')] })],
          exitRequires: [holds('plan_made')],
          storyPath: 'test.ink',
        },
      },
    });
    return createWorld(level, { seed: 3, scenes: scriptedDirector(knots, { plan_made: 0 }) });
  };
  // 18 sub-pixels a tick: from the middle of cell 1 into cell 3 takes 22 ticks.
  const WALK_TO_LEO = repeat(RIGHT, 24);

  it('opens at an exact tick and holds the world still until it closes; the choice opens the way', () => {
    const world = build();
    play(world, WALK_TO_LEO);
    const opened = step(world, RIGHT_INTERACT);
    expect(opened).toContainEqual({ type: 'scene-opened', knot: 'leo_meets', source: { kind: 'Talk', id: 80 } });
    expect(world.scene?.display.line).toEqual({ speaker: 'Leo', text: 'You came through the wardrobe too?', tags: [] });
    const heldAt = world.tick;
    const where = { x: world.mira.x, y: world.mira.y };
    // Walking, waiting and holding keys: nothing in the world moves.
    play(world, repeat(RIGHT, 50));
    expect(world.tick).toBe(heldAt);
    expect({ x: world.mira.x, y: world.mira.y }).toEqual(where);
    step(world, INTERACT);
    expect(world.scene?.display.choices).toEqual(['Let\'s gather the others.', 'I should go home.']);
    // Interact cannot skip past a choice; a choice out of range does nothing.
    play(world, [INTERACT, input({ choice: 5 })]);
    expect(world.scene?.display.choices).toHaveLength(2);
    const chose = step(world, input({ choice: 0 }));
    expect(chose).toContainEqual({ type: 'flag', name: 'plan_made', value: 1 });
    const closed = step(world, INTERACT);
    expect(closed).toContainEqual({ type: 'scene-closed', knot: 'leo_meets' });
    expect(world.scene).toBeNull();
    expect(world.tick).toBe(heldAt);
    const events = play(world, repeat(RIGHT, 60));
    expect(events.some((event) => event.type === 'finished')).toBe(true);
  });

  it('the other choice keeps the Exit shut: it says so once as she steps in', () => {
    const world = build();
    play(world, [...WALK_TO_LEO, RIGHT_INTERACT, INTERACT, input({ choice: 1 }), INTERACT]);
    expect(world.flags.plan_made).toBe(0);
    const events = play(world, repeat(RIGHT, 60));
    expect(world.status).toBe('playing');
    expect(events.filter((event) => event.type === 'locked')).toEqual([{ type: 'locked', what: 'exit', id: 0 }]);
  });

  it('skipped, gives the same world as watched, tick for tick, and the same finish', () => {
    const watched = build();
    play(watched, [...WALK_TO_LEO, RIGHT_INTERACT, INTERACT, INTERACT, input({ choice: 0 }), INTERACT]);
    const skipped = build();
    play(skipped, [...WALK_TO_LEO, RIGHT_INTERACT, input({ skip: true }), input({ choice: 0 }), input({ skip: true })]);
    expect(skipped.scene).toBeNull();
    expect(hashWorld(skipped)).toBe(hashWorld(watched));
    const after = repeat(RIGHT, 60);
    play(watched, after);
    play(skipped, after);
    expect(skipped.finishTick).not.toBeNull();
    expect(skipped.finishTick).toBe(watched.finishTick);
    expect(hashWorld(skipped)).toBe(hashWorld(watched));
  });

  it('a Talk goes before waking: Leo talks first, and his `recruits` makes him follow when it ends', () => {
    const { level } = levelFromAscii(['#########', '#S.....##', '#########'], {
      extras: {
        children: [{ at: [4, 1], name: 'Leo' }],
        story: { talks: [talk(81, cellArea(0, 0), { person: 3000, recruits: 3000, once: true, scene: 'leo_meets' })], storyPath: 'test.ink' },
      },
    });
    const world = createWorld(level, { seed: 3, scenes: scriptedDirector(knots, { plan_made: 0 }) });
    play(world, repeat(RIGHT, 26));
    const events = step(world, INTERACT);
    expect(events.some((event) => event.type === 'scene-opened')).toBe(true);
    expect(world.children[0]!.mode).toBe('asleep');
    const closed = play(world, [input({ skip: true }), input({ choice: 0 }), INTERACT]);
    expect(closed).toContainEqual({ type: 'child-joined', childId: 3000 });
    expect(world.children[0]!.mode).toBe('following');
  });

  it('without a story to play, the scene closes as it opens and the world goes on', () => {
    const storyless = createWorld(build().level, { seed: 3 });
    play(storyless, WALK_TO_LEO);
    const events = step(storyless, RIGHT_INTERACT);
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(['scene-opened', 'scene-closed']));
    expect(storyless.scene).toBeNull();
  });

  it('a replay with a choice verifies: the session records the choice at the tick its scene held at', () => {
    const frames = [...WALK_TO_LEO, RIGHT_INTERACT, INTERACT, input({ choice: 0 }), INTERACT, ...repeat(RIGHT, 60)];
    const scenes = scriptedDirector(knots, { plan_made: 0 });
    const session = new LevelSession({ level: build().level, seed: 3, input: new ReplayInput(frames), timeSource: { now: () => 0 }, scenes });
    while (!session.finished && session.record.inputs.length < frames.length) session.tick();
    const record = session.record;
    expect(record.choices).toEqual([{ tick: WALK_TO_LEO.length + 1, option: 0 }]);
    const run = runReplay(build().level, record, { scenes: scriptedDirector(knots, { plan_made: 0 }) });
    expect(run.finishTick).toBe(record.finishTick);
    expect(run.choices).toEqual(record.choices);
    expect(run.finalHash).toBe(hashWorld(session.world));
  });
});

describe('named checkpoints', () => {
  const { level } = levelFromAscii(['##########', '#S.......#', '##########'], { extras: { checkpointCells: [[3, 1], [6, 1]] } });

  it('are each reported once, the first time; walking back over one reports nothing and keeps the last reached', () => {
    const world = createWorld(level, { seed: 1 });
    const out = play(world, repeat(RIGHT, 80));
    expect(out.filter((event) => event.type === 'checkpoint')).toEqual([
      { type: 'checkpoint', index: 0, name: 'checkpoint 1' },
      { type: 'checkpoint', index: 1, name: 'checkpoint 2' },
    ]);
    const back = play(world, repeat(LEFT, 80));
    expect(back.some((event) => event.type === 'checkpoint')).toBe(false);
    expect(world.checkpoint).toBe(1);
  });
});

describe('the session pause', () => {
  it('holds from the very next tick when a listener pauses mid-frame', () => {
    const { level } = levelFromAscii(['#######', '#S....#', '#######']);
    let now = 0;
    const session = new LevelSession({ level, seed: 1, input: new ReplayInput(repeat(RIGHT, 100)), timeSource: { now: () => now }, maxTicksPerFrame: 5 });
    session.setListener({
      afterTick(world) {
        if (world.tick === 2) session.setPaused(true);
      },
    });
    session.frame(0);
    now += (5 * 1000) / 60;
    session.frame();
    expect(session.world.tick).toBe(2);
    expect(session.paused).toBe(true);
  });

  it('counts real time beside game time, pauses included: a pause costs real time only', () => {
    const { level } = levelFromAscii(['#######', '#S....#', '#######']);
    let now = 1000;
    const session = new LevelSession({ level, seed: 1, input: new ReplayInput(repeat(RIGHT, 100)), timeSource: { now: () => now } });
    session.frame(0);
    now += 500;
    session.frame();
    session.setPaused(true);
    now += 10_000;
    session.frame();
    session.setPaused(false);
    session.frame(0);
    now += 250;
    session.frame();
    expect(session.record.realMilliseconds).toBe(10_750);
    expect(session.world.tick).toBeLessThan(60);
  });
});

describe('a chapter that resets its story on a catch', () => {
  it('puts the flags and the Trigger that set them back to the start, so the key can be taken again', () => {
    // The key Trigger K by the spawn; a Watcher at W looks down the corridor and sends her back.
    const { level } = levelFromAscii(['#########', '#SK....W#', '#########'], {
      enforcers: [{ id: 9, hunterClass: 'Watcher', start: [7, 1], facing: 180, sightRange: 96, sightAngle: 90 }],
      extras: { story: { triggers: [trigger(90, cellArea(2, 1), { sets: [flag('key_found')] })], flags: [{ name: 'key_found', initial: 0 }], resetFlagsOnCatch: true } },
    });
    const world = createWorld(level, { seed: 1 });
    let sentBack = false;
    for (let tick = 0; tick < 600 && !sentBack; tick += 1) sentBack = step(world, RIGHT).some((event) => event.type === 'sent-back');
    expect(sentBack).toBe(true);
    expect(world.flags.key_found).toBe(1);
    step(world, NO_INPUT);
    expect(world.flags.key_found).toBe(0);
    expect(world.triggersFired[0]).toBe(0);
    const again = play(world, repeat(RIGHT, 30));
    expect(again).toContainEqual({ type: 'trigger', triggerId: 90 });
  });
});

describe('flags named like an object\'s own machinery', () => {
  it('read as never set: `constructor` does not hold until something sets it', () => {
    const { level } = levelFromAscii(['#########', '#S.....##', '#########'], {
      extras: { story: { triggers: [trigger(95, cellArea(3, 1), { requires: [holds('constructor')], sets: [flag('opened')] })] } },
    });
    const world = createWorld(level, { seed: 1 });
    expect(play(world, repeat(RIGHT, 40)).some((event) => event.type === 'trigger')).toBe(false);
  });
});
