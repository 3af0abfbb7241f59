// The settings in pages: the page list a player of the genre expects, every setting on exactly one page,
// each page short enough for a small window with the largest text, and Back on every page.
import { describe, expect, it } from 'vitest';
import { SETTING, SETTINGS_PAGE, settingsEntries, settingsPageEntries, settingsPageHelp, settingsPageList, type SettingsState } from '../../src/view/ui/menu-entries.ts';

const STATE: SettingsState = { muted: false, volumeSteps: 10, textSpeed: 'normal', skipDialogue: false, reducedMotion: false, musicSteps: 7, effectsSteps: 10, lowEffects: false, fullscreen: false, timerShown: true, splitsShown: true,
  colorBlindPalette: false, highContrastCones: false, textSize: 'normal', detectionAssist: 100, gameSpeedAssist: 100,
};

/**
 * Rows a page may hold, Back included: what fits at 800x600 with the largest text at full size, below the
 * heading where it stands (seven lifted the heading into the music caption's corner).
 */
const MOST_ROWS_ON_A_PAGE = 5;

describe('the settings\' pages', () => {
  it('list Audio, Display, Controls, Gameplay and Accessibility, then Back, each said in the help line', () => {
    const list = settingsPageList();
    expect(list.map((item) => item.label)).toEqual(['Audio', 'Display', 'Controls', 'Gameplay', 'Accessibility', 'Back']);
    expect(list.every((item) => item.value === undefined)).toBe(true);
    const helps = list.map((item) => settingsPageHelp(item.id));
    expect(new Set(helps).size).toBe(helps.length);
  });

  it('hold every setting exactly once, each page short and ending in Back', () => {
    const pages = Object.values(SETTINGS_PAGE).map((page) => settingsPageEntries(STATE, page));
    for (const rows of pages) {
      expect(rows.length).toBeLessThanOrEqual(MOST_ROWS_ON_A_PAGE);
      expect(rows.at(-1)).toEqual({ id: SETTING.back, label: 'Back' });
    }
    const onPages = pages.flatMap((rows) => rows.slice(0, -1).map((item) => item.id));
    const settings = settingsEntries(STATE).filter((item) => item.value !== undefined).map((item) => item.id);
    expect([...onPages].sort()).toEqual([...settings].sort());
    // A row on a page reads as it did in the one long list.
    const audio = settingsPageEntries(STATE, SETTINGS_PAGE.audio);
    expect(audio.map((item) => [item.label, item.value])).toEqual([
      ['Sound', 'on'],
      ['Volume', '|||||||||| 100%'],
      ['Music volume', '|||||||···  70%'],
      ['Effects volume', '|||||||||| 100%'],
      ['Back', undefined],
    ]);
  });
});
