// The shipped scores (assets/music/): build files fetched when the page starts, as the maps are fetched,
// so the notes stay out of the game's script. A theme is named by the chapter it plays under (its key in
// src/story/chapters.ts) or `title`; a chapter without a score of its own (a custom level, a test map)
// plays the night escape's, the game's own stealth theme.
import { readScore, type MusicTheme } from './music-score.ts';

const SCORE_URLS = import.meta.glob<string>('../../assets/music/*.json', { query: '?url', import: 'default', eager: true });

export const STEALTH_THEME = 'night-escape';

export type Themes = ReadonlyMap<string, MusicTheme>;

/** A score's theme name from its path: `assets/music/hidden-door.json` plays as `hidden-door`. */
export function themeName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

/** The themes this build ships, by name. */
export const SHIPPED_THEME_NAMES: readonly string[] = Object.keys(SCORE_URLS).map(themeName);

/** Every score that reads, by theme name; one that does not is reported and left silent, never a crash. */
export function readThemes(scores: ReadonlyMap<string, unknown>, report: (message: string) => void): Themes {
  const themes = new Map<string, MusicTheme>();
  for (const [name, score] of scores) {
    const result = readScore(score, `assets/music/${name}.json`);
    if (result.ok) themes.set(name, result.theme);
    else report(result.message);
  }
  return themes;
}

async function fetchScore(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.json();
}

/** Fetches and reads every shipped score; one that cannot be fetched is reported as one that does not read. */
export async function loadShippedThemes(report: (message: string) => void = console.error): Promise<Themes> {
  const fetched = await Promise.all(
    Object.entries(SCORE_URLS).map(async ([path, url]): Promise<[string, unknown] | null> => {
      const name = themeName(path);
      try {
        return [name, await fetchScore(url)];
      } catch (error) {
        report(`assets/music/${name}.json: could not be fetched (${error instanceof Error ? error.message : String(error)})`);
        return null;
      }
    }),
  );
  return readThemes(new Map(fetched.filter((entry) => entry !== null)), report);
}

/** The theme for a chapter key (or `title`); the stealth theme for any other; null before the scores are read. */
export function themeFor(themes: Themes, key: string): MusicTheme | null {
  return themes.get(key) ?? themes.get(STEALTH_THEME) ?? null;
}
