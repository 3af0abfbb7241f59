// The full-game golden replay: New game to the end of the aftermath through the campaign runner, with the
// flags each chapter hands the next. Each level chapter is played by its own golden's inputs (a level plays
// the same in the campaign as alone). Re-record on purpose with `npm run record-full-game`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION, type WorldStart } from '../../src/sim/index.ts';
import { CampaignRunner } from '../../src/story/campaign-runner.ts';
import { decodeFullGameReplay, encodeFullGameReplay, fullGameChapterTimes, fullGameInputs, fullGameTicks, type FullGameReplay } from '../../src/run/full-game-replay.ts';
import { ReplayInput } from '../../src/run/input-source.ts';
import { decodeReplay } from '../../src/run/replay.ts';
import { chapterLoader } from '../../src/story/chapter-loader.ts';
import { CHAPTERS } from '../../src/story/chapters.ts';
import { verifyFullGame } from '../../src/story/verify-full-game.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';

const FILE = 'tests/golden/full-game.replay.json';
const text = readFileSync(FILE, 'utf8');

function load(): FullGameReplay {
  const decoded = decodeFullGameReplay(text);
  if (!decoded.ok) throw new Error(`${decoded.problem.place}: ${decoded.problem.message}`);
  return decoded.value;
}

const verify = (replay: FullGameReplay): ReturnType<typeof verifyFullGame> => verifyFullGame({ replay, rows: CHAPTERS, loadChapter: chapterLoader({ readFile: readFromDisk }) });

/** What the campaign hands the chapter `key` (its flags and followers) as the file's inputs play it from New game. */
async function handedTo(replay: FullGameReplay, key: string): Promise<WorldStart> {
  const runner = new CampaignRunner({ chapters: CHAPTERS, loadChapter: chapterLoader({ readFile: readFromDisk }), input: new ReplayInput(fullGameInputs(replay)), timeSource: { now: () => 0 } });
  expect(await runner.begin(replay.from)).toBeNull();
  for (let step = 0; step < 100_000 && runner.chapter?.key !== key; step += 1) {
    if (runner.phase.kind === 'chapter-end') expect(await runner.advance()).toBeNull();
    else runner.tick();
  }
  expect(runner.progress?.chapter).toBe(key);
  return runner.progress!.carried;
}

describe('the full-game golden replay', () => {
  it('plays every chapter from New game to the end of the aftermath at the recorded ticks', async () => {
    const replay = load();
    expect(replay.chapters.map((chapter) => chapter.chapter)).toEqual(['bedroom', 'hidden-door', 'dream-space', 'night-escape', 'aftermath']);
    const verdict = await verify(replay);
    if (!verdict.verified) throw new Error(verdict.reason);
    expect(verdict.ticks).toBe(fullGameTicks(replay));
    // Verified, every chapter ended at the file's tick. Every level chapter takes time; the aftermath is a
    // scene and counts none.
    const chapters = fullGameChapterTimes(replay);
    expect(chapters.slice(0, 4).every((chapter) => chapter.ticks > 0)).toBe(true);
    expect(chapters.at(-1)).toMatchObject({ chapter: 'aftermath', ticks: 0, endTicks: verdict.ticks });
    expect(verdict.catches).toBe(0);
    // What reaches the aftermath: each chapter's flags, and the children the night escape brought out
    // (counted at its exit), whoever joined in the dream space.
    const intoAftermath = await handedTo(replay, 'aftermath');
    expect(intoAftermath.flags).toMatchObject({ hidden_door_open: 1, storybook_found: 1, fragments: 3, leo_met: 1, leo_story: 1, tomas_joined: 1, ayla_joined: 1, dream_merged: 1 });
    expect(intoAftermath.flags).toMatchObject({ children_out: 2, tomas_out: 1, ayla_out: 1, pip_out: 0, juno_out: 0 });
    expect(intoAftermath.followers).toEqual(['Ayla', 'Tomas']);
    // The night escape is its chapter golden's own run: the same inputs, the same finish tick.
    const nightEscape = replay.chapters.find((chapter) => chapter.chapter === 'night-escape')!;
    const golden = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
    if (!golden.ok) throw new Error(golden.problem.message);
    expect(nightEscape.ticks).toBe(golden.value.finishTick);
    expect(nightEscape.parts.find((part) => part.part === 'level')!.inputs).toEqual(golden.value.inputs);
    // The aftermath's choice is recorded (verified, the campaign ended with the file's flags): the story
    // Mira tells at bedtime is the one Leo told.
    expect(replay.flags).toMatchObject({ bedtime_story: 2 });
  });

  it('is exactly what the encoder writes, and names the rules and each chapter\'s race', () => {
    expect(encodeFullGameReplay(load())).toBe(text);
    const json = JSON.parse(text) as { rules: number; chapters: { identity: string; mapHash: string }[] };
    expect(json.rules).toBe(RULES_VERSION);
    expect(json.chapters[0]!.identity).toBe(`bedroom/${json.chapters[0]!.mapHash}/r${RULES_VERSION}`);
  });

  it('refuses a tampered time, other inputs, another map and other rules', async () => {
    const replay = load();
    const nightEscape = replay.chapters.findIndex((chapter) => chapter.chapter === 'night-escape');
    const withChapter = (index: number, change: Partial<FullGameReplay['chapters'][number]>): FullGameReplay => ({
      ...replay,
      chapters: replay.chapters.map((chapter, at) => (at === index ? { ...chapter, ...change } : chapter)),
    });
    const faster = withChapter(nightEscape, { ticks: replay.chapters[nightEscape]!.ticks - 60 });
    expect(await verify(faster)).toEqual({ verified: false, reason: `chapter night-escape ends at tick ${replay.chapters[nightEscape]!.ticks}, the replay claims ${replay.chapters[nightEscape]!.ticks - 60}` });
    const level = replay.chapters[nightEscape]!.parts.find((part) => part.part === 'level')!;
    const cut = withChapter(nightEscape, { parts: replay.chapters[nightEscape]!.parts.map((part) => (part === level ? { ...part, inputs: part.inputs.slice(0, -40) } : part)) });
    expect(await verify(cut)).toMatchObject({ verified: false });
    expect(await verify(withChapter(0, { mapHash: '00000000' }))).toMatchObject({ verified: false, reason: expect.stringContaining('another version of its map') as string });
    expect(await verify({ ...replay, flags: { ...replay.flags, leo_story: 3 } })).toMatchObject({ verified: false, reason: expect.stringContaining('flags') as string });

    // In the file: a total that is not the chapters' sum, an identity that is not its map's, other rules.
    const decode = (edited: string): ReturnType<typeof decodeFullGameReplay> => decodeFullGameReplay(edited);
    const total = fullGameTicks(replay);
    expect(decode(text.replace(`"ticks": ${total},`, `"ticks": ${total - 1},`))).toMatchObject({ ok: false, problem: { place: 'ticks' } });
    const firstHash = replay.chapters[0]!.mapHash;
    expect(decode(text.replace(`"mapHash":"${firstHash}"`, '"mapHash":"00000000"'))).toMatchObject({ ok: false, problem: { place: 'chapters[0].identity' } });
    expect(decode(text.replace(`"rules": ${RULES_VERSION},`, `"rules": ${RULES_VERSION + 1},`))).toMatchObject({ ok: false, problem: { place: 'rules', message: expect.stringContaining(`rules version ${RULES_VERSION + 1}`) as string } });
    expect(decode(text.replace('"version": 1,', '"version": 2,'))).toMatchObject({ ok: false, problem: { place: 'version' } });
  });
});
