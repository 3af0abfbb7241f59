// A golden replay is a contract: the same inputs must reach the exit at the same tick with the same world.
// When a rule changes on purpose, re-record with `npm run record-golden` and say why in the commit:
//   npm run record-golden -- maps/dream-space.tmj --via 21,11:wake 30,20:wake 36,6:wake 19,6:dream
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';
import { decodeReplay, encodeReplay } from '../../src/run/replay.ts';
import { hashTexts } from '../../src/tiled/text-hash.ts';
import { runReplay, verifyReplay } from '../../src/run/verify-replay.ts';

/** Each level chapter's golden run: the map it was recorded on, by the chapter's own key. */
const GOLDEN_CHAPTERS = ['bedroom', 'hidden-door', 'dream-space', 'night-escape'] as const;

/**
 * Loaded afresh each call, with the map's dream rule map and its story, as the game loads them: two runs
 * share no level object, so no cache can hide a difference.
 */
async function load(key: string) {
  const { level, mapHash, scenes } = await loadMapFromDisk(`maps/${key}.tmj`);
  const replay = decodeReplay(readFileSync(`tests/golden/${key}.replay.json`, 'utf8'));
  if (!replay.ok) throw new Error(replay.problem.message);
  return { level, mapHash, scenes, replay: replay.value };
}

describe('golden replays', () => {
  it('hash the map with its files, whatever line endings the checkout has', async () => {
    const { replay, mapHash } = await load('night-escape');
    expect(replay.mapHash).toBe(mapHash);
    const texts = ['{\n"a": 1\n}\n', 'rules\n'];
    expect(hashTexts(texts.map((text) => text.replaceAll('\n', '\r\n')))).toBe(hashTexts(texts));
    // The hash covers every file, not only the map: a change in the rule map is another map.
    expect(hashTexts([texts[0]!, 'rules!\n'])).not.toBe(hashTexts(texts));
  });
});

describe.each(GOLDEN_CHAPTERS)('golden replay: %s', (key) => {
  it('was recorded on this map and its files', async () => {
    const { replay, mapHash } = await load(key);
    expect(replay.mapHash).toBe(mapHash);
  });

  it('reaches the exit at the recorded tick with the recorded world', async () => {
    const { level, mapHash, scenes, replay } = await load(key);
    expect(replay.finishTick).not.toBeNull();
    const run = runReplay(level, replay, { scenes });
    expect(run.finishTick).toBe(replay.finishTick);
    expect(run.finalHash).toBe(replay.finalHash);
    expect(run.world.catches).toBe(0);
    expect(verifyReplay({ level, mapHash, replay, scenes: (await load(key)).scenes })).toMatchObject({ verified: true, finishTick: replay.finishTick, catches: 0 });
    // The scenes (talks, clues, the merge) are part of the run: without its story the inputs play another game.
    expect(verifyReplay({ level, mapHash, replay, scenes: null })).toMatchObject({ verified: false });
  });

  it('runs twice to the same world hash every 60 ticks', async () => {
    const { level, scenes, replay } = await load(key);
    const first = runReplay(level, replay, { scenes });
    const again = await load(key);
    const second = runReplay(again.level, replay, { scenes: again.scenes });
    expect(first.checkpoints.length).toBeGreaterThan(5);
    expect(second.checkpoints).toEqual(first.checkpoints);
    expect(new Set(first.checkpoints).size).toBe(first.checkpoints.length);
  });

  it('refuses a tampered time and a replay of another map', async () => {
    const { level, mapHash, scenes, replay } = await load(key);
    const verify = (tampered: typeof replay, hash = mapHash): ReturnType<typeof verifyReplay> => verifyReplay({ level, mapHash: hash, replay: tampered, scenes });
    expect(verify({ ...replay, finishTick: (replay.finishTick ?? 0) - 1 })).toMatchObject({ verified: false });
    expect(verify({ ...replay, inputs: replay.inputs.slice(0, -30) })).toMatchObject({ verified: false });
    expect(verify(replay, '00000000')).toMatchObject({ verified: false, reason: expect.stringContaining('another version of the map') as string });
    expect(verify({ ...replay, choices: [{ tick: 5, option: 0 }] })).toMatchObject({ verified: false, reason: expect.stringContaining('choices') as string });
    // Inputs appended after the finish play no part, but a recorder never writes them.
    const padded = { ...replay, inputs: [...replay.inputs, ...replay.inputs.slice(0, 40)] };
    expect(verify(padded)).toEqual({ verified: false, reason: `the replay holds 40 input(s) after the finish at tick ${replay.finishTick}` });
  });

  it('the file on disk is exactly what the encoder writes', async () => {
    expect(encodeReplay((await load(key)).replay)).toBe(readFileSync(`tests/golden/${key}.replay.json`, 'utf8'));
  });
});

// Route replays (tools/record-golden.ts --via ... --name ...): each proves that one more way through the
// map can still be played, never caught. "More than one way through" is a property of the level. A route
// is named after its chapter's golden: `<chapter>-<route>.replay.json`.
const routeReplays = (key: string): string[] => readdirSync('tests/golden').filter((file) => file.startsWith(`${key}-`) && file.endsWith('.replay.json'));
const ROUTES = GOLDEN_CHAPTERS.flatMap((key) => routeReplays(key).map((file) => ({ key, file })));

describe('route replays', () => {
  it.each(GOLDEN_CHAPTERS)('prove at least one way through %s besides the golden run', (key) => {
    expect(routeReplays(key).length).toBeGreaterThan(0);
  });

  it.each(ROUTES)('$file reaches the exit never caught, at its recorded tick', async ({ key, file }) => {
    const decoded = decodeReplay(readFileSync(`tests/golden/${file}`, 'utf8'));
    if (!decoded.ok) throw new Error(decoded.problem.message);
    const { level, mapHash, scenes } = await load(key);
    expect(verifyReplay({ level, mapHash, replay: decoded.value, scenes })).toMatchObject({ verified: true, finishTick: decoded.value.finishTick, catches: 0 });
    expect(runReplay(level, decoded.value, { scenes: (await load(key)).scenes }).world.catches).toBe(0);
  });

  it.each(ROUTES)('$file on disk is exactly what the encoder writes (so it records the rules version)', ({ file }) => {
    const text = readFileSync(`tests/golden/${file}`, 'utf8');
    const decoded = decodeReplay(text);
    if (!decoded.ok) throw new Error(decoded.problem.message);
    expect(encodeReplay(decoded.value)).toBe(text);
  });
});
