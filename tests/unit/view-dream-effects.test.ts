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

interface LevelParts {
  readonly dreamCircles?: number;
  readonly children?: readonly string[];
  readonly clues?: readonly string[];
}

/** A world as the effects read it: a level with circles, children and clues by name. */
const world = (tick: number, stage: string, parts: LevelParts = { dreamCircles: 1 }): World =>
  ({
    tick,
    mira: { x: 0, y: 0 },
    children: (parts.children ?? []).map((name, id) => ({ id, name, x: 0, y: 0 })),
    level: { dreamCircles: Array.from({ length: parts.dreamCircles ?? 0 }, () => ({})), clues: (parts.clues ?? []).map((name, id) => ({ id, name })) },
    dream: { stage, ringTicks: 0 },
  }) as unknown as World;
const event = (type: string, fields: Record<string, unknown> = {}): SimEvent => ({ type, ...fields }) as unknown as SimEvent;

describe('DreamEffects', () => {
  it('makes the dream\'s words while the level loads, so each word the dream says is one already drawn', () => {
    const { words, prepared, shown } = fakeWords();
    const effects = new DreamEffects({ words, world: world(0, 'waking') });
    expect(prepared).toHaveLength(7);
    effects.afterTick(world(334, 'dreaming'), [event('dream-started'), event('dream-phase')]);
    effects.afterTick(world(600, 'dreaming'), [event('dream-phase')]);
    effects.afterTick(world(900, 'fading'), [event('dream-fading')]);
    effects.afterTick(world(960, 'waking'), [event('dream-ended')]);
    expect(shown).toHaveLength(4);
    for (const word of shown) expect(prepared).toContain(word);
  });

  it('makes the words of the level\'s children and clues while it loads: a first join or find draws no new text', () => {
    const { words, prepared, shown } = fakeWords();
    const parts = { children: ['Leo', 'Ada', ''], clues: ['a drawing of stars', ''] };
    const effects = new DreamEffects({ words, world: world(0, 'waking', parts) });
    effects.afterTick(world(40, 'waking', parts), [event('child-joined', { childId: 0 }), event('child-joined', { childId: 2 }), event('group-order', { waiting: true }), event('group-order', { waiting: false })]);
    effects.afterTick(world(90, 'waking', parts), [event('clue', { clueId: 0 }), event('clue', { clueId: 1 })]);
    expect(shown.map((word) => word.split('|')[0])).toEqual(['Leo joins', 'a child joins', 'wait here', 'follow me', 'a drawing of stars', 'found']);
    for (const word of shown) expect(prepared).toContain(word);
    // No circle to dream in: none of the dream's words.
    expect(prepared.map((word) => word.split('|')[0])).not.toContain('we dream together');
  });

  it('makes none on a level with no circle, child or clue', () => {
    const { words, prepared } = fakeWords();
    new DreamEffects({ words, world: world(0, 'waking', {}) });
    expect(prepared).toEqual([]);
  });
});
