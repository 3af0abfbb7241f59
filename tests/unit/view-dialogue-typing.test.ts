// The dialogue box's words without Phaser: how much of a line types out at each text speed, the press
// that shows it whole, the action tokens named by their keys, and which portrait a line shows.
import { describe, expect, it } from 'vitest';
import { BINDINGS, type Bindings } from '../../src/view/input/bindings.ts';
import { choiceLabels, replaceActionTokens, revealedLength } from '../../src/view/ui/dialogue-lines.ts';
import { faceOf, portraitFrame } from '../../src/view/ui/dialogue-portraits.ts';
import { runStatisticsRows, storiesTold } from '../../src/view/ui/run-statistics.ts';

describe('the dialogue typewriter', () => {
  it('types slow, normal and fast lines at 30, 60 and 120 characters a second, and an instant one whole', () => {
    const at = (speed: 'slow' | 'normal' | 'fast' | 'instant', elapsedMilliseconds: number): number => revealedLength({ length: 100, elapsedMilliseconds, reducedMotion: false, speed });
    expect([at('slow', 500), at('normal', 500), at('fast', 500), at('instant', 0)]).toEqual([15, 30, 60, 100]);
    expect(at('fast', 5000)).toBe(100);
    expect(at('normal', -20)).toBe(0);
  });

  it('shows the whole line once a press asked for it, and with reduced motion', () => {
    expect(revealedLength({ length: 40, elapsedMilliseconds: 10, reducedMotion: false, speed: 'slow', whole: true })).toBe(40);
    expect(revealedLength({ length: 40, elapsedMilliseconds: 10, reducedMotion: true, speed: 'slow' })).toBe(40);
  });
});

describe('action tokens', () => {
  it('names the key bound to each action now, in lines and in choices', () => {
    expect(replaceActionTokens('Hold %sneak% past the door, then %interact% to open it.')).toBe('Hold Shift past the door, then E to open it.');
    expect(replaceActionTokens('%run%, %dream%, %wait%')).toBe('Space, F, E');
    expect(choiceLabels(['Tell them to %wait%'])).toEqual(['1. Tell them to E']);
  });

  it('follows a rebinding, shows an action without a key by its name, and leaves other percent words alone', () => {
    const rebound: Bindings = { ...BINDINGS, sneak: { keys: ['C'], pad: [] } };
    expect(replaceActionTokens('Hold %sneak%.', rebound)).toBe('Hold C.');
    expect(replaceActionTokens('Press %toss% to toss a marble.')).toBe('Press Q to toss a marble.');
    const unbound: Bindings = { ...BINDINGS, toss: { keys: [], pad: ['rightBumper'] } };
    expect(replaceActionTokens('Press %toss% to toss a marble.', unbound)).toBe('Press [toss] to toss a marble.');
    expect(replaceActionTokens('100% sure, %nothing% here, %constructor%')).toBe('100% sure, %nothing% here, %constructor%');
  });
});

describe('portraits', () => {
  it('shows the speaker\'s face with the expression the line\'s tag asks for, calm without one', () => {
    expect(portraitFrame({ speaker: 'Mira', tags: ['face: happy'] })).toBe('portrait-mira-happy');
    expect(portraitFrame({ speaker: 'Elena', tags: ['mood: x', 'face:worried'] })).toBe('portrait-elena-worried');
    expect(portraitFrame({ speaker: 'Leo', tags: [] })).toBe('portrait-leo-calm');
    expect(faceOf(['face: furious'])).toBe('calm');
    expect(portraitFrame({ speaker: '', tags: ['face: happy'] })).toBeNull();
    expect(portraitFrame(null)).toBeNull();
  });
});

describe('the run\'s statistics', () => {
  it('lists each level chapter\'s time, the total, the catches, the children brought out and the stories told', () => {
    const rows = runStatisticsRows({
      chapters: [{ key: 'bedroom', title: 'Bedroom', ticks: 3600, catches: 1 }, { key: 'aftermath', title: 'Aftermath', ticks: 0, catches: 0 }],
      progress: { chapter: null, carried: { flags: { mira_story: 1, leo_story: 3, bedtime_story: 0 }, followers: ['Leo', 'Pip', 'Ayla'] }, ticks: 7200, realMilliseconds: 0 },
      timesCaught: 1,
    });
    expect(rows).toEqual([
      { label: 'Bedroom', value: '1:00.000' },
      { label: 'Total', value: '2:00.000' },
      { label: 'Caught', value: '1 time' },
      { label: 'Children brought out', value: '3' },
      { label: 'Stories told', value: '2' },
    ]);
    expect(storiesTold({})).toBe(0);
  });
});
