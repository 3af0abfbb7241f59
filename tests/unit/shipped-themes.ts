// The shipped scores read from the repository, as the game reads the build files it fetches.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readThemes, themeName, type Themes } from '../../src/platform/music-scores.ts';

const MUSIC_FOLDER = join(import.meta.dirname, '../../assets/music');

export function shippedScoreFiles(): string[] {
  return readdirSync(MUSIC_FOLDER).filter((name) => name.endsWith('.json'));
}

export function shippedThemes(report: (message: string) => void): Themes {
  const scores = new Map(shippedScoreFiles().map((file): [string, unknown] => [themeName(file), JSON.parse(readFileSync(join(MUSIC_FOLDER, file), 'utf8'))]));
  return readThemes(scores, report);
}
