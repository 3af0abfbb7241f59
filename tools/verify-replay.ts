// npm run verify-replay -- <replay.json | folder> [map.tmj] [--lss out.lss]
// Re-simulates a replay and prints its category, outcome, in-game time (as the game shows it) and splits;
// given a folder, verifies every .json in it and prints the runs ranked per category: a leaderboard that
// trusts nothing but the rules. A replay of other rules or another map, a tampered one, or one with inputs
// after the finish is refused (exit 1). A full-game replay (tests/golden/full-game.replay.json) is played
// through the campaign runner from New game to the aftermath and filed under Full Game. Nothing in a replay is trusted: only regular files are read, each
// under a cap, and the level name it carries must name a map inside maps/.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shortenText } from '../src/level/problem-digest.ts';
import { MAXIMUM_IMPORT_BYTES } from '../src/platform/file-import.ts';
import { writeLss } from '../src/run/lss.ts';
import { FULL_GAME_REPLAY_FORMAT, decodeFullGameReplay, fullGameChapterTimes } from '../src/run/full-game-replay.ts';
import { MAX_REPLAY_BYTES, decodeReplay } from '../src/run/replay.ts';
import { runIdentity } from '../src/run/run-identity.ts';
import { PLAIN_RUN } from '../src/run/run-marks.ts';
import { ChapterSplitter, chapterSegments } from '../src/run/chapter-splits.ts';
import type { TickListener } from '../src/run/level-session.ts';
import { emptySplitsRecord, recordAttempt, type SplitTime } from '../src/run/splits.ts';
import { formatTicks } from '../src/run/time-format.ts';
import { verifyReplay } from '../src/run/verify-replay.ts';
import { RULES_VERSION } from '../src/sim/index.ts';
import { FULL_GAME_CATEGORY, chapterCategory } from '../src/story/categories.ts';
import { chapterLoader } from '../src/story/chapter-loader.ts';
import { verifyFullGame } from '../src/story/verify-full-game.ts';
import { chapterForMap } from '../src/story/chapters.ts';
import { chaptersWithTests } from '../src/story/test-chapters.ts';
import { loadLevelWithStory } from '../src/story/level-story.ts';
import { cappedFileReader, readFromDisk, readUserFile } from './read-capped-file.ts';
import { cachedCompileStory } from './ink-cache.ts';

/** A level name is a file name in maps/: letters, digits, `-`, `_` and inner dots; never `..` or a slash. */
const LEVEL_NAME = /^[A-Za-z0-9_-](?:[A-Za-z0-9_.-]{0,126}[A-Za-z0-9_-])?$/;
const USAGE = 'usage: npm run verify-replay -- <replay.json | folder> [map.tmj] [--lss out.lss]';

/** A replay that is not a verified run: one line saying why. */
class Refusal extends Error {}

/** A verified run's split, by name: its in-game ticks, and the real time it takes played back at 60 ticks a second. */
interface ReplaySplit {
  readonly name: string;
  readonly time: SplitTime | null;
}

interface VerifiedRun {
  readonly path: string;
  readonly mapPath: string;
  readonly categoryKey: string;
  readonly categoryName: string;
  readonly identity: string;
  readonly finishTick: number | null;
  readonly catches: number;
  readonly splits: readonly ReplaySplit[];
  /** The slower-detection assist the run was played with (100: none): the run is marked assisted. */
  readonly detectionPercent: number;
}

/** ` (assisted: detection at 50%)` after an assisted run's time; '' for one played as designed. */
function assistText(run: VerifiedRun): string {
  return run.detectionPercent === 100 ? '' : ` (assisted: detection at ${run.detectionPercent}%)`;
}

type Loaded = Extract<Awaited<ReturnType<typeof loadLevelWithStory>>, { ok: true }>;

/** A file's bytes under a cap, or a refusal saying why not (a wrong path is a user's mistake, not a crash). */
function readBytes(path: string, what: string, maximumBytes: number): Uint8Array {
  const read = readUserFile(path, maximumBytes);
  if (!read.ok) throw new Refusal(`${shortenText(path)}: cannot read the ${what}: ${read.reason}`);
  return read.bytes;
}

const levels = new Map<string, Loaded>();

