// What the title, the new-game question and the settings screen offer, as menu entries built from the
// state they show. No Phaser: Node tests check which entries appear and what each setting steps to.
import { TEXT_SIZES, TEXT_SPEEDS, VOLUME_STEPS, type TextSize, type TextSpeed } from '../../platform/preferences.ts';
import { GAME_SPEED_PERCENTS } from '../../run/level-session.ts';
import { DETECTION_ASSIST_PERCENTS } from '../../sim/index.ts';
import { stepThrough, type MenuItem } from './menu-model.ts';

export const TITLE_ENTRY = {
  continue: 'continue',
  newGame: 'new-game',
  chapters: 'chapters',
  customLevel: 'custom-level',
  settings: 'settings',
  credits: 'credits',
  replays: 'replays',
} as const;

/**
 * The title's entries. Continue only when the save has a chapter to resume (`continueTitle`, its title);
 * Chapter select is shown from the start, closed until a chapter is reached, so a newcomer knows it is there.
 */
export function titleEntries(state: { readonly continueTitle: string | null; readonly chaptersReached: number }): MenuItem[] {
  return [
    ...(state.continueTitle === null ? [] : [{ id: TITLE_ENTRY.continue, label: `Continue: ${state.continueTitle}` }]),
    { id: TITLE_ENTRY.newGame, label: 'New game' },
    { id: TITLE_ENTRY.chapters, label: 'Chapter select', enabled: state.chaptersReached > 0 },
    { id: TITLE_ENTRY.customLevel, label: 'Custom level' },
    { id: TITLE_ENTRY.settings, label: 'Settings' },
    { id: TITLE_ENTRY.credits, label: 'Credits' },
    { id: TITLE_ENTRY.replays, label: 'Replays' },
  ];
}

export const NEW_GAME_ENTRY = { keep: 'keep-progress', startOver: 'start-over' } as const;

/** Asked before a new game replaces saved progress; keeping it is focused first, so a stray confirm loses nothing. */
export function newGameQuestionEntries(): MenuItem[] {
  return [
    { id: NEW_GAME_ENTRY.keep, label: 'No, keep my progress' },
    { id: NEW_GAME_ENTRY.startOver, label: 'Yes, start a new game' },
  ];
}

/** Everything the settings screen shows and changes. */
export interface SettingsState {
  readonly muted: boolean;
  /** 0 to VOLUME_STEPS. */
  readonly volumeSteps: number;
  readonly textSpeed: TextSpeed;
  readonly skipDialogue: boolean;
  readonly reducedMotion: boolean;
  /** 0 to VOLUME_STEPS, each under the master volume. */
  readonly musicSteps: number;
  readonly effectsSteps: number;
  // Display
  readonly lowEffects: boolean;
  readonly fullscreen: boolean;
  readonly timerShown: boolean;
  readonly splitsShown: boolean;
  readonly colorBlindPalette: boolean;
  readonly highContrastCones: boolean;
  readonly textSize: TextSize;
  /** The assists, in percent (100: off). */
  readonly detectionAssist: number;
  readonly gameSpeedAssist: number;
}

export const SETTING = {
  sound: 'sound',
  volume: 'volume',
  textSpeed: 'text-speed',
  skipDialogue: 'skip-dialogue',
  reducedMotion: 'reduced-motion',
  lowEffects: 'low-effects',
  fullscreen: 'fullscreen',
  controls: 'controls',
  timer: 'timer',
  splits: 'splits',
  colorBlindPalette: 'color-blind-palette',
  highContrastCones: 'high-contrast-cones',
  textSize: 'text-size',
  detectionAssist: 'detection-assist',
  gameSpeedAssist: 'game-speed-assist',
  back: 'back',
  musicVolume: 'music-volume',
  effectsVolume: 'effects-volume',
} as const;

/** A volume as a bar and a figure: `||||||····  60%` (characters every monospace font has at one width). */
export function volumeBar(steps: number): string {
  const percent = `${Math.round((steps / VOLUME_STEPS) * 100)}%`.padStart(4);
  return `${'|'.repeat(steps)}${'·'.repeat(VOLUME_STEPS - steps)} ${percent}`;
}

const VOLUME_LEVELS = Array.from({ length: VOLUME_STEPS + 1 }, (_, steps) => steps);

