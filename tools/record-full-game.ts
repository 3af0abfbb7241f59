// Records tests/golden/full-game.replay.json: the campaign runner played from New game to the end of the
// aftermath, each level chapter with its golden inputs (tests/golden/<key>.replay.json), each scene outside
// a level skipped, and at a scene's choices the option `--choose` (from 1; the last one when fewer are
// offered), so the aftermath tells the story Leo told. A level plays the same in the campaign as alone (what
// a chapter hands on is flags its story reads; its children start where its map draws them), so its golden
// finishes here too; another route of a chapter is given with --level:
//   npm run record-full-game -- --level night-escape=tests/golden/night-escape-lane.replay.json [--choose 2] [--out file]
// The file is written only when it verifies, re-played from the file itself.
import { readFileSync } from 'node:fs';
import { encodeFullGameReplay, decodeFullGameReplay, fullGameChapterTimes, fullGameTicks } from '../src/run/full-game-replay.ts';
import { decodeReplay } from '../src/run/replay.ts';
import { formatTicks } from '../src/run/time-format.ts';
import { NO_INPUT, type InputFrame } from '../src/sim/index.ts';
import { CampaignRunner } from '../src/story/campaign-runner.ts';
import { chapterLoader } from '../src/story/chapter-loader.ts';
import { CHAPTERS } from '../src/story/chapters.ts';
import { fullGameReplay, verifyFullGame } from '../src/story/verify-full-game.ts';
import { readFromDisk } from './read-capped-file.ts';
import { RefusedWriteError, writeUserFile } from './write-user-file.ts';
import { cachedCompileStory } from './ink-cache.ts';

const options = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => {
  const index = options.indexOf(flag);
  return index === -1 ? undefined : options[index + 1];
};
const out = valueOf('--out') ?? 'tests/golden/full-game.replay.json';
const choose = Number(valueOf('--choose') ?? '2') - 1;
if (!Number.isInteger(choose) || choose < 0 || choose > 9) throw new Error('--choose takes an option number from 1 to 10');
const partFiles = new Map(options.flatMap((option, index) => (options[index - 1] === '--level' ? [option.split('=') as [string, string]] : [])));

/** Each level chapter's inputs: its --level file, else its golden replay. */
function levelInputs(key: string): InputFrame[] {
  const path = partFiles.get(key) ?? `tests/golden/${key}.replay.json`;
  const decoded = decodeReplay(readFileSync(path, 'utf8'));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.problem.place}: ${decoded.problem.message}`);
  return [...decoded.value.inputs];
}

const loadChapter = chapterLoader({ readFile: readFromDisk, compile: cachedCompileStory() });
let held: InputFrame = NO_INPUT;
const runner = new CampaignRunner({ loadChapter, input: { sample: () => held, reset: () => undefined }, timeSource: { now: () => 0 } });
const first = CHAPTERS[0]!.key;
const problem = await runner.begin(first);
if (problem !== null) throw new Error(`${problem.place}: ${problem.message}`);
/** Each level chapter's inputs and how many of them it has played. */
const levels = new Map<string, { readonly inputs: InputFrame[]; next: number }>();
while (runner.phase.kind !== 'finished') {
  const phase = runner.phase;
  if (phase.kind === 'failed') throw new Error(`${phase.problem.place}: ${phase.problem.message}`);
  if (phase.kind === 'chapter-end') {
    const advanced = await runner.advance();
    if (advanced !== null) throw new Error(`${advanced.place}: ${advanced.message}`);
    continue;
  }
  if (phase.kind === 'scene') {
    const offered = phase.scene.display.choices.length;
    held = offered > 0 ? { ...NO_INPUT, choice: Math.min(choose, offered - 1) } : { ...NO_INPUT, skip: true };
  } else if (phase.kind === 'level') {
    const level = levels.get(phase.row.key) ?? { inputs: levelInputs(phase.row.key), next: 0 };
    levels.set(phase.row.key, level);
    const frame = level.inputs[level.next];
    if (frame === undefined) {
      const { world } = phase.session;
      throw new Error(`${phase.row.key}: its inputs end at tick ${world.tick} before the exit (caught ${world.catches} time(s)): its golden no longer finishes in the campaign: re-record it (npm run record-golden) or give another part with --level`);
    }
    held = frame;
    level.next += 1;
  }
  runner.tick();
}
const replay = fullGameReplay({ record: runner.record, rows: CHAPTERS, flags: runner.progress?.carried.flags ?? {} });
const text = encodeFullGameReplay(replay);
const decoded = decodeFullGameReplay(text);
if (!decoded.ok) throw new Error(`the written file does not read back: ${decoded.problem.place}: ${decoded.problem.message}`);
const verdict = await verifyFullGame({ replay: decoded.value, rows: CHAPTERS, loadChapter });
if (!verdict.verified) throw new Error(`the written file does not verify: ${verdict.reason}`);
try {
  writeUserFile(out, text);
} catch (error) {
  if (!(error instanceof RefusedWriteError)) throw error;
  console.error(`${out}: ${error.message}`);
  process.exit(1);
}
for (const chapter of fullGameChapterTimes(replay)) console.log(`  ${chapter.chapter.padEnd(13)} ${String(chapter.ticks).padStart(5)} ticks, ends at ${chapter.endTicks}`);
console.log(`${out}: the full game in ${fullGameTicks(replay)} ticks (${formatTicks(fullGameTicks(replay))}), caught ${verdict.catches} time(s)`);
