// Replays: seed, map hash and the per-tick inputs as run-lengths, so that re-simulating verifies a time.
// The file is JSON a person can read and diff: `[[30, "R"], [12, "UR"], [5, ""]]` is 30 ticks right,
// 12 up-right, 5 still. Letters: U D L R move, s sneak, r run, x restart, i interact (a press; in a scene,
// the next line), f dream (held), t toss a marble (a press), k skip a scene's lines, c0..c9 take a scene's
// choice. A step inside a scene is one entry like a tick, though the world's tick holds still. Version 2
// added i and f, version 3 k and c: an older file is refused by its version, never read as if it had
// none. Version 4 added t; a version-3 file is still read (it simply has no tosses). `choices` lists the
// choices made (the world tick each was made at, and the option) so a person can read them; it is
// written from the inputs and checked against them. `detectionPercent` (75 or 50, left out for 100) is the
// slower-detection assist the run was played with: a rule input, so verification plays it the same way.
import { DETECTION_ASSIST_PERCENTS } from '../sim/create-world.ts';
import { RULES_VERSION } from '../sim/rules-version.ts';
import type { InputFrame } from '../sim/types.ts';

export const REPLAY_FORMAT = 'analog-dreams-replay';
export const REPLAY_VERSION = 4;
/** The oldest version this build reads: every version since has only added letters. */
const OLDEST_READ_VERSION = 3;
/** One hour of ticks: longer recordings are refused before they are simulated. */
export const MAX_REPLAY_TICKS = 60 * 60 * 60;
/** Larger texts are refused before parsing (a run-length replay of an hour is a few hundred KB). */
export const MAX_REPLAY_BYTES = 4 * 1024 * 1024;

export interface Replay {
  readonly level: string;
  /** FNV-1a of the map file's text: a replay of another map is not a run of this one. */
  readonly mapHash: string;
  readonly seed: number;
  /** The tick the exit was reached when it was recorded, or null for an unfinished recording. */
  readonly finishTick: number | null;
  /** hashWorld after the last input, as recorded. */
  readonly finalHash: string;
  readonly inputs: readonly InputFrame[];
  /** The scene choices made, in order: the world tick the scene held at, and the option from 0. */
  readonly choices: readonly ReplayChoice[];
  /**
   * The slower-detection assist the run was played with (75 or 50); left out for 100. A rule input like
   * the seed: the same inputs play differently without it, so the file carries it and verification uses it.
   */
  readonly detectionPercent?: number;
}

export interface ReplayChoice {
  readonly tick: number;
  readonly option: number;
}

export interface ReplayProblem {
  readonly message: string;
  readonly place: string;
  readonly hint: string;
}

export type ReplayResult = { readonly ok: true; readonly value: Replay } | { readonly ok: false; readonly problem: ReplayProblem };

export function encodeInputFrame(frame: InputFrame): string {
  return (frame.moveY < 0 ? 'U' : frame.moveY > 0 ? 'D' : '')
    + (frame.moveX < 0 ? 'L' : frame.moveX > 0 ? 'R' : '')
    + (frame.sneak ? 's' : '') + (frame.run ? 'r' : '') + (frame.restart ? 'x' : '')
    + (frame.interact ? 'i' : '') + (frame.dream ? 'f' : '') + (frame.toss ? 't' : '') + (frame.skip ? 'k' : '')
    + (frame.choice >= 0 ? `c${frame.choice}` : '');
}

const FRAME_PATTERN = /^(U|D)?(L|R)?(s)?(r)?(x)?(i)?(f)?(t)?(k)?(?:c([0-9]))?$/;

export function decodeInputFrame(code: string): InputFrame | null {
  const match = FRAME_PATTERN.exec(code);
  if (!match) return null;
  const [, vertical, horizontal, sneak, run, restart, interact, dream, toss, skip, choice] = match;
  return {
    moveX: horizontal === 'L' ? -1 : horizontal === 'R' ? 1 : 0,
    moveY: vertical === 'U' ? -1 : vertical === 'D' ? 1 : 0,
    sneak: sneak !== undefined,
    run: run !== undefined,
    restart: restart !== undefined,
    interact: interact !== undefined,
    dream: dream !== undefined,
    toss: toss !== undefined,
    skip: skip !== undefined,
    choice: choice === undefined ? -1 : Number(choice),
  };
}