export function settingsEntries(state: SettingsState): MenuItem[] {
  const onOff = (on: boolean): string => (on ? 'on' : 'off');
  return [
    { id: SETTING.sound, label: 'Sound', value: onOff(!state.muted) },
    { id: SETTING.volume, label: 'Volume', value: volumeBar(state.volumeSteps) },
    { id: SETTING.textSpeed, label: 'Text speed', value: state.textSpeed },
    { id: SETTING.skipDialogue, label: 'Skip all dialogue', value: onOff(state.skipDialogue) },
    { id: SETTING.reducedMotion, label: 'Reduced motion', value: onOff(state.reducedMotion) },
    { id: SETTING.musicVolume, label: 'Music volume', value: volumeBar(state.musicSteps) },
    { id: SETTING.effectsVolume, label: 'Effects volume', value: volumeBar(state.effectsSteps) },
    { id: SETTING.lowEffects, label: 'Low effects', value: onOff(state.lowEffects) },
    { id: SETTING.fullscreen, label: 'Fullscreen', value: onOff(state.fullscreen) },
    { id: SETTING.timer, label: 'Timer', value: state.timerShown ? 'shown' : 'hidden' },
    { id: SETTING.splits, label: 'Splits (speedrun)', value: state.splitsShown ? 'shown' : 'hidden' },
    { id: SETTING.controls, label: 'Controls' },
    { id: SETTING.colorBlindPalette, label: 'Colour-blind palette', value: onOff(state.colorBlindPalette) },
    { id: SETTING.highContrastCones, label: 'High-contrast cones', value: onOff(state.highContrastCones) },
    { id: SETTING.textSize, label: 'Text size', value: state.textSize },
    { id: SETTING.detectionAssist, label: 'Detection speed', value: assistValue(state.detectionAssist) },
    { id: SETTING.gameSpeedAssist, label: 'Game speed', value: assistValue(state.gameSpeedAssist) },
    { id: SETTING.back, label: 'Back' },
  ];
}

/** An assist's value: `normal` at 100 percent (no assist), else the percent it runs at. */
function assistValue(percent: number): string {
  return percent === 100 ? 'normal' : `${percent}%`;
}

/**
 * The settings after `step` on entry `id`: a switch flips either way, the text speed goes round its four
 * speeds, the volume moves a step and stops at the ends, or goes round them with `wrap` (a click, the
 * pointer's only way to turn it down).
 */
export function changeSetting(state: SettingsState, change: { readonly id: string; readonly step: -1 | 1; readonly wrap?: boolean }): SettingsState {
  const { id, step, wrap = false } = change;
  switch (id) {
    case SETTING.sound:
      return { ...state, muted: !state.muted };
    case SETTING.volume:
      return { ...state, volumeSteps: stepThrough(VOLUME_LEVELS, state.volumeSteps, { step, wrap }) };
    case SETTING.textSpeed:
      return { ...state, textSpeed: stepThrough(TEXT_SPEEDS, state.textSpeed, { step, wrap: true }) };
    case SETTING.skipDialogue:
      return { ...state, skipDialogue: !state.skipDialogue };
    case SETTING.reducedMotion:
      return { ...state, reducedMotion: !state.reducedMotion };
    case SETTING.musicVolume:
      return { ...state, musicSteps: stepThrough(VOLUME_LEVELS, state.musicSteps, { step, wrap }) };
    case SETTING.effectsVolume:
      return { ...state, effectsSteps: stepThrough(VOLUME_LEVELS, state.effectsSteps, { step, wrap }) };
    case SETTING.lowEffects:
      return { ...state, lowEffects: !state.lowEffects };
    case SETTING.fullscreen:
      return { ...state, fullscreen: !state.fullscreen };
    case SETTING.timer:
      return { ...state, timerShown: !state.timerShown };
    case SETTING.splits:
      return { ...state, splitsShown: !state.splitsShown };
    case SETTING.colorBlindPalette:
      return { ...state, colorBlindPalette: !state.colorBlindPalette };
    case SETTING.highContrastCones:
      return { ...state, highContrastCones: !state.highContrastCones };
    case SETTING.textSize:
      return { ...state, textSize: stepThrough(TEXT_SIZES, state.textSize, { step, wrap: true }) };
    case SETTING.detectionAssist:
      return { ...state, detectionAssist: stepThrough(DETECTION_ASSIST_PERCENTS, state.detectionAssist, { step, wrap: true }) };
    case SETTING.gameSpeedAssist:
      return { ...state, gameSpeedAssist: stepThrough(GAME_SPEED_PERCENTS, state.gameSpeedAssist, { step, wrap: true }) };
    default:
      return state;
  }
}

