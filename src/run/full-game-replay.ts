// A full-game replay: New game to the end of the last chapter, as one readable JSON file. Each chapter keeps
// its own seed, map hash and run identity, and its inputs split into the parts the player went through
// (intro scene, level, outro scene, or the scene that is the whole chapter), in the letters of replay.ts,
// so a reader sees the chapters and a diff shows which one changed. Re-simulating it through the campaign
// runner (src/story/verify-full-game.ts) is what trusts its times; this file only reads and writes it.
import { RULES_VERSION } from '../sim/rules-version.ts';
import type { InputFrame } from '../sim/types.ts';
import { isRunIdentity, runIdentity } from './run-identity.ts';
import { MAX_REPLAY_TICKS, checkRules, readReplayObject, decodeChoices, decodeInputRuns, encodeInputRuns, type ReplayChoice, type ReplayProblem } from './replay.ts';

export const FULL_GAME_REPLAY_FORMAT = 'analog-dreams-full-game-replay';
export const FULL_GAME_REPLAY_VERSION = 1;

export type FullGamePartName = 'intro' | 'level' | 'outro' | 'chapter';
const PART_NAMES: readonly FullGamePartName[] = ['intro', 'level', 'outro', 'chapter'];

export interface FullGamePart {
  readonly part: FullGamePartName;
  /** One input a step: a level's ticks and the steps of its open scenes, or a scene's steps. */
  readonly inputs: readonly InputFrame[];
  /** The choices taken, at the world tick their scene held at. */
  readonly choices: readonly ReplayChoice[];
}

export interface FullGameChapter {
  readonly chapter: string;
  /** The loader's hash of everything the chapter reads: another map or story is another run. */
  readonly mapHash: string;
  readonly seed: number;
  /** The chapter's in-game ticks: its level's finish tick (a scene chapter counts none). */
  readonly ticks: number;
  readonly parts: readonly FullGamePart[];
}

export interface FullGameReplay {
  /** The chapter New game starts at. */
  readonly from: string;
  readonly chapters: readonly FullGameChapter[];
  /** The story flags as the last chapter left them: what the campaign carried to its end. */
  readonly flags: Readonly<Record<string, number>>;
}

export type FullGameReplayResult = { readonly ok: true; readonly value: FullGameReplay } | { readonly ok: false; readonly problem: ReplayProblem };

/** The in-game time of the whole run: every chapter's ticks. */
export function fullGameTicks(replay: FullGameReplay): number {
  return replay.chapters.reduce((total, chapter) => total + chapter.ticks, 0);
}

/** Each chapter of a replay with its ticks and the tick of the run it ended at (a verified file's are the run's). */
export function fullGameChapterTimes(replay: FullGameReplay): { readonly chapter: string; readonly ticks: number; readonly endTicks: number }[] {
  let endTicks = 0;
  return replay.chapters.map(({ chapter, ticks }) => {
    endTicks += ticks;
    return { chapter, ticks, endTicks };
  });
}

/** Every step's input in the order the campaign plays them. */
export function fullGameInputs(replay: FullGameReplay): InputFrame[] {
  return replay.chapters.flatMap((chapter) => chapter.parts.flatMap((part) => [...part.inputs]));
}

function choiceText(choice: ReplayChoice): string {
  return `tick ${choice.tick}: option ${choice.option + 1}`;
}

export function encodeFullGameReplay(replay: FullGameReplay): string {
  const chapters = replay.chapters.map((chapter) => {
    const parts = chapter.parts.map((part) => {
      const head = JSON.stringify({ part: part.part, steps: part.inputs.length, choices: part.choices.map(choiceText) });
      const runs = encodeInputRuns(part.inputs).map((run) => `            ${run}`).join(',\n');
      return `        ${head.slice(0, -1)},\n          "inputs": [\n${runs}\n          ]\n        }`;
    });
    const head = {
      chapter: chapter.chapter,
      // Written for a reader and checked on reading: the race this chapter's part of the run belongs to.
      identity: runIdentity(chapter.chapter, chapter.mapHash, RULES_VERSION),
      mapHash: chapter.mapHash,
      seed: chapter.seed,
      ticks: chapter.ticks,
    };
    return `    ${JSON.stringify(head).slice(0, -1)},\n      "parts": [\n${parts.join(',\n')}\n      ]\n    }`;
  });
  const header = {
    format: FULL_GAME_REPLAY_FORMAT,
    version: FULL_GAME_REPLAY_VERSION,
    // Only ever encoded from a run of this build, so played under this build's rules.
    rules: RULES_VERSION,
    category: 'Full Game',
    from: replay.from,
    ticks: fullGameTicks(replay),
    flags: replay.flags,
  };
  return `${JSON.stringify(header, null, 2).slice(0, -2)},\n  "chapters": [\n${chapters.join(',\n')}\n  ]\n}\n`;
}

type Fail = (message: string, place: string, hint?: string) => { readonly ok: false; readonly problem: ReplayProblem };
const fail: Fail = (message, place, hint = 'the file was edited') => ({ ok: false, problem: { message, place, hint } });

function isWholeNumber(value: unknown, maximum: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= maximum;
}

