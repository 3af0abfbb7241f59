// Re-stamps the golden replays after a rules change that adds world state but plays the same: each replay
// keeps its inputs, takes the current RULES_VERSION and map hash, and the final hash its run gives now.
// It refuses (exit 1, nothing written) when a run no longer finishes at its recorded tick: that is a
// changed game, to be re-recorded on purpose with record-golden.ts.
//   npm run restamp-golden -- [tests/golden/x.replay.json ...]   (default: every golden replay)
// Replays are read through the tools' capped reader and written back through their one writer.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_REPLAY_BYTES, decodeReplay, encodeReplay } from '../src/run/replay.ts';
import { runReplay } from '../src/run/verify-replay.ts';
import { RULES_VERSION } from '../src/sim/rules-version.ts';
import { chapterByKey, isLevelChapter } from '../src/story/chapters.ts';
import { chaptersWithTests } from '../src/story/test-chapters.ts';
import { loadMapFromDisk, readUserFile } from './read-capped-file.ts';
import { RefusedWriteError, writeUserFile } from './write-user-file.ts';

const GOLDEN = 'tests/golden';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(GOLDEN).filter((name) => name.endsWith('.replay.json')).map((name) => join(GOLDEN, name));

let failed = false;
for (const path of paths) {
  const read = readUserFile(path, MAX_REPLAY_BYTES);
  if (!read.ok) {
    console.error(`${path}: ${read.reason}`);
    failed = true;
    continue;
  }
  const text = new TextDecoder().decode(read.bytes);
  // The rules field is what changed: read the replay as if it were current; its inputs decode the same.
  const decoded = decodeReplay(text.replace(/"rules":\s*\d+/, `"rules": ${RULES_VERSION}`));
  if (!decoded.ok) {
    console.error(`${path}: ${decoded.problem.message}`);
    failed = true;
    continue;
  }
  const replay = decoded.value;
  const chapter = chapterByKey(replay.level, chaptersWithTests().filter(isLevelChapter));
  if (chapter === null) {
    console.error(`${path}: no chapter "${replay.level}"`);
    failed = true;
    continue;
  }
  const { level, mapHash, scenes } = await loadMapFromDisk(chapter.mapPath);
  const run = runReplay(level, replay, { scenes });
  if (run.finishTick !== replay.finishTick) {
    console.error(`${path}: finishes at tick ${run.finishTick ?? 'never'}, recorded ${replay.finishTick ?? 'never'}: re-record it with record-golden.ts`);
    failed = true;
    continue;
  }
  try {
    // The replay itself is what is re-stamped: the map is the one input it must not overwrite.
    writeUserFile(path, encodeReplay({ ...replay, mapHash, finalHash: run.finalHash }), { inputs: [chapter.mapPath] });
  } catch (error) {
    if (!(error instanceof RefusedWriteError)) throw error;
    console.error(`${path}: ${error.message}`);
    failed = true;
    continue;
  }
  console.log(`${path}: tick ${run.finishTick ?? 'never'}, hash ${replay.finalHash} -> ${run.finalHash}`);
}
process.exit(failed ? 1 : 0);
