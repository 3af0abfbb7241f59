import { describe, expect, it, vi } from 'vitest';
import type { SimEvent, World } from '../../src/sim/index.ts';
import type { FloatingWords } from '../../src/view/effects/floating-words.ts';

vi.mock('../../src/view/sounds.ts', () => ({ gameSounds: () => ({ play: () => undefined, loop: () => ({ stop: () => undefined }) }) }));

const { DreamEffects } = await import('../../src/view/effects/dream-effects.ts');

/** The floating words as the effects use them: what was made ahead, and what was shown in which colour. */
function fakeWords(): { words: FloatingWords; prepared: string[]; shown: string[] } {
  const prepared: string[] = [];
  const shown: string[] = [];
  const words = {
    prepare: (list: readonly string[], color: string) => prepared.push(...list.map((word) => `${word}|${color}`)),
    show: (options: { word: string; color: string }) => shown.push(`${options.word}|${options.color}`),
  };
  return { words: words as unknown as FloatingWords, prepared, shown };
}

const world = (tick: number, stage: string): World => ({ tick, mira: { x: 0, y: 0 }, children: [], dream: { stage, ringTicks: 0 } }) as unknown as World;
const event = (type: string): SimEvent => ({ type }) as unknown as SimEvent;

describe('DreamEffects', () => {
  it('makes the dream\'s words while the level loads, so each word the dream says is one already drawn', () => {
    const { words, prepared, shown } = fakeWords();
    const effects = new DreamEffects({ words, dreamable: true });
    expect(prepared).toHaveLength(4);
    effects.afterTick(world(334, 'dreaming'), [event('dream-started'), event('dream-phase')]);
    effects.afterTick(world(600, 'dreaming'), [event('dream-phase')]);
    effects.afterTick(world(900, 'fading'), [event('dream-fading')]);
    effects.afterTick(world(960, 'waking'), [event('dream-ended')]);
    expect(shown).toHaveLength(4);
    for (const word of shown) expect(prepared).toContain(word);
  });

  it('makes none on a level with no circle to dream in', () => {
    const { words, prepared } = fakeWords();
    new DreamEffects({ words, dreamable: false });
    expect(prepared).toEqual([]);
  });
});