/** Each map is loaded once however many replays of a folder run on it. */
async function loadMap(mapPath: string): Promise<Loaded> {
  const known = levels.get(mapPath);
  if (known !== undefined) return known;
  const mapBytes = readBytes(mapPath, 'map', MAXIMUM_IMPORT_BYTES);
  const loaded = await loadLevelWithStory({ mapPath, readFile: cappedFileReader(mapPath, MAXIMUM_IMPORT_BYTES, mapBytes), compile: cachedCompileStory() });
  if (!loaded.ok) {
    const lines = loaded.problems.slice(0, 20).map((problem) => `${mapPath}: ${shortenText(problem.place)}: ${shortenText(problem.message)}`);
    throw new Refusal([...lines, `${mapPath}: ${loaded.problems.length} problem(s); run npm run validate-map -- ${mapPath} for all of them`].join('\n'));
  }
  levels.set(mapPath, loaded);
  return loaded;
}

/** A full-game replay, played through the campaign's own chapters from New game; its splits are the chapters' ends. */
async function verifyFullGameFile(path: string, text: string): Promise<VerifiedRun> {
  const decoded = decodeFullGameReplay(text);
  if (!decoded.ok) throw new Refusal(`${path}: ${shortenText(decoded.problem.place)}: ${shortenText(decoded.problem.message)} (${decoded.problem.hint})`);
  const verdict = await verifyFullGame({ replay: decoded.value, rows: chaptersWithTests(), loadChapter: chapterLoader({ readFile: readFromDisk, compile: cachedCompileStory() }) });
  if (!verdict.verified) throw new Refusal(`${path}: NOT verified: ${verdict.reason}`);
  const splits = fullGameChapterTimes(decoded.value).map((chapter) => ({
    name: chaptersWithTests().find((row) => row.key === chapter.chapter)?.title ?? chapter.chapter,
    time: { ticks: chapter.endTicks, realMilliseconds: (chapter.endTicks * 1000) / 60 },
  }));
  return { path, mapPath: 'the campaign (src/story/chapters.ts)', categoryKey: FULL_GAME_CATEGORY, categoryName: 'Full Game', identity: FULL_GAME_CATEGORY, finishTick: verdict.ticks, catches: verdict.catches, splits, detectionPercent: 100 };
}

async function verifyFile(path: string, mapArgument: string | undefined): Promise<VerifiedRun> {
  const text = new TextDecoder().decode(readBytes(path, 'replay', MAX_REPLAY_BYTES));
  if (text.includes(`"${FULL_GAME_REPLAY_FORMAT}"`)) return verifyFullGameFile(path, text);
  const decoded = decodeReplay(text);
  if (!decoded.ok) throw new Refusal(`${path}: ${shortenText(decoded.problem.place)}: ${shortenText(decoded.problem.message)} (${decoded.problem.hint})`);
  const levelName = decoded.value.level;
  if (mapArgument === undefined && (!LEVEL_NAME.test(levelName) || levelName.includes('..'))) {
    throw new Refusal(`${path}: refused: the replay's level "${shortenText(levelName)}" is not a map name inside maps/ (letters, digits, -, _ and inner dots) (Give the map's path as the second argument.)`);
  }
  const mapPath = mapArgument ?? `maps/${levelName}.tmj`;
  const loaded = await loadMap(mapPath);
  const chapter = chapterForMap(mapPath, chaptersWithTests());
  const category = chapter === null ? { key: 'custom-level', name: `Custom level (${levelName})` } : chapterCategory(chapter);
  // Splits as the game takes them; a replay keeps no wall clock, so its real time is its play-back time.
  const segments = chapterSegments(loaded.value, chapter?.title ?? levelName);
  let ticksPlayed = 0;
  const splitter = new ChapterSplitter(emptySplitsRecord({ category: 'replay', identity: levelName, segments }), { realMilliseconds: () => (ticksPlayed * 1000) / 60 });
  const listener: TickListener = {
    afterTick: (world, events) => {
      ticksPlayed = world.tick;
      splitter.afterTick(world, events);
    },
  };
  const verdict = verifyReplay({ level: loaded.value, mapHash: loaded.mapHash, replay: decoded.value, scenes: loaded.director, listener });
  if (!verdict.verified) throw new Refusal(`${path}: NOT verified: ${verdict.reason}`);
  return {
    path,
    mapPath,
    categoryKey: category.key,
    categoryName: category.name,
    identity: runIdentity(chapter?.key ?? 'custom-level', loaded.mapHash, RULES_VERSION),
    finishTick: verdict.finishTick,
    catches: verdict.catches,
    splits: segments.map((name, index) => ({ name, time: splitter.live.splits[index] ?? null })),
    detectionPercent: decoded.value.detectionPercent ?? 100,
  };
}