/** Inputs as run-lengths `[count, keys]`, one line each in a file: what every replay file writes. */
export function encodeInputRuns(inputs: readonly InputFrame[]): string[] {
  const runs: [number, string][] = [];
  for (const frame of inputs) {
    const code = encodeInputFrame(frame);
    const last = runs.at(-1);
    if (last?.[1] === code) last[0] += 1;
    else runs.push([1, code]);
  }
  return runs.map((run) => JSON.stringify(run));
}

/** Run-lengths read back into one frame a step, at most `maximumSteps`; a problem names the run at `place`. */
export function decodeInputRuns(inputs: unknown, options: { readonly place: string; readonly maximumSteps: number }): { readonly ok: true; readonly frames: InputFrame[] } | { readonly ok: false; readonly problem: ReplayProblem } {
  const fail = (message: string, place: string): { ok: false; problem: ReplayProblem } => ({ ok: false, problem: { message, place, hint: 'the file was edited' } });
  if (!Array.isArray(inputs)) return fail('inputs is not a list', options.place);
  const frames: InputFrame[] = [];
  for (const [index, run] of (inputs as unknown[]).entries()) {
    const place = `${options.place}[${index}]`;
    if (!Array.isArray(run) || run.length !== 2) return fail('an input run must be [count, keys]', place);
    const [count, code] = run as [unknown, unknown];
    if (!Number.isSafeInteger(count) || (count as number) < 1) return fail('count must be a whole number of at least 1', place);
    if (typeof code !== 'string') return fail('keys must be a string', place);
    const frame = decodeInputFrame(code);
    if (frame === null) return fail(`keys ${JSON.stringify(code)} are not in the form [U|D][L|R][s][r][x][i][f][t][k][c0-9]`, place);
    if (frames.length + (count as number) > options.maximumSteps) return fail(`the runs add up to more than ticks (${options.maximumSteps})`, place);
    for (let repeat = 0; repeat < (count as number); repeat += 1) frames.push(frame);
  }
  return { ok: true, frames };
}

export function encodeReplay(replay: Replay): string {
  const header = {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    // A replay is only ever encoded from a run of this build, so it was played under this build's rules.
    rules: RULES_VERSION,
    level: replay.level,
    mapHash: replay.mapHash,
    seed: replay.seed,
    ...(replay.detectionPercent === undefined || replay.detectionPercent === 100 ? {} : { detectionPercent: replay.detectionPercent }),
    ticks: replay.inputs.length,
    finishTick: replay.finishTick,
    finalHash: replay.finalHash,
    choices: replay.choices.map((choice) => `tick ${choice.tick}: option ${choice.option + 1}`),
  };
  const body = encodeInputRuns(replay.inputs).map((run) => `    ${run}`).join(',\n');
  return `${JSON.stringify(header, null, 2).slice(0, -2)},\n  "inputs": [\n${body}\n  ]\n}\n`;
}

/**
 * A replay file's top object, once it is small enough, JSON and of the expected `format` (a full-game replay
 * shares this first half of reading with a level's); else the problem, in the player's words.
 */
export function readReplayObject(text: string, format: { readonly name: string; readonly says: string }): { readonly ok: true; readonly record: Record<string, unknown> } | { readonly ok: false; readonly problem: ReplayProblem } {
  const fail = (message: string, place: string, hint: string) => ({ ok: false, problem: { message, place, hint } }) as const;
  if (text.length > MAX_REPLAY_BYTES) {
    return fail(`the file is ${text.length} bytes, more than ${MAX_REPLAY_BYTES}`, 'file', 'this is not a replay of this game');
  }
  let json: unknown;
  try {
    // Read like a map: some Windows editors start a file with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return fail(`not JSON: ${(error as Error).message}`, 'file', 'the file is damaged or not a replay');
  }
  if (typeof json !== 'object' || json === null) return fail('not a replay object', 'file', 'the file is not a replay');
  const record = json as Record<string, unknown>;
  if (record.format !== format.name) {
    return fail(`format is ${JSON.stringify(record.format)}, expected "${format.name}"`, 'format', `the file is not ${format.says}`);
  }
  return { ok: true, record };
}

