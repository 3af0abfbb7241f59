// The settings: sound and music, text speed and size, skipping dialogue, reduced motion, low effects,
// fullscreen, the timer and splits shown, the way to the Controls screen, the colour-blind palette,
// high-contrast cones and the assists, in pages (Audio, Display, Gameplay, Accessibility) listed first
// with Controls. Each change takes effect and is remembered at once (src/platform/preferences.ts). Opened
// from the title, or over the paused level, to which Back (Esc, pad B) on the page list returns; Back on
// a page returns to the list.
import Phaser from 'phaser';
import { readSkipDialogue, readTextSpeed, writeSkipDialogue, writeTextSpeed } from '../../platform/preferences.ts';
import { isSplitsShown, isTimerShown, setSplitsShown, setTimerShown } from '../display-preferences.ts';
import { accessibility, setAccessibility } from '../accessibility.ts';
import { getLevelSession } from '../game-data.ts';
import { isReducedMotion, toggleReducedMotion } from '../motion-preference.ts';
import { isFullscreen, setFullscreen } from '../fullscreen.ts';
import { isLowEffects, setLowEffects } from '../low-effects.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import {
  effectsVolumeSteps,
  gameSounds,
  masterVolumeSteps,
  musicVolumeSteps,
  setEffectsVolumeSteps,
  setMasterVolumeSteps,
  setMusicVolumeSteps,
  toggleMuted,
} from '../sounds.ts';
import {
  SETTING,
  TITLE_ENTRY,
  changeSetting,
  isSettingsPage,
  settingHelp,
  settingsPageEntries,
  settingsPageHelp,
  settingsPageList,
  settingsPageTitle,
  type SettingsPage,
  type SettingsState,
} from '../ui/menu-entries.ts';
import { MenuList, bindMenuList } from '../ui/menu-list.ts';
import { MenuModel, type MenuItem } from '../ui/menu-model.ts';
import { drawMenuPage } from '../ui/menu-page.ts';
import { layoutOnResize } from '../ui/menu-screen.ts';

export interface SettingsData {
  /** `level`: opened from the pause, over the level, which Back resumes; else the title. */
  readonly from?: 'title' | 'level';
  /** The entry focused first (the Controls row back from the Controls screen, the text size when a change of it lays the screen out again); the first when left out. */
  readonly focus?: string;
  /** The page shown; the page list when left out. */
  readonly page?: SettingsPage;
}

/** Emitted on the game's events when settings change over a paused level, so its pause overlay shows them. */
export const SETTINGS_CHANGED = 'analog-dreams:settings-changed';

function currentSettings(game: Phaser.Game): SettingsState {
  return {
    muted: gameSounds().isMuted,
    volumeSteps: masterVolumeSteps(),
    textSpeed: readTextSpeed(),
    skipDialogue: readSkipDialogue(),
    reducedMotion: isReducedMotion(),
    musicSteps: musicVolumeSteps(),
    effectsSteps: effectsVolumeSteps(),
    lowEffects: isLowEffects(),
    fullscreen: isFullscreen(game),
    timerShown: isTimerShown(),
    splitsShown: isSplitsShown(),
    ...accessibility(),
  };
}

/** Makes `wanted` so where it differs from `now`: each preference through its own keeper, which remembers it. */
function apply(game: Phaser.Game, now: SettingsState, wanted: SettingsState): void {
  if (wanted.muted !== now.muted) toggleMuted();
  if (wanted.volumeSteps !== now.volumeSteps) setMasterVolumeSteps(wanted.volumeSteps);
  if (wanted.textSpeed !== now.textSpeed) writeTextSpeed(wanted.textSpeed);
  if (wanted.skipDialogue !== now.skipDialogue) writeSkipDialogue(wanted.skipDialogue);
  if (wanted.reducedMotion !== now.reducedMotion) toggleReducedMotion();
  if (wanted.musicSteps !== now.musicSteps) setMusicVolumeSteps(wanted.musicSteps);
  if (wanted.effectsSteps !== now.effectsSteps) setEffectsVolumeSteps(wanted.effectsSteps);
  if (wanted.lowEffects !== now.lowEffects) setLowEffects(wanted.lowEffects);
  if (wanted.fullscreen !== now.fullscreen) setFullscreen(game, wanted.fullscreen);
  if (wanted.timerShown !== now.timerShown) setTimerShown(wanted.timerShown);
  if (wanted.splitsShown !== now.splitsShown) setSplitsShown(wanted.splitsShown);
  const { colorBlindPalette, highContrastCones, textSize, detectionAssist, gameSpeedAssist } = wanted;
  setAccessibility({ colorBlindPalette, highContrastCones, textSize, detectionAssist, gameSpeedAssist });
}

