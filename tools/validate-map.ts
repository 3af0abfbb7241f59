// Checks Tiled maps the way the game loads them and prints every problem:
//   npx tsx tools/validate-map.ts maps/night-escape.tmj [more.tmj ...]
// Each line reads `file: severity: place: message (hint)`. Exits 1 when any map has an error, else 0.
import { readFileSync, statSync } from 'node:fs';
import { loadLevelFromText } from '../src/level/load-level.ts';
import { checkImportFile } from '../src/platform/file-import.ts';
import type { MapProblem } from '../src/tiled/tiled-map.ts';

function formatProblem(file: string, problem: MapProblem): string {
  return `${file}: ${problem.severity}: ${problem.place}: ${problem.message} (${problem.hint})`;
}

/** Validates one file; returns the lines to print and whether it had errors. */
function validateMapFile(file: string): { lines: string[]; failed: boolean } {
  let text: string;
  try {
    // The same refusals as a map dropped on the game, before a byte is read: a 2 GB file is not slurped.
    const refused = checkImportFile({ name: file, size: statSync(file).size });
    if (refused !== null) return { lines: [formatProblem(file, refused)], failed: true };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    return { lines: [`${file}: error: file: cannot be read: ${reason} (Check the path.)`], failed: true };
  }
  const loaded = loadLevelFromText(text, file);
  if (!loaded.ok) return { lines: loaded.problems.map((problem) => formatProblem(file, problem)), failed: true };
  const level = loaded.value;
  const summary = `${file}: ok: ${level.width}x${level.height} tiles of ${level.tileSize} px, ${level.enforcers.length} enforcer(s), ${loaded.warnings.length} warning(s)`;
  return { lines: [...loaded.warnings.map((problem) => formatProblem(file, problem)), summary], failed: false };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx tools/validate-map.ts <map.tmj> [more.tmj ...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = validateMapFile(file);
  for (const line of result.lines) console.log(line);
  failed ||= result.failed;
}
process.exit(failed ? 1 : 0);
