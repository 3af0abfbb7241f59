// npx tsx tools/verify-replay.ts <replay.json> [map.tmj]: re-simulates a replay and prints its time.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { loadLevelFromText } from '../src/level/load-level.ts';
import { MAX_REPLAY_BYTES, decodeReplay } from '../src/run/replay.ts';
import { verifyReplay } from '../src/run/verify-replay.ts';
import { formatTicks } from '../src/run/time-format.ts';

const [replayPath, mapArgument] = process.argv.slice(2);
if (replayPath === undefined) {
  console.error('usage: npx tsx tools/verify-replay.ts <replay.json> [map.tmj]');
  process.exit(2);
}

/** A file's text, or one line saying why it cannot be read (a wrong path is a user's mistake, not a crash). */
function readText(path: string, what: string, maximumBytes = Number.POSITIVE_INFINITY): string {
  try {
    if (statSync(path).size > maximumBytes) {
      console.error(`${path}: refused: larger than ${maximumBytes} bytes, not a ${what} of this game`);
      process.exit(1);
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`${path}: cannot read the ${what}: ${error instanceof Error ? error.message : 'unreadable'}`);
    process.exit(1);
  }
}

const decoded = decodeReplay(readText(replayPath, 'replay', MAX_REPLAY_BYTES));
if (!decoded.ok) {
  console.error(`${replayPath}: ${decoded.problem.place}: ${decoded.problem.message} (${decoded.problem.hint})`);
  process.exit(1);
}
const mapPath = mapArgument ?? `maps/${decoded.value.level}.tmj`;
const mapText = readText(mapPath, 'map');
const loaded = loadLevelFromText(mapText, basename(mapPath));
if (!loaded.ok) {
  for (const problem of loaded.problems) console.error(`${mapPath}: ${problem.place}: ${problem.message}`);
  process.exit(1);
}
const verdict = verifyReplay({ level: loaded.value, mapText, replay: decoded.value });
if (!verdict.verified) {
  console.error(`${replayPath}: NOT verified: ${verdict.reason}`);
  process.exit(1);
}
const time = verdict.finishTick === null ? 'unfinished' : `${formatTicks(verdict.finishTick)} (${verdict.finishTick} ticks)`;
console.log(`${replayPath}: verified on ${mapPath}: ${time}`);
