import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevelFromFiles } from '../../src/level/load-level.ts';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import type { TimeSource } from '../../src/run/fixed-step-clock.ts';
import { ReplayInput, type InputSource } from '../../src/run/input-source.ts';
import { LevelSession, type SessionPresses } from '../../src/run/level-session.ts';
import { decodeReplay } from '../../src/run/replay.ts';
import { runReplay } from '../../src/run/verify-replay.ts';
import { NO_INPUT, createWorld, hashWorld, type InputFrame, type SimEvent } from '../../src/sim/index.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';
import { loadMapFromDisk, readFromDisk } from '../../tools/read-capped-file.ts';

const FRAME = 1000 / 60;

class ManualTime implements TimeSource {
  current = 0;
  now(): number {
    return this.current;
  }
}

/** A keyboard as a test drives it: held keys, and reset() forgets them as focus loss does in the browser. */
class HeldKeys implements InputSource, SessionPresses {
  right = false;
  restartPressed = false;
  pausePressed = false;
  resets = 0;
  sample(): InputFrame {
    const restart = this.restartPressed;
    this.restartPressed = false;
    return { ...NO_INPUT, moveX: this.right ? 1 : 0, restart };
  }
  reset(): void {
    this.right = false;
    this.restartPressed = false;
    this.resets += 1;
  }
  takePausePress(): boolean {
    const pressed = this.pausePressed;
    this.pausePressed = false;
    return pressed;
  }
  takeRestartPress(): boolean {
    const pressed = this.restartPressed;
    this.restartPressed = false;
    return pressed;
  }
}

function openRoom(): LevelDefinition {
  return levelFromAscii(['############', '#S.........#', '#..........#', '#.........X#', '############']).level;
}

function session(level = openRoom()): { session: LevelSession; keys: HeldKeys; time: ManualTime } {
  const keys = new HeldKeys();
  const time = new ManualTime();
  return { session: new LevelSession({ level, seed: 1, input: keys, presses: keys, timeSource: time }), keys, time };
}

/** One frame of 1000/60 ms; the first frame after a start or resume is given the same length. */
function frames(target: { session: LevelSession; time: ManualTime }, count: number): number {
  let ticks = 0;
  for (let index = 0; index < count; index += 1) {
    target.time.current += FRAME;
    ticks += target.session.frame(FRAME);
  }
  return ticks;
}

// As the game loads it, with its dream rule map: the golden run dreams.
const nightEscape = await loadLevelFromFiles({ mapPath: 'maps/night-escape.tmj', readFile: readFromDisk });
const golden = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
// The golden plays two scenes (Niko's talk, the merge): it is played with the chapter's story, as the game plays it.
const { scenes: nightEscapeStory } = await loadMapFromDisk('maps/night-escape.tmj');

