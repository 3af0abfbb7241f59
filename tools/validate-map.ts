// Checks Tiled maps the way the game loads them and prints every problem:
//   npx tsx tools/validate-map.ts maps/night-escape.tmj [more.tmj ...]
// Each line reads `file: severity: place: message (hint)`. The same problem on many places is one line
// with the first places and a count, quoted values are cut short, and past a cap one line says how many
// more. Exits 1 when any map has an error, else 0.
import { loadLevelFromFiles } from '../src/level/load-level.ts';
import { digestProblems, moreProblemsLine, shortenText } from '../src/level/problem-digest.ts';
import { MAXIMUM_IMPORT_BYTES, checkImportFile } from '../src/platform/file-import.ts';
import type { MapProblem } from '../src/tiled/tiled-map.ts';
import { RefusedFileError, cappedFileReader, readCappedFile } from './read-capped-file.ts';

function formatProblem(file: string, problem: MapProblem): string {
  return `${file}: ${problem.severity}: ${problem.place}: ${problem.message} (${problem.hint})`;
}

function formatProblems(file: string, problems: readonly MapProblem[]): string[] {
  const digest = digestProblems(problems);
  const lines = digest.entries.map((entry) => formatProblem(file, entry));
  const more = moreProblemsLine(digest);
  return more === null ? lines : [...lines, `${file}: ${more}`];
}

/** Validates one file; returns the lines to print and whether it had errors. */
async function validateMapFile(file: string): Promise<{ lines: string[]; failed: boolean }> {
  // The same refusals by name as a map dropped on the game; the size is checked by the reader.
  const refused = checkImportFile({ name: file, size: 0 });
  if (refused !== null) return { lines: [formatProblem(file, refused)], failed: true };
  let loaded;
  try {
    // The map is read here first, so a file refused by kind or size gets one clear line.
    const mapBytes = readCappedFile(file, MAXIMUM_IMPORT_BYTES);
    loaded = await loadLevelFromFiles({ mapPath: file, readFile: cappedFileReader(file, MAXIMUM_IMPORT_BYTES, mapBytes) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    const hint = error instanceof RefusedFileError ? 'Is this the right file? A Tiled map with embedded tilesets is usually well under 1 MB.' : 'Check the path.';
    return { lines: [`${file}: error: file "${shortenText(file)}": ${shortenText(reason)} (${hint})`], failed: true };
  }
  if (!loaded.ok) return { lines: formatProblems(file, loaded.problems), failed: true };
  const level = loaded.value;
  const summary = `${file}: ok: ${level.width}x${level.height} tiles of ${level.tileSize} px, ${level.enforcers.length} enforcer(s), ${loaded.warnings.length} warning(s)`;
  return { lines: [...formatProblems(file, loaded.warnings), summary], failed: false };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx tools/validate-map.ts <map.tmj> [more.tmj ...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = await validateMapFile(file);
  for (const line of result.lines) console.log(line);
  failed ||= result.failed;
}
process.exit(failed ? 1 : 0);
