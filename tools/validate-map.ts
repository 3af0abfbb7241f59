// Checks Tiled maps the way the game loads them (TMX or JSON, with their external tilesets, templates and
// the project's class defaults) and prints every problem:
//   npm run validate-map -- maps/night-escape.tmj [more.tmx ...] [--project other.tiled-project]
// Each line reads `file: severity: place: message (hint)`. Exits 1 when any map has an error, 2 on bad
// usage, else 0. Class defaults come from maps/analog-dreams.tiled-project unless --project names another.
import { join } from 'node:path';
import { loadLevelFromFiles } from '../src/level/load-level.ts';
import type { MapProblem } from '../src/tiled/tiled-map.ts';
import { readFromDisk } from './disk-reader.ts';

const DEFAULT_PROJECT = join(import.meta.dirname, '..', 'maps', 'analog-dreams.tiled-project');
const MAP_EXTENSION = /\.(?:tmx|tmj|json)$/i;
/** Problem lines printed per map; the rest are counted, so a broken map cannot flood the terminal. */
const MAX_PROBLEM_LINES = 100;

function formatProblem(file: string, problem: MapProblem): string {
  return `${file}: ${problem.severity}: ${problem.place}: ${problem.message} (${problem.hint})`;
}

function formatProblems(file: string, problems: readonly MapProblem[]): string[] {
  const lines = problems.slice(0, MAX_PROBLEM_LINES).map((problem) => formatProblem(file, problem));
  const hidden = problems.length - MAX_PROBLEM_LINES;
  if (hidden > 0) lines.push(`${file}: ... and ${hidden} more problem(s) not shown; fix these first`);
  return lines;
}

/** Validates one map; returns the lines to print and whether it had errors. */
async function validateMapFile(file: string, projectPath: string): Promise<{ lines: string[]; failed: boolean }> {
  if (!MAP_EXTENSION.test(file)) {
    return { lines: [`${file}: error: file "${file}": not a Tiled map (.tmx, .tmj or .json) (Give the map file; its tilesets and templates are read from it.)`], failed: true };
  }
  const loaded = await loadLevelFromFiles({ mapPath: file, readFile: readFromDisk, projectPath });
  if (!loaded.ok) return { lines: formatProblems(file, loaded.problems), failed: true };
  const level = loaded.value;
  const summary = `${file}: ok: ${level.width}x${level.height} tiles of ${level.tileSize} px, ${level.enforcers.length} enforcer(s), ${loaded.warnings.length} warning(s), ${loaded.files.length} file(s) read`;
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
