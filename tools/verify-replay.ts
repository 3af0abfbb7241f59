// npm run verify-replay -- <replay.json> [map.tmj]: re-simulates a replay and prints its time.
// Nothing in the replay is trusted: only regular files are read, each under a cap, and the level name it
// carries must name a map inside maps/.
import { loadLevelWithStory } from '../src/story/level-story.ts';
import { shortenText } from '../src/level/problem-digest.ts';
import { MAXIMUM_IMPORT_BYTES } from '../src/platform/file-import.ts';
import { MAX_REPLAY_BYTES, decodeReplay } from '../src/run/replay.ts';
import { verifyReplay } from '../src/run/verify-replay.ts';
import { formatTicks } from '../src/run/time-format.ts';
import { cappedFileReader, readUserFile } from './read-capped-file.ts';

/** A level name is a file name in maps/: letters, digits, `-`, `_` and inner dots; never `..` or a slash. */
const LEVEL_NAME = /^[A-Za-z0-9_-](?:[A-Za-z0-9_.-]{0,126}[A-Za-z0-9_-])?$/;

const [replayPath, mapArgument] = process.argv.slice(2);
if (replayPath === undefined) {
  console.error('usage: npm run verify-replay -- <replay.json> [map.tmj]');
  process.exit(2);
}

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

/** A file's bytes under a cap, or one line saying why not (a wrong path is a user's mistake, not a crash). */
function readBytes(path: string, what: string, maximumBytes: number): Uint8Array {
  const read = readUserFile(path, maximumBytes);
  return read.ok ? read.bytes : fail(`${shortenText(path)}: cannot read the ${what}: ${read.reason}`);
}

const decoded = decodeReplay(new TextDecoder().decode(readBytes(replayPath, 'replay', MAX_REPLAY_BYTES)));
if (!decoded.ok) {
  fail(`${replayPath}: ${shortenText(decoded.problem.place)}: ${shortenText(decoded.problem.message)} (${decoded.problem.hint})`);
}
const levelName = decoded.value.level;
if (mapArgument === undefined && (!LEVEL_NAME.test(levelName) || levelName.includes('..'))) {
  fail(`${replayPath}: refused: the replay's level "${shortenText(levelName)}" is not a map name inside maps/ (letters, digits, -, _ and inner dots) (Give the map's path as the second argument.)`);
}
const mapPath = mapArgument ?? `maps/${levelName}.tmj`;
const mapBytes = readBytes(mapPath, 'map', MAXIMUM_IMPORT_BYTES);
const loaded = await loadLevelWithStory({ mapPath, readFile: cappedFileReader(mapPath, MAXIMUM_IMPORT_BYTES, mapBytes) });
if (!loaded.ok) {
  for (const problem of loaded.problems.slice(0, 20)) console.error(`${mapPath}: ${shortenText(problem.place)}: ${shortenText(problem.message)}`);
  fail(`${mapPath}: ${loaded.problems.length} problem(s); run npm run validate-map -- ${mapPath} for all of them`);
}
const verdict = verifyReplay({ level: loaded.value, mapHash: loaded.mapHash, replay: decoded.value, scenes: loaded.director });
if (!verdict.verified) fail(`${replayPath}: NOT verified: ${verdict.reason}`);
const time = verdict.finishTick === null ? 'unfinished' : `${formatTicks(verdict.finishTick)} (${verdict.finishTick} ticks)`;
console.log(`${replayPath}: verified on ${mapPath}: ${time}`);