export class SettingsScene extends Phaser.Scene {
  #from: 'title' | 'level' = 'title';
  #focus: string | undefined;
  #page: SettingsPage | undefined;

  constructor() {
    super(SCENE_KEYS.settings);
  }

  init(data: SettingsData | undefined): void {
    this.#from = data?.from ?? 'title';
    this.#focus = data?.focus;
    this.#page = data?.page;
  }

  create(): void {
    let leaving = false;
    const page = this.#page;
    const entries = (): MenuItem[] => (page === undefined ? settingsPageList() : settingsPageEntries(currentSettings(this.game), page));
    const helpFor = (id: string): string => (page === undefined ? settingsPageHelp(id) : settingHelp(id));
    const back = (): void => {
      if (leaving) return;
      leaving = true;
      if (page !== undefined) {
        this.scene.restart({ from: this.#from, focus: page });
        return;
      }
      if (this.#from === 'title') {
        this.scene.start(SCENE_KEYS.title, { focus: TITLE_ENTRY.settings });
        return;
      }
      // The paused level keeps its own record of the pad from before the settings: a button still held
      // when it wakes (the B that closed them) would read as a fresh press there and close the pause too.
      const padHeld = (): boolean => this.input.gamepad?.getAll().some((pad) => pad.buttons.some((button) => button.pressed)) ?? false;
      const resumeLevel = (): void => {
        if (padHeld()) return;
        this.events.off(Phaser.Scenes.Events.UPDATE, resumeLevel);
        this.scene.resume(SCENE_KEYS.level);
        this.scene.stop();
      };
      this.events.on(Phaser.Scenes.Events.UPDATE, resumeLevel);
      resumeLevel();
    };
    let help: Phaser.GameObjects.Text | null = null;
    const list = new MenuList(this, new MenuModel(entries(), this.#focus), {
      focused: (item) => {
        help?.setText(helpFor(item.id));
      },
      activate: (item) => {
        if (item.id === SETTING.back) back();
        if (item.id === SETTING.controls) this.scene.start(SCENE_KEYS.controls, { from: this.#from });
        if (isSettingsPage(item.id)) this.scene.restart({ from: this.#from, page: item.id });
      },
      adjust: (item, step, wrap) => {
        const now = currentSettings(this.game);
        apply(this.game, now, changeSetting(now, { id: item.id, step, wrap }));
        // The game speed takes hold at once in a level paused under these settings (detection waits for a start).
        getLevelSession(this.game)?.setGameSpeedPercent(accessibility().gameSpeedAssist);
        this.game.events.emit(SETTINGS_CHANGED);
        // Every word on the screen changes size: the page is laid out again around the row in focus.
        if (item.id === SETTING.textSize) this.scene.restart({ from: this.#from, focus: SETTING.textSize, page });
        else list.update(entries());
      },
    });
    // Over the level, the level's picture shows through a shade instead of the night sky.
    if (this.#from === 'level') this.cameras.main.setBackgroundColor('rgba(5, 4, 10, 0.95)');
    layoutOnResize(this, () => {
      // The old text went with the last layout: the rows drawn below must not write to it.
      help = null;
      help = drawMenuPage(this, {
        heading: page === undefined ? 'Settings' : settingsPageTitle(page),
        list,
        changes: page !== undefined,
        starfield: this.#from !== 'level',
        footnote: helpFor(list.model.focused?.id ?? ''),
      });
    });
    bindMenuList(this, list, { back });
    // The browser grants or ends fullscreen a moment after it is asked (or by its own Esc): the row follows.
    const showFullscreen = (): void => {
      list.update(entries());
    };
    this.scale.on(Phaser.Scale.Events.ENTER_FULLSCREEN, showFullscreen);
    this.scale.on(Phaser.Scale.Events.LEAVE_FULLSCREEN, showFullscreen);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.ENTER_FULLSCREEN, showFullscreen);
      this.scale.off(Phaser.Scale.Events.LEAVE_FULLSCREEN, showFullscreen);
    });
  }
}
