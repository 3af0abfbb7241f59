// The shipped music: the scores of assets/music/, read at build time by `npm run build-assets` into
// assets/generated/music-themes.json, a build file fetched when the page starts (as the maps are), so the
// game carries neither the notes nor the score reader. A theme is named by the chapter it plays under (its
// key in src/story/chapters.ts) or `title`; a chapter without a score of its own (a custom level, a test
// map) plays the night escape's, the game's own stealth theme.
import themesUrl from '../../assets/generated/music-themes.json?url';
import { isJsonObject } from '../tiled/problem-list.ts';
import { fetchBuildJson } from './build-json.ts';
import { MUSIC_THEMES_FILE, type MusicTheme } from './music-score.ts';

export const STEALTH_THEME = 'night-escape';

export type Themes = ReadonlyMap<string, MusicTheme>;

/**
 * The built themes file's contents. The build read every score, so only its shape is checked here: a
 * file that is not the build's (hand-edited, cut short) is reported with the command that remakes it, and
 * what is not a theme stays silent, never a crash.
 */
export function builtThemes(value: unknown, report: (message: string) => void): Themes {
  const themes = new Map<string, MusicTheme>();
  if (!isJsonObject(value)) {
    report(`${MUSIC_THEMES_FILE}: not a JSON object of themes (run npm run build-assets)`);
    return themes;
  }
  for (const [name, theme] of Object.entries(value)) {
    if (isJsonObject(theme) && theme.name === name && Array.isArray(theme.layers)) themes.set(name, theme as unknown as MusicTheme);
    else report(`${MUSIC_THEMES_FILE}: "${name}" is not a theme as the build writes it (run npm run build-assets)`);
  }
  return themes;
}

/** Fetches the built themes; a file that cannot be fetched is reported and the game stays silent. */
export async function loadShippedThemes(report: (message: string) => void = console.error): Promise<Themes> {
  return fetchBuildJson<Themes>({ url: themesUrl, file: MUSIC_THEMES_FILE, read: (value) => builtThemes(value, report), fallback: new Map(), report });
}

/** The theme for a chapter key (or `title`); the stealth theme for any other; null before the themes are read. */
export function themeFor(themes: Themes, key: string): MusicTheme | null {
  return themes.get(key) ?? themes.get(STEALTH_THEME) ?? null;
}
