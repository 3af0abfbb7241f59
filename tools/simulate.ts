// npm run simulate -- <map> (--replay <file> | --inputs "30R,12URr,5") [--seed N] [--footsteps]
// Re-runs a map with inputs in Node, as the game would, and prints one JSON line per event (footsteps
// only with --footsteps), then one summary line. Level builders check a route with it; tests run it as a
// process. Inputs: comma-separated runs of <ticks><keys>, keys in the replay form [U|D][L|R][s][r]
// (s sneak, r run); no keys is standing still.
import { loadLevelWithStory } from '../src/story/level-story.ts';
import { digestProblems, moreProblemsLine } from '../src/level/problem-digest.ts';
import { MAXIMUM_IMPORT_BYTES } from '../src/platform/file-import.ts';
import { MAX_REPLAY_BYTES, decodeInputFrame, decodeReplay } from '../src/run/replay.ts';
import { createWorld, hashWorld, step } from '../src/sim/index.ts';
import type { InputFrame, SimEvent, World } from '../src/sim/types.ts';
import { NO_INPUT } from '../src/sim/types.ts';
import { NIGHT_ESCAPE, chapterForMap } from '../src/story/chapters.ts';
import { chaptersWithTests } from '../src/story/test-chapters.ts';
import { SEED_RANGE, TICKS_RANGE, parseWholeNumber } from './command-line.ts';
import { cappedFileReader, readUserFile } from './read-capped-file.ts';
import { cachedCompileStory } from './ink-cache.ts';

function fail(message: string): never {
  console.error(`simulate: ${message}`);
  console.error('usage: npm run simulate -- <map.tmj | map.tmx | map name> (--replay <file> | --inputs "30R,12URr,5") [--seed N] [--footsteps]');
  process.exit(2);
}

/** "30R,12URr,5" into frames; a run without a count is one tick. The total is checked before any frame is made. */
function parseInputs(text: string): InputFrame[] {
  const runs: { readonly count: number; readonly frame: InputFrame }[] = [];
  let total = 0;
  for (const part of text.split(',').map((piece) => piece.trim()).filter((piece) => piece !== '')) {
    const match = /^(\d*)([A-Za-z]*)$/.exec(part);
    const frame = match ? decodeInputFrame(match[2]!) : null;
    if (!match || frame === null) fail(`"${part}" is not <ticks><keys> with keys in the form [U|D][L|R][s][r]`);
    const count = match[1] === '' ? 1 : parseWholeNumber(match[1]!, { name: `the ticks of "${part}"`, ...TICKS_RANGE });
    if (typeof count !== 'number') fail(count.problem);
    total += count;
    if (total > TICKS_RANGE.max) fail(`--inputs add up to more than ${TICKS_RANGE.max} ticks, the most a replay holds`);
    runs.push({ count, frame });
  }
  const frames: InputFrame[] = [];
  for (const { count, frame } of runs) for (let tick = 0; tick < count; tick += 1) frames.push(frame);
  return frames;
}

function argumentAfter(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
}

const mapArgument = process.argv[2];
if (mapArgument === undefined || mapArgument.startsWith('--')) fail('name a map');
// A path (a map file, or anything with a folder in it) is used as given; a bare name is a map in maps/.
const mapPath = /\.(?:tmj|tmx|json)$/i.test(mapArgument) || /[\\/]/.test(mapArgument) ? mapArgument : `maps/${mapArgument}.tmj`;

const replayPath = argumentAfter('--replay');
const inputText = argumentAfter('--inputs');
if ((replayPath === undefined) === (inputText === undefined)) fail('give exactly one of --replay and --inputs');
let inputs: InputFrame[];
let seed = chapterForMap(mapPath, chaptersWithTests())?.seed ?? NIGHT_ESCAPE.seed;
if (replayPath !== undefined) {
  const read = readUserFile(replayPath, MAX_REPLAY_BYTES);
  if (!read.ok) fail(`${replayPath}: cannot read the replay: ${read.reason}`);
  const decoded = decodeReplay(new TextDecoder().decode(read.bytes));
  if (!decoded.ok) fail(`${replayPath}: ${decoded.problem.place}: ${decoded.problem.message}`);
  inputs = [...decoded.value.inputs];
  seed = decoded.value.seed;
} else {
  inputs = parseInputs(inputText!);
}
const seedText = argumentAfter('--seed');
if (seedText !== undefined) {
  const parsed = parseWholeNumber(seedText, { name: '--seed', ...SEED_RANGE });
  if (typeof parsed !== 'number') fail(parsed.problem);
  seed = parsed;
}
// The map is read last: a mistyped argument is refused before any file is.
const loaded = await loadLevelWithStory({ mapPath, readFile: cappedFileReader(mapPath, MAXIMUM_IMPORT_BYTES), compile: cachedCompileStory() });
if (!loaded.ok) {
  const digest = digestProblems(loaded.problems);
  const lines = digest.entries.map((problem) => `${mapPath}: ${problem.place}: ${problem.message}`);
  const more = moreProblemsLine(digest);
  fail([...lines, ...(more === null ? [] : [`${mapPath}: ${more}`])].join('\n'));
}
const level = loaded.value;
const footsteps = process.argv.includes('--footsteps');

const world: World = createWorld(level, { seed, scenes: loaded.director });
const nameOf = (id: number): string => world.enforcers.find((enforcer) => enforcer.id === id)?.name ?? String(id);

/** One event as a JSON line: Enforcer ids become their names in the map. */
function line(tick: number, event: SimEvent): Record<string, unknown> {
  const { type, ...rest } = event;
  const out: Record<string, unknown> = { tick, type };
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'enforcerId') out.enforcer = nameOf(value as number);
    else if (key === 'recipients') out.recipients = (value as number[]).map(nameOf);
    else out[key] = value;
  }
  return out;
}

let sentBack = 0;
const counts: Record<string, number> = {};
for (const frame of [...inputs, ...(inputs.length === 0 ? [NO_INPUT] : [])]) {
  if (world.status !== 'playing') break;
  for (const event of step(world, frame)) {
    counts[event.type] = (counts[event.type] ?? 0) + 1;
    if (event.type === 'sent-back') sentBack += 1;
    if (event.type === 'footstep' && !footsteps) continue;
    console.log(JSON.stringify(line(world.tick, event)));
  }
}
console.log(
  JSON.stringify({
    type: 'summary',
    map: mapPath,
    seed,
    ticks: world.tick,
    finished: world.status === 'finished',
    finishTick: world.finishTick,
    catches: world.catches,
    sentBack,
    alert: world.alert.level,
    states: Object.fromEntries(world.enforcers.map((enforcer) => [enforcer.name, enforcer.state.name])),
    events: counts,
    hash: hashWorld(world),
  }),
);
