// The shipped scores read from their sources in the repository, as `npm run build-assets` reads them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readThemes, themeName } from '../../src/platform/music-score.ts';
import type { Themes } from '../../src/platform/music-scores.ts';

const MUSIC_FOLDER = join(import.meta.dirname, '../../assets/music');

export function shippedScoreFiles(): string[] {
  return readdirSync(MUSIC_FOLDER).filter((name) => name.endsWith('.json'));
}

export function shippedThemes(report: (message: string) => void): Themes {
  const scores = new Map(shippedScoreFiles().map((file): [string, unknown] => [themeName(file), JSON.parse(readFileSync(join(MUSIC_FOLDER, file), 'utf8'))]));
  return readThemes(scores, report);
}
