// The menus' model, Phaser-free: focus moves round the ends over closed entries, the pointer focuses only
// open ones, rows keep their labels in one column, the stick reads as directions, and the title and the
// settings offer what their state says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIBRARIES, creditLines } from '../../src/view/credits.ts';
import { SETTING, TITLE_ENTRY, changeSetting, settingHelp, settingsEntries, titleEntries, volumeBar, type SettingsState } from '../../src/view/ui/menu-entries.ts';
import { MenuModel, menuRowText, stepThrough, stickDirection, valueColumn } from '../../src/view/ui/menu-model.ts';

const ITEMS = [
  { id: 'a', label: 'Alpha' },
  { id: 'b', label: 'Beta', enabled: false },
  { id: 'c', label: 'Gamma' },
];

describe('the menu model', () => {
  it('moves round the ends and over entries that are not open', () => {
    const model = new MenuModel(ITEMS);
    expect(model.focused?.id).toBe('a');
    model.move(1);
    expect(model.focused?.id).toBe('c');
    model.move(1);
    expect(model.focused?.id).toBe('a');
    model.move(-1);
    expect(model.focused?.id).toBe('c');
  });

  it('lets the pointer focus only open entries', () => {
    const model = new MenuModel(ITEMS);
    expect(model.focusAt(1)).toBe(false);
    expect(model.focused?.id).toBe('a');
    expect(model.focusAt(2)).toBe(true);
    expect(model.focused?.id).toBe('c');
    expect(model.focusAt(7)).toBe(false);
  });

  it('keeps the focus on the same entry when the entries change, else the first open one', () => {
    const model = new MenuModel(ITEMS, 'c');
    model.setItems([{ id: 'z', label: 'Zeta' }, ...ITEMS]);
    expect(model.focused?.id).toBe('c');
    model.setItems([{ id: 'b', label: 'Beta', enabled: false }, { id: 'd', label: 'Delta' }]);
    expect(model.focused?.id).toBe('d');
  });

  it('draws rows in one column, focused or not, and settings\' values in a column of their own', () => {
    expect(menuRowText({ id: 'n', label: 'New game' }, true)).toBe('▶ New game ◀');
    expect(menuRowText({ id: 'n', label: 'New game' }, false)).toBe('  New game');
    const settings = [{ id: 's', label: 'Sound', value: 'on' }, { id: 't', label: 'Text speed', value: 'fast' }];
    const width = valueColumn(settings);
    expect(width).toBe(10);
    expect(menuRowText(settings[0]!, true, width)).toBe('▶ Sound       ◀ on ▶');
    expect(menuRowText(settings[1]!, false, width)).toBe('  Text speed    fast');
    expect(menuRowText(settings[0]!, true, width).indexOf('on')).toBe(menuRowText(settings[0]!, false, width).indexOf('on'));
  });

  it('steps through values, clamped or round the ends', () => {
    expect(stepThrough(['a', 'b', 'c'], 'c', { step: 1, wrap: false })).toBe('c');
    expect(stepThrough(['a', 'b', 'c'], 'c', { step: 1, wrap: true })).toBe('a');
    expect(stepThrough(['a', 'b', 'c'], 'a', { step: -1, wrap: true })).toBe('c');
  });

  it('reads the stick by its larger travel, and nothing near the centre', () => {
    expect(stickDirection(0.1, -0.3)).toBeNull();
    expect(stickDirection(0, -0.9)).toBe('up');
    expect(stickDirection(0.2, 0.7)).toBe('down');
    expect(stickDirection(-0.8, 0.4)).toBe('left');
    expect(stickDirection(0.6, 0)).toBe('right');
  });
});

describe('the title\'s entries', () => {
  it('offers Continue only with a chapter to resume, and opens Chapter select once a chapter is reached', () => {
    const fresh = titleEntries({ continueTitle: null, chaptersReached: 0 });
    expect(fresh.map((item) => item.label)).toEqual(['New game', 'Chapter select', 'Custom level', 'Settings', 'Credits', 'Replays']);
    expect(new MenuModel(fresh).focused?.id).toBe(TITLE_ENTRY.newGame);
    expect(fresh.find((item) => item.id === TITLE_ENTRY.chapters)?.enabled).toBe(false);
    const playing = titleEntries({ continueTitle: 'Second steps', chaptersReached: 2 });
    expect(playing[0]).toEqual({ id: TITLE_ENTRY.continue, label: 'Continue: Second steps' });
    expect(new MenuModel(playing).focused?.id).toBe(TITLE_ENTRY.continue);
    expect(playing.find((item) => item.id === TITLE_ENTRY.chapters)?.enabled).toBe(true);
  });
});

