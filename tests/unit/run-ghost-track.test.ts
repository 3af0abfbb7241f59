// The ghost's track: Mira's place at every tick of a recorded run, worked out once, tick for tick the same
// as the run played live, and never touching the live world.
import { describe, expect, it } from 'vitest';
import { GhostTrack } from '../../src/run/ghost-track.ts';
import { ReplayInput } from '../../src/run/input-source.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { NO_INPUT, hashWorld, type InputFrame } from '../../src/sim/index.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';
import { GHOSTS_ASIDE_KEY, GHOSTS_KEY, loadGhost, keepGhost, type StoredGhost } from '../../src/platform/ghost-storage.ts';
import { memoryBackend } from './memory-save-backend.ts';

const STILL = { now: (): number => 0 };

function room(): ReturnType<typeof levelFromAscii>['level'] {
  return levelFromAscii(['############', '#S.........#', '#..........#', '#.........X#', '############']).level;
}

function route(): InputFrame[] {
  const frames: InputFrame[] = [];
  for (let tick = 0; tick < 40; tick += 1) frames.push({ ...NO_INPUT, moveX: 1 });
  for (let tick = 0; tick < 20; tick += 1) frames.push({ ...NO_INPUT, moveY: 1, run: true });
  for (let tick = 0; tick < 10; tick += 1) frames.push(NO_INPUT);
  return frames;
}

describe('ghost track', () => {
  it('is where Mira was at every tick of the run played live', () => {
    const level = room();
    const inputs = route();
    const track = GhostTrack.record({ level, seed: 3, inputs });
    const live = new LevelSession({ level, seed: 3, input: new ReplayInput(inputs), timeSource: STILL });
    for (let tick = 0; tick <= inputs.length; tick += 1) {
      const pose = track.poseAt(live.world.tick);
      expect([pose.x, pose.y, pose.facingX, pose.facingY], `tick ${live.world.tick}`).toEqual([live.world.mira.x, live.world.mira.y, live.world.mira.facingX, live.world.mira.facingY]);
      live.tick();
    }
    expect(track.lastTick).toBe(inputs.length);
    expect(track.poseAt(5).moving).toBe(true);
    expect(track.poseAt(inputs.length).moving).toBe(false);
  });

  it('stands where the run ended past its last tick', () => {
    const track = GhostTrack.record({ level: room(), seed: 3, inputs: route() });
    const end = track.poseAt(track.lastTick);
    expect(track.poseAt(track.lastTick + 500)).toEqual({ ...end, moving: false });
  });

  it('leaves a live world of the same level and seed untouched', () => {
    const level = room();
    const inputs = route();
    const live = new LevelSession({ level, seed: 3, input: new ReplayInput(inputs), timeSource: STILL });
    const alone = new LevelSession({ level, seed: 3, input: new ReplayInput(inputs), timeSource: STILL });
    for (let tick = 0; tick < 30; tick += 1) {
      live.tick();
      alone.tick();
    }
    GhostTrack.record({ level, seed: 3, inputs });
    expect(hashWorld(live.world)).toBe(hashWorld(alone.world));
  });
});

describe('ghost storage', () => {
  const ghost = (ticks: number): StoredGhost => ({ category: 'night-escape', identity: 'night-escape/0badcafe/r10', ticks, seed: 1, start: { flags: { leo_met: 1 }, followers: ['Pip'] }, inputs: route().slice(0, ticks) });

  it('keeps one ghost per category and identity, the one it was last given (whether it is the best is the splits\' decision)', () => {
    const storage = memoryBackend();
    expect(keepGhost(ghost(50), storage)).toBe(true);
    expect(keepGhost({ ...ghost(60), identity: 'night-escape/0badcafe/r11' }, storage)).toBe(true);
    expect(loadGhost(ghost(0), storage)?.ticks).toBe(50);
    expect(keepGhost(ghost(40), storage)).toBe(true);
    const kept = loadGhost(ghost(0), storage);
    expect(kept?.ticks).toBe(40);
    expect(kept?.inputs).toEqual(route().slice(0, 40));
    expect(kept?.start).toEqual({ flags: { leo_met: 1 }, followers: ['Pip'] });
  });

  it('loses nothing on a refused write or an unreadable text', () => {
    const storage = memoryBackend();
    keepGhost(ghost(50), storage);
    storage.refuseWrites = true;
    expect(keepGhost(ghost(30), storage)).toBe(false);
    expect(loadGhost(ghost(0), storage)?.ticks).toBe(50);
    storage.refuseWrites = false;
    storage.setItem(GHOSTS_KEY, '{"version": 99}');
    expect(loadGhost(ghost(0), storage)).toBeNull();
    expect(keepGhost(ghost(30), storage)).toBe(true);
    expect(storage.getItem(GHOSTS_ASIDE_KEY)).toBe('{"version": 99}');
  });
});
