// The shipped scores (assets/music/), read once. A theme is named by the chapter it plays under (its key
// in src/story/chapters.ts) or `title`; a chapter without a score of its own (a custom level, a test
// map) plays the night escape's, the game's own stealth theme.
import aftermath from '../../assets/music/aftermath.json';
import bedroom from '../../assets/music/bedroom.json';
import dreamSpace from '../../assets/music/dream-space.json';
import hiddenDoor from '../../assets/music/hidden-door.json';
import nightEscape from '../../assets/music/night-escape.json';
import title from '../../assets/music/title.json';
import { readScore, type MusicTheme } from './music-score.ts';

export const SCORE_FILES: Readonly<Record<string, unknown>> = {
  title,
  bedroom,
  'hidden-door': hiddenDoor,
  'dream-space': dreamSpace,
  'night-escape': nightEscape,
  aftermath,
};

export const STEALTH_THEME = 'night-escape';

let read: Map<string, MusicTheme> | null = null;

/** Every shipped theme that reads; one that does not is reported once and left silent, never a crash. */
export function shippedThemes(report: (message: string) => void = console.error): ReadonlyMap<string, MusicTheme> {
  if (read !== null) return read;
  read = new Map();
  for (const [name, score] of Object.entries(SCORE_FILES)) {
    const result = readScore(score, `assets/music/${name}.json`);
    if (result.ok) read.set(name, result.theme);
    else report(result.message);
  }
  return read;
}

/** The theme for a chapter key (or `title`); the stealth theme for any other. */
export function themeFor(key: string): MusicTheme | null {
  const themes = shippedThemes();
  return themes.get(key) ?? themes.get(STEALTH_THEME) ?? null;
}
