// The words of replays in the game, built from the bindings table: the playback strip, the verdict, the
// input display's caps.
import { describe, expect, it } from 'vitest';
import { NO_INPUT } from '../../src/sim/index.ts';
import { BINDINGS } from '../../src/view/input/bindings.ts';
import { inputCaps, playbackLine, verdictLine } from '../../src/view/ui/playback-lines.ts';

describe('replay lines', () => {
  it('say the speed or the hold, and the keys and pad buttons that work the playback', () => {
    expect(playbackLine({ name: 'The hidden door', speed: 0.25, holding: false })).toBe('Replay: The hidden door  0.25x\n[/LB slower  ]/RB faster  Space/Y hold  ./X one tick');
    expect(playbackLine({ name: 'The bedroom', speed: 4, holding: true })).toMatch(/^Replay: The bedroom {2}held\n/);
    const rebound = { ...BINDINGS, playbackPause: { keys: ['P' as const], pad: ['a' as const] } };
    expect(playbackLine({ name: 'x', speed: 1, holding: false }, rebound)).toContain('P/A hold');
  });

  it('say verified with the time only for a verified run', () => {
    expect(verdictLine({ verified: true, ticks: 459 })).toBe('verified: 0:07.650');
    expect(verdictLine({ verified: false, reason: 'the run did not reach the exit' })).toBe('not verified: the run did not reach the exit');
  });

  it('draw the tick\'s inputs as caps in a fixed order', () => {
    expect(inputCaps(null).map((cap) => cap.label)).toEqual(['↑', '↓', '←', '→', 'Shift', 'Space', 'E', 'F', 'Q']);
    expect(inputCaps(null).some((cap) => cap.down)).toBe(false);
    const held = inputCaps({ ...NO_INPUT, moveX: 1, moveY: -1, sneak: true, toss: true });
    expect(held.filter((cap) => cap.down).map((cap) => cap.label)).toEqual(['↑', '→', 'Shift', 'Q']);
  });
});