function timeText(ticks: number | null): string {
  return ticks === null ? 'unfinished' : `${formatTicks(ticks)} (${ticks} ticks)`;
}

function printRun(run: VerifiedRun): void {
  console.log(`${run.path}: verified on ${run.mapPath}: ${timeText(run.finishTick)}${assistText(run)}`);
  console.log(`  category: ${run.categoryName}`);
  console.log(`  outcome: ${run.finishTick === null ? 'did not reach the exit' : 'reached the exit'}, ${run.catches === 0 ? 'never caught' : `caught ${run.catches} time(s)`}`);
  console.log(`  in-game time: ${run.finishTick === null ? 'none (unfinished)' : formatTicks(run.finishTick)}`);
  console.log('  splits:');
  const width = Math.max(...run.splits.map((split) => split.name.length));
  for (const split of run.splits) console.log(`    ${split.name.padEnd(width)}  ${split.time === null ? '-' : formatTicks(split.time.ticks)}`);
}

function writeSplitsFile(run: VerifiedRun, out: string): void {
  const record = recordAttempt(emptySplitsRecord({ category: run.categoryKey, identity: run.identity, segments: run.splits.map((split) => split.name) }), {
    started: null,
    ended: null,
    splits: run.splits.map((split) => split.time),
    finished: run.finishTick !== null,
    marks: { ...PLAIN_RUN, assisted: run.detectionPercent !== 100 },
  });
  writeFileSync(out, writeLss({ gameName: 'Analog Dreams', categoryName: run.categoryName, record }));
  console.log(`  LiveSplit splits written to ${out}`);
}

/** The board a run is ranked on: its category, or beside it the category's assisted runs, never mixed with the plain ones. */
function boardName(run: VerifiedRun): string {
  return run.detectionPercent === 100 ? run.categoryName : `${run.categoryName} (assisted)`;
}

/** Every .json in a folder, verified; the runs ranked per category (finished by time, then unfinished), refusals after. */
async function verifyFolder(folder: string, mapArgument: string | undefined): Promise<boolean> {
  const names = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  const runs: VerifiedRun[] = [];
  const refused: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    if (!statSync(path).isFile()) continue;
    try {
      runs.push(await verifyFile(path, mapArgument));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refused.push(error.message);
    }
  }
  const boards = [...new Set(runs.map(boardName))].sort();
  for (const board of boards) {
    console.log(board);
    const ranked = runs
      .filter((run) => boardName(run) === board)
      .sort((a, b) => (a.finishTick ?? Number.MAX_SAFE_INTEGER) - (b.finishTick ?? Number.MAX_SAFE_INTEGER) || a.path.localeCompare(b.path));
    ranked.forEach((run, index) => {
      const place = run.finishTick === null ? '  -' : String(index + 1).padStart(3);
      console.log(`${place}. ${(run.finishTick === null ? 'unfinished' : formatTicks(run.finishTick)).padEnd(11)} ${run.path}${assistText(run)}`);
    });
  }
  if (names.length === 0) console.log(`${folder}: no .json replays in this folder`);
  for (const line of refused) console.error(`refused: ${line}`);
  console.log(`${runs.length} verified, ${refused.length} refused`);
  return refused.length === 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const lssAt = argv.indexOf('--lss');
  const lssPath = lssAt === -1 ? undefined : argv[lssAt + 1];
  const positional = argv.filter((_, index) => lssAt === -1 || (index !== lssAt && index !== lssAt + 1));
  const [target, mapArgument] = positional;
  if (target === undefined || (lssAt !== -1 && lssPath === undefined)) {
    console.error(USAGE);
    return 2;
  }
  try {
    let isFolder = false;
    try {
      isFolder = statSync(target).isDirectory();
    } catch {
      // Not there: reading it as a file says so in the usual words.
    }
    if (isFolder) {
      if (lssPath !== undefined) throw new Refusal('--lss writes one run\'s splits: give a replay file, not a folder');
      return (await verifyFolder(target, mapArgument)) ? 0 : 1;
    }
    const run = await verifyFile(target, mapArgument);
    printRun(run);
    if (lssPath !== undefined) writeSplitsFile(run, lssPath);
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exit(await main(process.argv.slice(2)));
