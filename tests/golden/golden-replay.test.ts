// A golden replay is a contract: the same inputs must reach the exit at the same tick with the same world.
// When a rule changes on purpose, re-record with `npm run record-golden` and say why in the commit.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';
import { decodeReplay, encodeReplay } from '../../src/run/replay.ts';
import { hashTexts } from '../../src/tiled/text-hash.ts';
import { runReplay, verifyReplay } from '../../src/run/verify-replay.ts';

const replayText = readFileSync('tests/golden/night-escape.replay.json', 'utf8');

/**
 * Loaded afresh each call, with the map's dream rule map, as the game loads it: two runs share no level
 * object, so no cache can hide a difference.
 */
async function load() {
  const { level, mapHash, scenes } = await loadMapFromDisk('maps/night-escape.tmj');
  const replay = decodeReplay(replayText);
  if (!replay.ok) throw new Error(replay.problem.message);
  return { level, mapHash, scenes, replay: replay.value };
}

describe('golden replay: night-escape', () => {
  it('was recorded on this map and its files, whatever line endings the checkout has', async () => {
    const { replay, mapHash } = await load();
    expect(replay.mapHash).toBe(mapHash);
    const texts = ['{\n"a": 1\n}\n', 'rules\n'];
    expect(hashTexts(texts.map((text) => text.replaceAll('\n', '\r\n')))).toBe(hashTexts(texts));
    // The hash covers every file, not only the map: a change in the rule map is another map.
    expect(hashTexts([texts[0]!, 'rules!\n'])).not.toBe(hashTexts(texts));
  });

  it('reaches the exit at the recorded tick with the recorded world', async () => {
    const { level, mapHash, scenes, replay } = await load();
    expect(replay.finishTick).not.toBeNull();
    const run = runReplay(level, replay, { scenes });
    expect(run.finishTick).toBe(replay.finishTick);
    expect(run.finalHash).toBe(replay.finalHash);
    expect(run.world.catches).toBe(0);
    expect(verifyReplay({ level, mapHash, replay, scenes })).toEqual({ verified: true, finishTick: replay.finishTick });
    // The scenes (Niko's talk, the merge) are part of the run: without its story the inputs play another game.
    expect(verifyReplay({ level, mapHash, replay, scenes: null })).toMatchObject({ verified: false });
  });

  it('runs twice to the same world hash every 60 ticks', async () => {
    const { level, scenes, replay } = await load();
    const first = runReplay(level, replay, { scenes });
    const again = await load();
    const second = runReplay(again.level, replay, { scenes: again.scenes });
    expect(first.checkpoints.length).toBeGreaterThan(5);
    expect(second.checkpoints).toEqual(first.checkpoints);
    expect(new Set(first.checkpoints).size).toBe(first.checkpoints.length);
  });

  it('refuses a tampered time and a replay of another map', async () => {
    const { level, mapHash, scenes, replay } = await load();
    const faster = { ...replay, finishTick: (replay.finishTick ?? 0) - 1 };
    expect(verifyReplay({ level, mapHash, replay: faster, scenes })).toMatchObject({ verified: false });
    const shortened = { ...replay, inputs: replay.inputs.slice(0, -30) };
    expect(verifyReplay({ level, mapHash, replay: shortened, scenes })).toMatchObject({ verified: false });
    expect(verifyReplay({ level, mapHash: '00000000', replay, scenes })).toMatchObject({ verified: false, reason: expect.stringContaining('another version of the map') as string });
    const chose = { ...replay, choices: [{ tick: 5, option: 0 }] };
    expect(verifyReplay({ level, mapHash, replay: chose, scenes })).toMatchObject({ verified: false, reason: expect.stringContaining('choices') as string });
    // Inputs appended after the finish play no part, but a recorder never writes them.
    const padded = { ...replay, inputs: [...replay.inputs, ...replay.inputs.slice(0, 40)] };
    expect(verifyReplay({ level, mapHash, replay: padded, scenes })).toEqual({ verified: false, reason: `the replay holds 40 input(s) after the finish at tick ${replay.finishTick}` });
  });

  it('the file on disk is exactly what the encoder writes', async () => {
    expect(encodeReplay((await load()).replay)).toBe(replayText);
  });
});

// Route replays (tools/record-golden.ts --via ... --name ...): each proves that one more way through the
// map can still be played, never caught. "More than one way through" is a property of the level.
const ROUTE_REPLAYS = readdirSync('tests/golden').filter((file) => /^night-escape-.+\.replay\.json$/.test(file));

describe('route replays: night-escape', () => {
  it('prove at least one way through besides the golden run', () => {
    expect(ROUTE_REPLAYS).toContain('night-escape-lane.replay.json');
  });

  it.each(ROUTE_REPLAYS)('%s reaches the exit never caught, at its recorded tick', async (file) => {
    const decoded = decodeReplay(readFileSync(`tests/golden/${file}`, 'utf8'));
    if (!decoded.ok) throw new Error(decoded.problem.message);
    const { level, mapHash, scenes } = await load();
    expect(verifyReplay({ level, mapHash, replay: decoded.value, scenes })).toEqual({ verified: true, finishTick: decoded.value.finishTick });
    expect(runReplay(level, decoded.value, { scenes }).world.catches).toBe(0);
  });

  it.each(ROUTE_REPLAYS)('%s on disk is exactly what the encoder writes (so it records the rules version)', (file) => {
    const text = readFileSync(`tests/golden/${file}`, 'utf8');
    const decoded = decodeReplay(text);
    if (!decoded.ok) throw new Error(decoded.problem.message);
    expect(encodeReplay(decoded.value)).toBe(text);
  });
});