export function decodeReplay(text: string): ReplayResult {
  const fail = (message: string, place: string, hint: string): ReplayResult => ({ ok: false, problem: { message, place, hint } });
  const read = readReplayObject(text, { name: REPLAY_FORMAT, says: 'an Analog Dreams replay' });
  if (!read.ok) return read;
  const { record } = read;
  if (typeof record.version !== 'number' || record.version < OLDEST_READ_VERSION || record.version > REPLAY_VERSION) {
    return fail(
      `version ${JSON.stringify(record.version)} is not supported`,
      'version',
      `this build reads versions ${OLDEST_READ_VERSION} to ${REPLAY_VERSION} (version 2 added Interact and Dream to the inputs, version 3 scene skips and choices, version 4 marble tosses): record the run again`,
    );
  }
  const rulesProblem = checkRules(record.rules);
  if (rulesProblem !== null) return { ok: false, problem: rulesProblem };
  const { level, mapHash, seed, ticks, finishTick, finalHash, inputs } = record;
  const choices = decodeChoices(record.choices);
  if (choices === null) return fail('choices must be a list of "tick T: option N"', 'choices', 'the file was edited');
  if (typeof level !== 'string' || level === '') return fail('level is missing', 'level', 'name the level the replay was recorded on');
  if (typeof mapHash !== 'string' || !/^[0-9a-f]{8}$/.test(mapHash)) return fail('mapHash is not 8 hex digits', 'mapHash', 'the file was edited');
  if (typeof finalHash !== 'string' || !/^[0-9a-f]{8}$/.test(finalHash)) return fail('finalHash is not 8 hex digits', 'finalHash', 'the file was edited');
  if (!Number.isSafeInteger(seed) || (seed as number) < 0 || (seed as number) > 0xffffffff) {
    return fail('seed is not a 32-bit unsigned integer', 'seed', 'the file was edited');
  }
  if (!Number.isSafeInteger(ticks) || (ticks as number) < 0 || (ticks as number) > MAX_REPLAY_TICKS) {
    return fail(`ticks must be a whole number from 0 to ${MAX_REPLAY_TICKS}`, 'ticks', 'the file was edited');
  }
  const { detectionPercent } = record;
  if (detectionPercent !== undefined && !DETECTION_ASSIST_PERCENTS.some((allowed) => allowed === detectionPercent)) {
    return fail(`detectionPercent ${JSON.stringify(detectionPercent)} is not one of ${DETECTION_ASSIST_PERCENTS.join(', ')}`, 'detectionPercent', 'the file was edited');
  }
  const tickCount = ticks as number;
  if (finishTick !== null && (!Number.isSafeInteger(finishTick) || (finishTick as number) < 0)) {
    return fail('finishTick must be null or a whole number', 'finishTick', 'the file was edited');
  }
  const decoded = decodeInputRuns(inputs, { place: 'inputs', maximumSteps: tickCount });
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  const { frames } = decoded;
  if (frames.length !== tickCount) return fail(`the runs add up to ${frames.length} ticks, not ${tickCount}`, 'inputs', 'the file was edited');
  return {
    ok: true,
    value: {
      level, mapHash, seed: seed as number, finishTick: finishTick as number | null, finalHash, inputs: frames, choices,
      ...(detectionPercent === undefined ? {} : { detectionPercent: detectionPercent as number }),
    },
  };
}

const CHOICE_PATTERN = /^tick (\d{1,9}): option ([1-9]|10)$/;

/** The readable `choices` list; null when it is not one. A replay without choices may leave it out. */
export function decodeChoices(value: unknown): ReplayChoice[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_REPLAY_TICKS) return null;
  const choices: ReplayChoice[] = [];
  for (const entry of value as unknown[]) {
    const match = typeof entry === 'string' ? CHOICE_PATTERN.exec(entry) : null;
    if (match === null) return null;
    choices.push({ tick: Number(match[1]), option: Number(match[2]) - 1 });
  }
  return choices;
}

/**
 * Refuses a replay made under other rules before it is simulated: it would not fail until a hash differs,
 * and then as a desync that says nothing of the cause.
 */
export function checkRules(rules: unknown): ReplayProblem | null {
  if (rules === undefined) {
    return {
      message: 'the replay records no rules version',
      place: 'rules',
      hint: `it was recorded before replays said which rules they were played under; this build plays rules version ${RULES_VERSION}: record the run again`,
    };
  }
  if (!Number.isSafeInteger(rules) || (rules as number) < 1) {
    return { message: `rules ${JSON.stringify(rules)} is not a rules version (a whole number from 1)`, place: 'rules', hint: 'the file was edited' };
  }
  if (rules !== RULES_VERSION) {
    return {
      message: `recorded under rules version ${rules as number}, this build plays rules version ${RULES_VERSION}`,
      place: 'rules',
      hint: `the same inputs play differently under other rules: verify it with a build of rules version ${rules as number}, or record the run again`,
    };
  }
  return null;
}

/** The map text's hash replays name their map by (FNV-1a, CRLF as LF): the loader's own, not a copy. */
export { hashMapText as hashText } from '../tiled/text-hash.ts';