/** Under the settings: what the setting in focus does, in a player's words. */
export function settingHelp(id: string): string {
  switch (id) {
    case SETTING.sound:
      return 'All sound on or off (M does the same anywhere).';
    case SETTING.volume:
      return 'How loud everything is, in tenths.';
    case SETTING.textSpeed:
      return 'How fast dialogue lines appear; instant shows each line whole.';
    case SETTING.skipDialogue:
      return 'Conversations run on by themselves; you still make every choice.';
    case SETTING.reducedMotion:
      return 'The dream swaps tiles at once with a still highlight, instead of waves and ripples (N does the same).';
    case SETTING.musicVolume:
      return 'How loud the music is, under the volume above; a caption names each change it makes.';
    case SETTING.effectsVolume:
      return 'How loud steps, doors and the Enforcers are, under the volume above.';
    case SETTING.lowEffects:
      return 'The dream drawn still, for computers that draw slowly; chosen for you when frames stay slow.';
    case SETTING.fullscreen:
      return 'The whole screen, pixels kept whole (F11 does the same anywhere).';
    case SETTING.timer:
      return 'The run\'s time at the top left of the level; hidden, it still counts.';
    case SETTING.splits:
      return 'Speedrun mode\'s live splits; hidden, they are still kept.';
    case SETTING.controls:
      return 'Every key and pad button, each one yours to change.';
    case SETTING.colorBlindPalette:
      return 'Colours told apart by lightness too; every state also has its own shape.';
    case SETTING.highContrastCones:
      return 'Vision cones and noise rings get bold outlines that read on any ground.';
    case SETTING.textSize:
      return 'Larger words in dialogue, the HUD and the menus.';
    case SETTING.detectionAssist:
      return 'An assist: Enforcers take longer to see you (from the next start of a level). Marks the run assisted.';
    case SETTING.gameSpeedAssist:
      return 'An assist: the whole game runs slower, at once. Marks the run assisted.';
    default:
      return 'Every choice here is remembered in this browser.';
  }
}

// The settings in pages (issue 15): eighteen rows did not fit a small window with the largest text. The
// first screen lists the pages a player of the genre looks for; each page holds a few rows and Back.
export const SETTINGS_PAGE = {
  audio: 'page:audio',
  display: 'page:display',
  gameplay: 'page:gameplay',
  accessibility: 'page:accessibility',
} as const;

export type SettingsPage = (typeof SETTINGS_PAGE)[keyof typeof SETTINGS_PAGE];

interface SettingsPageContent {
  readonly title: string;
  /** Under the page list while the page is in focus: what is on it. */
  readonly help: string;
  /** Its settings' ids, in the order shown. */
  readonly settings: readonly string[];
}

const SETTINGS_PAGES: Readonly<Record<SettingsPage, SettingsPageContent>> = {
  [SETTINGS_PAGE.audio]: {
    title: 'Audio',
    help: 'Sound on or off, and how loud the music and the effects are.',
    settings: [SETTING.sound, SETTING.volume, SETTING.musicVolume, SETTING.effectsVolume],
  },
  [SETTINGS_PAGE.display]: {
    title: 'Display',
    help: 'Fullscreen, the size of the words, and how much the dream moves.',
    settings: [SETTING.fullscreen, SETTING.textSize, SETTING.reducedMotion, SETTING.lowEffects],
  },
  [SETTINGS_PAGE.gameplay]: {
    title: 'Gameplay',
    help: 'Dialogue at your pace, and the timer and splits for a run against the clock.',
    settings: [SETTING.textSpeed, SETTING.skipDialogue, SETTING.timer, SETTING.splits],
  },
  [SETTINGS_PAGE.accessibility]: {
    title: 'Accessibility',
    help: 'Colours and cones easier to read, and the assists that slow the game down.',
    settings: [SETTING.colorBlindPalette, SETTING.highContrastCones, SETTING.detectionAssist, SETTING.gameSpeedAssist],
  },
};

export function isSettingsPage(id: string | undefined): id is SettingsPage {
  return id !== undefined && Object.hasOwn(SETTINGS_PAGES, id);
}

/** The first settings screen: the pages, Controls (its own screen) in the place players look for it, and Back. */
export function settingsPageList(): MenuItem[] {
  const page = (id: SettingsPage): MenuItem => ({ id, label: SETTINGS_PAGES[id].title });
  return [
    page(SETTINGS_PAGE.audio),
    page(SETTINGS_PAGE.display),
    { id: SETTING.controls, label: 'Controls' },
    page(SETTINGS_PAGE.gameplay),
    page(SETTINGS_PAGE.accessibility),
    { id: SETTING.back, label: 'Back' },
  ];
}

/** One page's rows, as settingsEntries words them, then Back (to the page list). */
export function settingsPageEntries(state: SettingsState, page: SettingsPage): MenuItem[] {
  const entries = settingsEntries(state);
  const rows = SETTINGS_PAGES[page].settings.flatMap((id) => entries.filter((entry) => entry.id === id));
  return [...rows, { id: SETTING.back, label: 'Back' }];
}

export function settingsPageTitle(page: SettingsPage): string {
  return SETTINGS_PAGES[page].title;
}

/** Under the page list: what the page in focus holds; Controls and Back as settingHelp says them. */
export function settingsPageHelp(id: string): string {
  return isSettingsPage(id) ? SETTINGS_PAGES[id].help : settingHelp(id);
}
