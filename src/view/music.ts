// The game's music: one player for the whole page, fed after every game step with what is on screen.
// It follows the game and never changes it; it sleeps until the first input unlocks sound, stops while
// muted, and the AudioContext it plays on is suspended while the page is hidden (sound-player.ts).
import Phaser from 'phaser';
import { MusicPlayer } from '../platform/music-player.ts';
import { loadShippedThemes, themeFor, type Themes } from '../platform/music-scores.ts';
import { getLevelSession, getLoadedLevel, getStoryProbe } from './game-data.ts';
import { musicCaption, musicFor, type MusicScreen } from './music-choice.ts';
import { SCENE_KEYS } from './scene-keys.ts';
import { MUSIC_CAPTION_SCENE, type MusicCaptionScene } from './scenes/music-caption-scene.ts';
import { gameSounds } from './sounds.ts';

/** What the test hook reads of the music. */
export interface MusicProbe {
  /** `none` before the first input, else the AudioContext's state. */
  readonly audio: string;
  readonly theme: string | null;
  readonly mood: { readonly alert: string; readonly dreaming: boolean } | null;
  readonly notesStarted: number;
  readonly captions: readonly string[];
}

let probe: (() => MusicProbe) | null = null;

export function musicProbe(): MusicProbe | null {
  return probe?.() ?? null;
}

/** The screens reached from the title share its theme. */
const MENU_SCENES: readonly string[] = [SCENE_KEYS.title, SCENE_KEYS.chapters, SCENE_KEYS.settings, SCENE_KEYS.credits, SCENE_KEYS.customLevel, SCENE_KEYS.problems];

function screenOf(game: Phaser.Game): MusicScreen {
  const scenes = game.scene;
  const levelShown = scenes.isActive(SCENE_KEYS.level) || scenes.isPaused(SCENE_KEYS.level);
  const session = getLevelSession(game);
  const loaded = getLoadedLevel(game);
  if (levelShown && session !== null && loaded !== null) {
    const { world } = session;
    return { kind: 'level', chapter: loaded.chapter.key, mood: { alert: world.alert.level, dreaming: world.dream.stage !== 'waking' } };
  }
  const story = getStoryProbe(game);
  if (scenes.isActive(SCENE_KEYS.story) && story !== null) return { kind: 'story', chapter: story.chapter };
  if (scenes.isActive(SCENE_KEYS.statistics)) return { kind: 'statistics' };
  if (MENU_SCENES.some((key) => scenes.isActive(key))) return { kind: 'menu' };
  return { kind: 'between' };
}

export function installMusic(game: Phaser.Game): void {
  const sounds = gameSounds();
  // Any key or click is the gesture browsers want before sound, on any screen (menus unlock on their own
  // confirm too, a level on any key; arrows on the title did not).
  const unlock = (): void => {
    sounds.unlock();
  };
  window.addEventListener('keydown', unlock);
  window.addEventListener('pointerdown', unlock);
  const player = new MusicPlayer(() => sounds.musicDestination);
  // The scores are fetched while the title waits for the first input, which sound needs anyway.
  let themes: Themes = new Map();
  void loadShippedThemes().then((loaded) => {
    themes = loaded;
  });
  const captions: string[] = [];
  const showCaption = (caption: string | null): void => {
    if (caption === null) return;
    captions.push(caption);
    if (captions.length > 32) captions.shift();
    game.scene.run(MUSIC_CAPTION_SCENE);
    (game.scene.getScene(MUSIC_CAPTION_SCENE) as MusicCaptionScene | null)?.show(caption);
  };
  probe = () => ({ audio: sounds.state, theme: player.themeName, mood: player.mood, notesStarted: player.notesStarted, captions });
  game.events.on(Phaser.Core.Events.POST_STEP, () => {
    if (sounds.isMuted) {
      player.stop();
      return;
    }
    const screen = screenOf(game);
    const wish = musicFor(screen);
    const theme = wish === null ? null : themeFor(themes, wish.theme);
    if (wish !== null && theme !== null) {
      const before = player.themeName === theme.name ? player.mood : null;
      const played = player.play(theme, wish.mood);
      if (played.started || played.fades.length > 0) showCaption(musicCaption(theme, { before, after: wish.mood }));
    }
    player.update();
  });
}
