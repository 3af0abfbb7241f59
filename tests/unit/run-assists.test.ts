// The assists (issue 15): slower detection is a rule input carried by the replay, slower game speed only
// slows the clock; either marks the run assisted.
import { describe, expect, it } from 'vitest';
import type { TimeSource } from '../../src/run/fixed-step-clock.ts';
import { ReplayInput } from '../../src/run/input-source.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { decodeReplay, encodeReplay } from '../../src/run/replay.ts';
import { verifyReplay } from '../../src/run/verify-replay.ts';
import { NO_INPUT, createWorld, hashWorld, step, DETECTION_FULL, type InputFrame } from '../../src/sim/index.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

// Mira stands in a stationary Enforcer's near band from tick 0: its meter fills at the rules' rate.
function watchedLevel(): ReturnType<typeof levelFromAscii>['level'] {
  return levelFromAscii(['#########', '#.......#', '#E..S..X#', '#.......#', '#########'], {
    enforcers: [{ id: 1, start: [1, 2], routeMode: 'stationary', facing: 0, sightRange: 160, sightAngle: 90 }],
  }).level;
}

function ticksUntilFull(detectionPercent: number): number {
  const world = createWorld(watchedLevel(), { seed: 3, detectionPercent });
  for (let tick = 1; tick <= 600; tick += 1) {
    step(world, NO_INPUT);
    if (world.enforcers[0]!.detection >= DETECTION_FULL) return tick;
  }
  throw new Error('the meter never filled');
}

class ManualTime implements TimeSource {
  current = 0;
  now(): number {
    return this.current;
  }
}

const STILL = new ReplayInput(Array.from({ length: 600 }, (): InputFrame => NO_INPUT));

describe('slower detection assist', () => {
  it('fills the meter at three quarters and half the rate', () => {
    const designed = ticksUntilFull(100);
    expect(ticksUntilFull(75)).toBeGreaterThanOrEqual(Math.floor((designed * 4) / 3));
    expect(ticksUntilFull(50)).toBeGreaterThanOrEqual(designed * 2);
  });

  it('survives a restart (the restart tick rebuilds the world with it)', () => {
    const world = createWorld(watchedLevel(), { seed: 3, detectionPercent: 50 });
    step(world, { ...NO_INPUT, restart: true });
    expect(world.detectionPercent).toBe(50);
  });

  it('refuses a percent that is not an assist setting, naming it', () => {
    expect(() => createWorld(watchedLevel(), { seed: 3, detectionPercent: 10 })).toThrow(/detectionPercent 10 is not one of 100, 75, 50/);
  });

  it('is written into the replay, and verification plays the run with it', () => {
    const level = watchedLevel();
    const session = new LevelSession({ level, seed: 3, input: STILL, timeSource: new ManualTime(), detectionPercent: 50 });
    for (let tick = 0; tick < 200; tick += 1) session.tick();
    expect(session.isAssisted).toBe(true);
    const { record } = session;
    expect(record.detectionPercent).toBe(50);
    const text = encodeReplay({ level: 'watched', mapHash: '00000000', seed: 3, finishTick: null, finalHash: hashWorld(session.world), inputs: record.inputs, choices: [], detectionPercent: record.detectionPercent });
    expect(text).toContain('"detectionPercent": 50');
    const decoded = decodeReplay(text);
    if (!decoded.ok) throw new Error(decoded.problem.message);
    expect(verifyReplay({ level, mapHash: '00000000', replay: decoded.value })).toMatchObject({ verified: true });
    // The same inputs without the assist are another run: the meters differ, so the hash does.
    const withoutAssist = { ...decoded.value, detectionPercent: 100 };
    expect(verifyReplay({ level, mapHash: '00000000', replay: withoutAssist })).toMatchObject({ verified: false });
  });

  it('leaves a run played as designed without the field, and refuses an edited one', () => {
    const plain = encodeReplay({ level: 'watched', mapHash: '00000000', seed: 3, finishTick: null, finalHash: '00000000', inputs: [NO_INPUT], choices: [] });
    expect(plain).not.toContain('detectionPercent');
    const edited = decodeReplay(plain.replace('"seed": 3,', '"seed": 3, "detectionPercent": 20,'));
    expect(edited).toMatchObject({ ok: false, problem: { place: 'detectionPercent' } });
  });
});

describe('slower game speed assist', () => {
  function ticksInOneSecond(gameSpeedPercent: number): { ticks: number; session: LevelSession } {
    const time = new ManualTime();
    const session = new LevelSession({ level: watchedLevel(), seed: 3, input: STILL, timeSource: time, gameSpeedPercent, maxTicksPerFrame: 5 });
    let ticks = session.frame();
    for (let frame = 0; frame < 60; frame += 1) {
      time.current += 1000 / 60;
      ticks += session.frame();
    }
    return { ticks, session };
  }

  it('runs fewer ticks a real second, and marks the run', () => {
    expect(ticksInOneSecond(100)).toMatchObject({ ticks: 60 });
    const slow = ticksInOneSecond(80);
    expect(slow.ticks).toBe(48);
    expect(slow.session.isAssisted).toBe(true);
    expect(ticksInOneSecond(60).ticks).toBe(36);
    expect(ticksInOneSecond(100).session.isAssisted).toBe(false);
  });

  it('keeps the mark after the speed goes back to normal, until a restart', () => {
    const { session } = ticksInOneSecond(60);
    session.setGameSpeedPercent(100);
    expect(session.record.assisted).toBe(true);
    session.restart();
    expect(session.isAssisted).toBe(false);
  });

  it('plays each tick as at full speed: the same inputs give the same world', () => {
    const slow = ticksInOneSecond(60).session;
    const replayed = new LevelSession({ level: watchedLevel(), seed: 3, input: new ReplayInput(slow.record.inputs), timeSource: new ManualTime() });
    for (let tick = 0; tick < slow.record.inputs.length; tick += 1) replayed.tick();
    expect(hashWorld(replayed.world)).toBe(hashWorld(slow.world));
  });
});
