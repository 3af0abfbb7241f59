// Sounds are synthesized ahead, one variant per idle callback, so no task on the title or in play builds
// a whole sound; a sound played before its turn is built whole at once, and plays.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/sound-recipes.ts', () => ({
  loadRecipes: () =>
    Promise.resolve(
      new Map([
        ['step-walk', [0.2, 0, 110, 0, 0.01, 0.01]],
        ['spotted', [0.3, 0, 440, 0, 0.01, 0.02]],
      ]),
    ),
}));

const node = (): object => ({ gain: { value: 1, setTargetAtTime: () => undefined }, pan: { value: 0 }, connect: (next: object) => next, start: () => undefined, stop: () => undefined });

class FakeAudioContext {
  readonly sampleRate = 8000;
  readonly state = 'running';
  readonly destination = {};
  readonly currentTime = 0;
  readonly started: unknown[] = [];
  createGain = node;
  createStereoPanner = node;
  createBuffer = (): object => ({ copyToChannel: () => undefined });
  createBufferSource = (): object => {
    const source = { ...node(), buffer: null as unknown, start: () => this.started.push(source.buffer) };
    return source;
  };
}

// ZzFX makes an AudioContext as it is imported: the fake stands in for it from the start.
vi.stubGlobal('AudioContext', FakeAudioContext);
const { ZZFX } = await import('zzfx');
const { SoundPlayer } = await import('../../src/platform/sound-player.ts');

describe('the sound player', () => {
  let idle: (() => void)[];
  let built: number;

  beforeEach(() => {
    idle = [];
    built = 0;
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
    const buildSamples = ZZFX.buildSamples.bind(ZZFX);
    vi.spyOn(ZZFX, 'buildSamples').mockImplementation((...recipe: (number | undefined)[]) => {
      built += 1;
      return buildSamples(...recipe);
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('builds one variant per idle callback until every sound has its three', async () => {
    const player = new SoundPlayer();
    await player.loadRecipes();
    player.unlock();
    const perCallback: number[] = [];
    while (idle.length > 0) {
      const before = built;
      idle.shift()!();
      perCallback.push(built - before);
    }
    // The last callback finds nothing left to build.
    expect(perCallback).toEqual([1, 1, 1, 1, 1, 1, 0]);
  });

  it('builds a sound whole the moment it is played before its turn, and plays it', async () => {
    const player = new SoundPlayer();
    await player.loadRecipes();
    player.unlock();
    idle.shift()!();
    expect(built).toBe(1);
    player.play('step-walk');
    expect(built).toBe(3);
    player.play('spotted');
    expect(built).toBe(6);
  });
});