describe('the settings\' entries', () => {
  const state: SettingsState = { muted: false, volumeSteps: 10, textSpeed: 'normal', skipDialogue: false, reducedMotion: false, musicSteps: 7, effectsSteps: 10, lowEffects: false, fullscreen: false, timerShown: true, splitsShown: true,
    colorBlindPalette: false, highContrastCones: false, textSize: 'normal', detectionAssist: 100, gameSpeedAssist: 100,
  };

  it('show each setting\'s value', () => {
    expect(settingsEntries(state).map((item) => [item.label, item.value])).toEqual([
      ['Sound', 'on'],
      ['Volume', '|||||||||| 100%'],
      ['Text speed', 'normal'],
      ['Skip all dialogue', 'off'],
      ['Reduced motion', 'off'],
      ['Music volume', '|||||||···  70%'],
      ['Effects volume', '|||||||||| 100%'],
      ['Low effects', 'off'],
      ['Fullscreen', 'off'],
      ['Timer', 'shown'],
      ['Splits (speedrun)', 'shown'],
      ['Controls', undefined],
      ['Colour-blind palette', 'off'],
      ['High-contrast cones', 'off'],
      ['Text size', 'normal'],
      ['Detection speed', 'normal'],
      ['Game speed', 'normal'],
      ['Back', undefined],
    ]);
    expect(volumeBar(3)).toBe('|||·······  30%');
    // Each setting says what it does, in words of its own.
    const helps = settingsEntries(state).map((item) => settingHelp(item.id));
    expect(new Set(helps).size).toBe(helps.length);
  });

  it('flip switches, step the text speed round, and stop the volume at its ends unless a click goes round', () => {
    expect(changeSetting(state, { id: SETTING.sound, step: -1 }).muted).toBe(true);
    expect(changeSetting(state, { id: SETTING.skipDialogue, step: 1 }).skipDialogue).toBe(true);
    expect(changeSetting(state, { id: SETTING.reducedMotion, step: 1 }).reducedMotion).toBe(true);
    expect(changeSetting(state, { id: SETTING.lowEffects, step: -1 }).lowEffects).toBe(true);
    expect(changeSetting({ ...state, fullscreen: true }, { id: SETTING.fullscreen, step: 1 }).fullscreen).toBe(false);
    expect(changeSetting(state, { id: SETTING.textSpeed, step: 1 }).textSpeed).toBe('fast');
    expect(changeSetting({ ...state, textSpeed: 'instant' }, { id: SETTING.textSpeed, step: 1 }).textSpeed).toBe('slow');
    expect(changeSetting(state, { id: SETTING.volume, step: 1 }).volumeSteps).toBe(10);
    expect(changeSetting(state, { id: SETTING.volume, step: -1 }).volumeSteps).toBe(9);
    expect(changeSetting(state, { id: SETTING.volume, step: 1, wrap: true }).volumeSteps).toBe(0);
    expect(changeSetting({ ...state, volumeSteps: 0 }, { id: SETTING.volume, step: -1 }).volumeSteps).toBe(0);
    expect(changeSetting(state, { id: SETTING.timer, step: 1 }).timerShown).toBe(false);
    expect(changeSetting(state, { id: SETTING.splits, step: -1 }).splitsShown).toBe(false);
    expect(changeSetting(state, { id: SETTING.back, step: 1 })).toBe(state);
    // The music and effects volumes step on their own, the master volume untouched.
    expect(changeSetting(state, { id: SETTING.musicVolume, step: -1 })).toEqual({ ...state, musicSteps: 6 });
    expect(changeSetting(state, { id: SETTING.effectsVolume, step: 1 })).toEqual(state);
    expect(changeSetting(state, { id: SETTING.effectsVolume, step: -1 })).toEqual({ ...state, effectsSteps: 9 });
  });

  it('flip the palette and the cones, step the text size and the assists round their settings', () => {
    expect(changeSetting(state, { id: SETTING.colorBlindPalette, step: 1 }).colorBlindPalette).toBe(true);
    expect(changeSetting(state, { id: SETTING.highContrastCones, step: -1 }).highContrastCones).toBe(true);
    expect(changeSetting(state, { id: SETTING.textSize, step: 1 }).textSize).toBe('large');
    expect(changeSetting(state, { id: SETTING.textSize, step: -1 }).textSize).toBe('largest');
    expect(changeSetting(state, { id: SETTING.detectionAssist, step: 1 }).detectionAssist).toBe(75);
    expect(changeSetting({ ...state, detectionAssist: 50 }, { id: SETTING.detectionAssist, step: 1 }).detectionAssist).toBe(100);
    expect(changeSetting(state, { id: SETTING.gameSpeedAssist, step: -1 }).gameSpeedAssist).toBe(60);
    const slower = changeSetting(state, { id: SETTING.gameSpeedAssist, step: 1 });
    expect(settingsEntries(slower).find((item) => item.id === SETTING.gameSpeedAssist)?.value).toBe('80%');
  });
});

describe('the credits', () => {
  it('name every library the game ships, with the licence its package states', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(LIBRARIES.map((library) => library.name).sort()).toEqual(Object.keys(manifest.dependencies).sort());
    for (const library of LIBRARIES) {
      const own = JSON.parse(readFileSync(`node_modules/${library.name}/package.json`, 'utf8')) as { license: string };
      expect(library.licence, library.name).toBe(own.license);
    }
    expect(creditLines().join('\n')).toContain('assets/');
  });
});
