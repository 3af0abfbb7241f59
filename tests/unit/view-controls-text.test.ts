import { describe, expect, it } from 'vitest';
import { BINDINGS, moveKeysLabel, type Bindings } from '../../src/view/input/bindings.ts';
import { doorPrompt, hudHintEntries, marbleLine, menuHintLines, motionLine, pauseLines, startPrompt, titleControlLines } from '../../src/view/input/controls-text.ts';

/** The table with one action's keys changed, as rebinding will do. */
function rebound(changes: Partial<Bindings>): Bindings {
  return { ...BINDINGS, ...changes };
}

describe('controls texts', () => {
  it('say the keys of the table as shipped', () => {
    expect(hudHintEntries()).toEqual([
      'WASD / arrows: move',
      'Shift: sneak',
      'Space: run',
      'E: talk / door / child',
      'hold F: dream',
      'Q: toss a marble',
      'P: paths',
      'V: radar',
      'C + move: look',
      'M: sound',
      'R: restart',
      'Esc: pause',
    ]);
    expect(titleControlLines()[1]).toBe('Sneak       Shift                (pad: B / LB)');
    expect(titleControlLines()[0]).toContain('(pad: left stick / d-pad)');
    expect(titleControlLines()[3]).toBe('Interact    E                    (pad: X)');
    expect(titleControlLines()[4]).toBe('Dream       F                    (pad: Y)');
    expect(titleControlLines()[5]).toBe('Toss marble Q                    (pad: RB)');
    expect(titleControlLines()[6]).toBe('Restart     R                    (pad: Back)');
    expect(marbleLine(4)).toBe('Q: toss a marble · 4 left');
    expect(marbleLine(0)).toBe('no marbles left');
    expect(doorPrompt(false)).toBe('E: open');
    expect(doorPrompt(true)).toBe('E: close');
    expect(pauseLines({ walksShown: true, muted: false })).toEqual([
      'Esc: resume      R: restart      B: back to a checkpoint (practice)      Q: quit to the title',
      'Enforcer paths are shown (P hides them)',
      'Speedrun mode is off (T turns it on: live splits)',
      'LiveSplit link: off (L connects or disconnects)      K: export splits (.lss)      J: race a .lss      X: save the run as a replay',
      'Sound is on (M turns it off)',
      'Motion is full (N reduces it)',
    ]);
    expect(pauseLines({ walksShown: true, muted: false, reducedMotion: true })[5]).toBe('Motion is reduced: the dream swaps at once (N animates it)');
    expect(pauseLines({ walksShown: false, muted: false, speedrun: true })[2]).toBe('Speedrun mode is on: live splits (T turns it off)');
    expect(motionLine(false)).toBe('Motion is full (N: reduced motion)');
    expect(motionLine(true)).toBe('Reduced motion is on: the dream swaps at once (N turns it off)');
    expect(startPrompt()).toBe('Press Enter to start');
    expect(menuHintLines({ changes: true, back: true })).toEqual([
      '↑ / ↓ or the mouse: choose    Enter or a click: open    ← / →: change    Esc: back',
      'Pad: d-pad or left stick: choose    A: open    d-pad left / right: change    B: back',
    ]);
    expect(menuHintLines({ changes: false, back: false })).toEqual(['↑ / ↓ or the mouse: choose    Enter or a click: open', 'Pad: d-pad or left stick: choose    A: open']);
  });

  it('follow the table when a key is rebound, in the HUD, the title and the pause overlay', () => {
    const table = rebound({ sneak: { keys: ['Q'], pad: ['y'] }, pause: { keys: ['P'], pad: ['start'] }, toggleWalks: { keys: ['M'], pad: [] } });
    expect(hudHintEntries(table)).toContain('Q: sneak');
    expect(hudHintEntries(table)).toContain('P: pause');
    expect(marbleLine(2, rebound({ toss: { keys: ['V'], pad: [] } }))).toBe('V: toss a marble · 2 left');
    expect(titleControlLines(table)[1]).toBe('Sneak       Q                    (pad: Y)');
    expect(pauseLines({ walksShown: false, muted: true }, table)[0]).toMatch(/^P: resume/);
    expect(pauseLines({ walksShown: false, muted: true }, table)[1]).toBe('Enforcer paths are hidden (M shows them)');
    expect(startPrompt(rebound({ confirm: { keys: ['SPACE'], pad: [] } }))).toBe('Press Space to start');
  });

  it('name the move keys by set: letters as a word, the arrows as "arrows", anything else key by key', () => {
    expect(moveKeysLabel()).toBe('WASD / arrows');
    const arrowsOnly = rebound({
      moveUp: { keys: ['UP'], pad: [] },
      moveDown: { keys: ['DOWN'], pad: [] },
      moveLeft: { keys: ['LEFT'], pad: [] },
      moveRight: { keys: ['RIGHT'], pad: [] },
    });
    expect(moveKeysLabel(arrowsOnly)).toBe('arrows');
    expect(hudHintEntries(arrowsOnly)[0]).toBe('arrows: move');
    const mixed = rebound({ moveUp: { keys: ['W', 'SPACE'], pad: [] } });
    expect(moveKeysLabel(mixed)).toBe('WASD / Space/←/↓/→');
  });
});