describe('LevelSession', () => {
  it('runs one tick a frame of 1000/60 ms, reading each tick\'s input', () => {
    const played = session();
    played.keys.right = true;
    const spawnX = played.session.world.mira.x;
    expect(frames(played, 10)).toBe(10);
    expect(played.session.world.tick).toBe(10);
    expect(played.session.world.mira.x).toBeGreaterThan(spawnX);
  });

  it('runs no tick while paused, and does not catch up the time spent paused', () => {
    const played = session();
    frames(played, 5);
    played.keys.pausePressed = true;
    expect(frames(played, 1)).toBe(0);
    expect(played.session.paused).toBe(true);
    // A whole minute under the pause overlay.
    played.time.current += 60_000;
    expect(frames(played, 30)).toBe(0);
    expect(played.session.world.tick).toBe(5);
    played.keys.pausePressed = true;
    // The frame that resumes runs one tick, as any frame does: not the 3630 ticks the wall clock passed.
    expect(frames(played, 1)).toBe(1);
    expect(played.session.paused).toBe(false);
    expect(frames(played, 9)).toBe(9);
    expect(played.session.world.tick).toBe(15);
  });

  it('charges a pause to real time only: the in-game time stands, the real time counts every paused millisecond', () => {
    const played = session();
    frames(played, 5);
    played.keys.pausePressed = true;
    frames(played, 1);
    played.time.current += 60_000;
    frames(played, 30);
    played.keys.pausePressed = true;
    frames(played, 10);
    expect(played.session.world.tick).toBe(15);
    expect(played.session.record.realMilliseconds).toBeCloseTo(46 * FRAME + 60_000, 6);
    // A restart starts both clocks again.
    played.session.restart();
    expect(played.session.record.realMilliseconds).toBe(0);
  });

  it('keeps a key held through pause and resume: it counts on the first tick after resume', () => {
    const played = session();
    played.keys.right = true;
    frames(played, 3);
    played.keys.pausePressed = true;
    frames(played, 20);
    const xBefore = played.session.world.mira.x;
    played.keys.pausePressed = true;
    frames(played, 1);
    expect(played.keys.resets).toBe(0);
    expect(played.session.record.inputs.at(-1)?.moveX).toBe(1);
    expect(played.session.world.mira.x).toBeGreaterThan(xBefore);
  });

  it('restarts to a world equal to a fresh one, by either way: restart() or the restart input', () => {
    const level = openRoom();
    const fresh = hashWorld(createWorld(level, { seed: 1 }));
    const played = session(level);
    played.keys.right = true;
    frames(played, 20);
    expect(hashWorld(played.session.world)).not.toBe(fresh);
    const events = played.session.restart();
    expect(events).toEqual([{ type: 'restarted' }]);
    expect(hashWorld(played.session.world)).toBe(fresh);
    expect(played.session.record.inputs).toEqual([]);

    frames(played, 20);
    played.keys.right = false;
    played.keys.restartPressed = true;
    frames(played, 1);
    expect(hashWorld(played.session.world)).toBe(fresh);
    expect(played.session.record.inputs).toEqual([]);
  });

  it('restarts from the pause with the restart press, and plays on unpaused', () => {
    const level = openRoom();
    const played = session(level);
    played.keys.right = true;
    frames(played, 10);
    played.keys.pausePressed = true;
    frames(played, 1);
    played.keys.restartPressed = true;
    frames(played, 1);
    expect(played.session.paused).toBe(false);
    expect(hashWorld(played.session.world)).toBe(hashWorld(createWorld(level, { seed: 1 })));
  });

  it('tells the listener about each tick, the restart tick included', () => {
    const played = session();
    const seen: (readonly SimEvent[])[] = [];
    let before = 0;
    played.session.setListener({
      beforeTick: () => {
        before += 1;
      },
      afterTick: (_world, events) => seen.push(events),
    });
    frames(played, 3);
    played.session.restart();
    expect(before).toBe(4);
    expect(seen).toHaveLength(4);
    expect(seen[3]).toEqual([{ type: 'restarted' }]);
  });

  it('stops ticking once finished and records the finish tick; the record replays to the same world', () => {
    if (!nightEscape.ok || !golden.ok) throw new Error('the night escape map or its golden replay does not load');
    const replay = golden.value;
    const keys = new HeldKeys();
    const time = new ManualTime();
    const played = new LevelSession({ level: nightEscape.value, seed: replay.seed, input: keys, presses: keys, timeSource: time, scenes: nightEscapeStory });
    played.useInput(new ReplayInput(replay.inputs));
    let ticks = 0;
    for (let frame = 0; frame < replay.inputs.length + 100; frame += 1) {
      time.current += FRAME;
      ticks += played.frame(FRAME);
    }
    expect(played.finished).toBe(true);
    // Steps taken: the world's ticks and, while a scene holds the world still, its lines and choices.
    expect(ticks).toBe(replay.inputs.length);
    expect(ticks).toBeGreaterThan(replay.finishTick ?? 0);
    expect(played.world.tick).toBe(replay.finishTick);
    expect(played.tick()).toEqual([]);
    const record = played.record;
    expect(record.finishTick).toBe(replay.finishTick);
    expect(record.catches).toBe(0);
    // One input a tick, and one for each line or choice of a scene (the world holds still meanwhile).
    expect(record.inputs).toHaveLength(replay.inputs.length);
    expect(hashWorld(played.world)).toBe(replay.finalHash);
    expect(runReplay(nightEscape.value, record, { scenes: nightEscapeStory }).finalHash).toBe(hashWorld(played.world));
  });

  it('restarts from a point of a run (practice) to the very world it had there, and plays on to the same finish', () => {
    if (!nightEscape.ok || !golden.ok) throw new Error('the night escape map or its golden replay does not load');
    const replay = golden.value;
    const straight = new LevelSession({ level: nightEscape.value, seed: replay.seed, input: new ReplayInput(replay.inputs), timeSource: new ManualTime(), scenes: nightEscapeStory });
    for (let tick = 0; tick < 600; tick += 1) straight.tick();
    const atPoint = hashWorld(straight.world);
    // 600 steps: the world's ticks and the scene's lines and choices on the way (Niko's talk).
    const tickAtPoint = straight.world.tick;
    const prefix = straight.record.inputs;

    const practice = new LevelSession({ level: nightEscape.value, seed: replay.seed, input: new ReplayInput(replay.inputs), timeSource: new ManualTime(), scenes: nightEscapeStory });
    for (let tick = 0; tick < 900; tick += 1) practice.tick();
    const told: (readonly SimEvent[])[] = [];
    practice.setListener({ afterTick: (_world, events) => told.push(events) });
    practice.restartFrom(prefix);
    expect(practice.world.tick).toBe(tickAtPoint);
    expect(hashWorld(practice.world)).toBe(atPoint);
    expect(practice.record.inputs).toHaveLength(600);
    // Told once, as after a restart, with every tile the 600 ticks changed (the doors opened on the way).
    expect(told).toHaveLength(1);
    expect(told[0]![0]).toEqual({ type: 'restarted' });
    expect(told[0]!.slice(1).every((event) => event.type === 'tiles-changed')).toBe(true);
    practice.useInput(new ReplayInput(replay.inputs.slice(600)));
    while (!practice.finished && practice.world.tick < 5000) practice.tick();
    expect(practice.world.finishTick).toBe(replay.finishTick);
    expect(hashWorld(practice.world)).toBe(replay.finalHash);
  });

  it('records only the run since the last restart, so that runReplay reaches the same world', () => {
    const level = openRoom();
    const played = session(level);
    played.keys.right = true;
    frames(played, 30);
    played.keys.restartPressed = true;
    frames(played, 1);
    frames(played, 12);
    played.keys.right = false;
    frames(played, 7);
    const record = played.session.record;
    expect(record.inputs).toHaveLength(19);
    expect(runReplay(level, record).finalHash).toBe(hashWorld(played.session.world));
  });
});
