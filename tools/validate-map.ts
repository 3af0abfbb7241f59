// Checks Tiled maps the way the game loads them (TMX or JSON, with their external tilesets, templates and
// the project's class defaults) and prints every problem:
//   npm run validate-map -- maps/night-escape.tmj [more.tmx ...] [--project other.tiled-project]
// Each line reads `file: severity: place: message (hint)`. The same problem on many places is one line
// with the first places and a count, quoted values are cut short, and past a cap one line says how many
// more. Exits 1 when any map has an error, 2 on bad usage, else 0. Class defaults come from
// maps/analog-dreams.tiled-project unless --project names another.
import { join } from 'node:path';
import { loadLevelWithStory } from '../src/story/level-story.ts';
import { digestProblems, moreProblemsLine, shortenText } from '../src/level/problem-digest.ts';
import { MAXIMUM_IMPORT_BYTES } from '../src/platform/file-import.ts';
import type { MapProblem } from '../src/tiled/tiled-map.ts';
import { cappedFileReader, readUserFile } from './read-capped-file.ts';
import { cachedCompileStory } from './ink-cache.ts';

const DEFAULT_PROJECT = join(import.meta.dirname, '..', 'maps', 'analog-dreams.tiled-project');
const MAP_EXTENSION = /\.(?:tmx|tmj|json)$/i;

function formatProblem(file: string, problem: MapProblem): string {
  return `${file}: ${problem.severity}: ${problem.place}: ${problem.message} (${problem.hint})`;
}

function formatProblems(file: string, problems: readonly MapProblem[]): string[] {
  const digest = digestProblems(problems);
  const lines = digest.entries.map((entry) => formatProblem(file, entry));
  const more = moreProblemsLine(digest);
  return more === null ? lines : [...lines, `${file}: ${more}`];
}

/** Validates one map; returns the lines to print and whether it had errors. */
async function validateMapFile(file: string, projectPath: string): Promise<{ lines: string[]; failed: boolean }> {
  if (!MAP_EXTENSION.test(file)) {
    return { lines: [`${file}: error: file "${shortenText(file)}": not a Tiled map (.tmx, .tmj or .json) (Give the map file; its tilesets and templates are read from it.)`], failed: true };
  }
  // The map is read here first, so a file refused by kind or size gets one clear line.
  const read = readUserFile(file, MAXIMUM_IMPORT_BYTES);
  if (!read.ok) {
    const hint = read.reason === 'there is no such file' ? 'Check the path.' : 'Is this the right file? A Tiled map with embedded tilesets is usually well under 1 MB.';
    return { lines: [`${file}: error: file "${shortenText(file)}": ${shortenText(read.reason)} (${hint})`], failed: true };
  }
  const mapBytes = read.bytes;
  const loaded = await loadLevelWithStory({ mapPath: file, readFile: cappedFileReader(file, MAXIMUM_IMPORT_BYTES, mapBytes), projectPath, compile: cachedCompileStory() });
  if (!loaded.ok) return { lines: formatProblems(file, loaded.problems), failed: true };
  const level = loaded.value;
  // Grouped warnings stand for `count` each: the summary counts warnings, not kinds.
  const warnings = loaded.warnings.reduce((sum, warning) => sum + (warning.count ?? 1), 0);
  const summary = `${file}: ok: ${level.width}x${level.height} tiles of ${level.tileSize} px, ${level.enforcers.length} enforcer(s), ${warnings} warning(s), ${loaded.files.length} file(s) read`;
  return { lines: [...formatProblems(file, loaded.warnings), summary], failed: false };
}

const args = process.argv.slice(2);
const projectIndex = args.indexOf('--project');
const projectPath = projectIndex === -1 ? DEFAULT_PROJECT : args[projectIndex + 1];
const files = projectIndex === -1 ? args : args.filter((_, index) => index !== projectIndex && index !== projectIndex + 1);
if (files.length === 0 || projectPath === undefined) {
  console.error('usage: npm run validate-map -- <map.tmx|map.tmj> [more ...] [--project file.tiled-project]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = await validateMapFile(file, projectPath);
  for (const line of result.lines) console.log(line);
  failed ||= result.failed;
}
process.exit(failed ? 1 : 0);