function decodePart(value: unknown, place: string, stepsLeft: number): { ok: true; value: FullGamePart } | ReturnType<Fail> {
  if (typeof value !== 'object' || value === null) return fail('a part must be an object', place);
  const record = value as Record<string, unknown>;
  if (!PART_NAMES.includes(record.part as FullGamePartName)) return fail(`part must be one of ${PART_NAMES.join(', ')}`, `${place}.part`);
  if (!isWholeNumber(record.steps, stepsLeft)) return fail(`steps must be a whole number (at most ${stepsLeft} are left of the file's limit)`, `${place}.steps`);
  const choices = decodeChoices(record.choices);
  if (choices === null) return fail('choices must be a list of "tick T: option N"', `${place}.choices`);
  const inputs = decodeInputRuns(record.inputs, { place: `${place}.inputs`, maximumSteps: record.steps });
  if (!inputs.ok) return { ok: false, problem: inputs.problem };
  if (inputs.frames.length !== record.steps) return fail(`the runs add up to ${inputs.frames.length} steps, not ${record.steps}`, `${place}.inputs`);
  return { ok: true, value: { part: record.part as FullGamePartName, inputs: inputs.frames, choices } };
}

function decodeChapter(value: unknown, place: string, stepsLeft: number): { ok: true; value: FullGameChapter } | ReturnType<Fail> {
  if (typeof value !== 'object' || value === null) return fail('a chapter must be an object', place);
  const record = value as Record<string, unknown>;
  const { chapter, identity, mapHash, seed, ticks, parts } = record;
  if (typeof chapter !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(chapter)) return fail('chapter must be a chapter key (kebab-case)', `${place}.chapter`);
  if (typeof mapHash !== 'string' || !/^[0-9a-f]{8}$/.test(mapHash)) return fail('mapHash is not 8 hex digits', `${place}.mapHash`);
  if (typeof identity !== 'string' || !isRunIdentity(identity) || identity !== runIdentity(chapter, mapHash, RULES_VERSION)) {
    return fail(`identity ${JSON.stringify(identity)} is not ${runIdentity(chapter, mapHash, RULES_VERSION)} (the chapter, its map hash and the rules)`, `${place}.identity`);
  }
  if (!isWholeNumber(seed, 0xffffffff)) return fail('seed is not a 32-bit unsigned integer', `${place}.seed`);
  if (!isWholeNumber(ticks, MAX_REPLAY_TICKS)) return fail(`ticks must be a whole number from 0 to ${MAX_REPLAY_TICKS}`, `${place}.ticks`);
  if (!Array.isArray(parts) || parts.length === 0 || parts.length > PART_NAMES.length) return fail('parts must be a list of one to four parts', `${place}.parts`);
  const decoded: FullGamePart[] = [];
  let left = stepsLeft;
  for (const [index, part] of (parts as unknown[]).entries()) {
    const result = decodePart(part, `${place}.parts[${index}]`, left);
    if (!result.ok) return result;
    decoded.push(result.value);
    left -= result.value.inputs.length;
  }
  return { ok: true, value: { chapter, mapHash, seed, ticks, parts: decoded } };
}

function decodeFlags(value: unknown): Record<string, number> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.every(([, flag]) => Number.isSafeInteger(flag)) ? Object.fromEntries(entries) as Record<string, number> : null;
}

export function decodeFullGameReplay(text: string): FullGameReplayResult {
  const read = readReplayObject(text, { name: FULL_GAME_REPLAY_FORMAT, says: 'an Analog Dreams full-game replay' });
  if (!read.ok) return read;
  const { record } = read;
  if (record.version !== FULL_GAME_REPLAY_VERSION) {
    return fail(`version ${JSON.stringify(record.version)} is not supported`, 'version', `this build reads version ${FULL_GAME_REPLAY_VERSION}: record the run again`);
  }
  const rulesProblem = checkRules(record.rules);
  if (rulesProblem !== null) return { ok: false, problem: rulesProblem };
  if (typeof record.from !== 'string' || record.from === '') return fail('from must name the first chapter', 'from');
  const flags = decodeFlags(record.flags);
  if (flags === null) return fail('flags must map names to whole numbers', 'flags');
  if (!Array.isArray(record.chapters) || record.chapters.length === 0) return fail('chapters must be a list of at least one chapter', 'chapters');
  const chapters: FullGameChapter[] = [];
  // One hour of steps over the whole run, as for one chapter's replay.
  let stepsLeft = MAX_REPLAY_TICKS;
  for (const [index, chapter] of (record.chapters as unknown[]).entries()) {
    const result = decodeChapter(chapter, `chapters[${index}]`, stepsLeft);
    if (!result.ok) return result;
    chapters.push(result.value);
    stepsLeft -= result.value.parts.reduce((steps, part) => steps + part.inputs.length, 0);
  }
  const value: FullGameReplay = { from: record.from, chapters, flags };
  if (record.ticks !== fullGameTicks(value)) return fail(`ticks ${JSON.stringify(record.ticks)} is not the chapters' sum (${fullGameTicks(value)})`, 'ticks');
  return { ok: true, value };
}
