import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_REPLAY_BYTES, MAX_REPLAY_TICKS, decodeInputFrame, decodeReplay, encodeInputFrame, encodeReplay, hashText,
  type Replay,
} from '../../src/run/replay.ts';
import { NO_INPUT, RULES_VERSION } from '../../src/sim/index.ts';
import type { InputFrame } from '../../src/sim/types.ts';

const frameArbitrary: fc.Arbitrary<InputFrame> = fc.record({
  moveX: fc.constantFrom(-1, 0, 1),
  moveY: fc.constantFrom(-1, 0, 1),
  sneak: fc.boolean(),
  run: fc.boolean(),
  restart: fc.boolean(),
  interact: fc.boolean(),
  dream: fc.boolean(),
  toss: fc.boolean(),
  skip: fc.boolean(),
  choice: fc.integer({ min: -1, max: 9 }),
});

const still: InputFrame = { ...NO_INPUT };
const right: InputFrame = { ...still, moveX: 1 };
const sample: Replay = {
  level: 'night-escape', mapHash: '0123abcd', seed: 7, finishTick: 3, finalHash: 'deadbeef',
  inputs: [right, right, { ...right, moveY: -1, run: true }, still],
  choices: [],
};

function tamper(edit: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(encodeReplay(sample)) as Record<string, unknown>;
  edit(json);
  return JSON.stringify(json);
}

describe('replay codec', () => {
  it('writes run-lengths a person can read', () => {
    const text = encodeReplay(sample);
    expect(text).toContain('[2,"R"]');
    expect(text).toContain('[1,"URr"]');
    expect(JSON.parse(text)).toMatchObject({ ticks: 4, seed: 7, level: 'night-escape' });
  });

  it('records the rules version the run was played under, beside the map hash', () => {
    expect(JSON.parse(encodeReplay(sample))).toMatchObject({ rules: RULES_VERSION, mapHash: sample.mapHash });
  });

  it('refuses a replay made under other rules, saying which rules each side plays', () => {
    for (const rules of [RULES_VERSION + 1, RULES_VERSION + 7]) {
      const result = decodeReplay(tamper((j) => { j.rules = rules; }));
      expect(result).toEqual({
        ok: false,
        problem: {
          message: `recorded under rules version ${rules}, this build plays rules version ${RULES_VERSION}`,
          place: 'rules',
          hint: expect.stringContaining('record the run again') as string,
        },
      });
    }
  });

  it('refuses a replay that records no rules version, naming the rules this build plays', () => {
    const result = decodeReplay(tamper((j) => { delete j.rules; }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.place).toBe('rules');
      expect(result.problem.message).toBe('the replay records no rules version');
      expect(result.problem.hint).toContain(`rules version ${RULES_VERSION}`);
    }
  });

  it('round-trips any input sequence', () => {
    fc.assert(fc.property(fc.array(frameArbitrary, { maxLength: 300 }), fc.nat(), (inputs, seed) => {
      const replay: Replay = { ...sample, seed: seed >>> 0, inputs };
      const decoded = decodeReplay(encodeReplay(replay));
      expect(decoded).toEqual({ ok: true, value: replay });
    }));
  });

  it('writes Interact as i and Dream as f after the old letters, and reads them back', () => {
    expect(encodeInputFrame({ ...still, interact: true })).toBe('i');
    expect(encodeInputFrame({ ...right, sneak: true, interact: true, dream: true })).toBe('Rsif');
    expect(decodeInputFrame('URrxif')).toEqual({ moveX: 1, moveY: -1, sneak: false, run: true, restart: true, interact: true, dream: true, toss: false, skip: false, choice: -1 });
    expect(decodeInputFrame('fi')).toBeNull();
    const withDoors: Replay = { ...sample, inputs: [still, { ...right, interact: true }, { ...still, dream: true }, { ...still, dream: true }] };
    const decoded = decodeReplay(encodeReplay(withDoors));
    expect(decoded).toEqual({ ok: true, value: withDoors });
    expect(encodeReplay(withDoors)).toContain('[2,"f"]');
  });

  it('refuses a version-1 replay (before Interact and Dream) by its version, with a message saying why', () => {
    const result = decodeReplay(tamper((j) => { j.version = 1; j.rules = RULES_VERSION - 1; }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.place).toBe('version');
      expect(result.problem.message).toBe('version 1 is not supported');
      expect(result.problem.hint).toContain('Interact and Dream');
    }
    const oldRules = decodeReplay(tamper((j) => { j.rules = RULES_VERSION - 1; }));
    expect(oldRules.ok).toBe(false);
    if (!oldRules.ok) expect(oldRules.problem.message).toBe(`recorded under rules version ${RULES_VERSION - 1}, this build plays rules version ${RULES_VERSION}`);
  });

  it('writes a marble toss as t after Dream, and still reads a version-3 file (one with no tosses)', () => {
    expect(encodeInputFrame({ ...right, dream: true, toss: true, skip: true })).toBe('Rftk');
    expect(decodeInputFrame('Lt')).toEqual({ ...still, moveX: -1, toss: true });
    expect(decodeInputFrame('tf')).toBeNull();
    const withToss: Replay = { ...sample, inputs: [still, { ...right, toss: true }, right] };
    expect(decodeReplay(encodeReplay(withToss))).toEqual({ ok: true, value: withToss });
    expect(encodeReplay(withToss)).toContain('[1,"Rt"]');
    const versionThree = decodeReplay(tamper((j) => { j.version = 3; }));
    expect(versionThree.ok).toBe(true);
    if (versionThree.ok) expect(versionThree.value.inputs.every((frame) => !frame.toss)).toBe(true);
  });

  it('encodes each of the 576 frames to a distinct code that decodes back', () => {
    fc.assert(fc.property(frameArbitrary, (frame) => {
      expect(decodeInputFrame(encodeInputFrame(frame))).toEqual(frame);
    }));
    expect(decodeInputFrame('RU')).toBeNull();
    expect(decodeInputFrame('LR')).toBeNull();
  });

  it.for<[string, () => string, string, string]>([
    ['not JSON', () => '{"format":', 'file', 'not JSON'],
    ['another format', () => tamper((j) => { j.format = 'something-else'; }), 'format', 'expected'],
    ['a future version', () => tamper((j) => { j.version = 99; }), 'version', 'not supported'],
    ['rules that are not a version', () => tamper((j) => { j.rules = '1'; }), 'rules', 'not a rules version'],
    ['a fractional rules version', () => tamper((j) => { j.rules = RULES_VERSION + 0.5; }), 'rules', 'not a rules version'],
    ['a negative seed', () => tamper((j) => { j.seed = -1; }), 'seed', '32-bit'],
    ['a bad map hash', () => tamper((j) => { j.mapHash = 'xyz'; }), 'mapHash', 'hex'],
    ['runs longer than ticks', () => tamper((j) => { j.ticks = 2; }), 'inputs[1]', 'more than ticks'],
    ['runs shorter than ticks', () => tamper((j) => { j.ticks = 9; }), 'inputs', 'not 9'],
    ['unknown keys', () => tamper((j) => { j.inputs = [[4, 'Q']]; }), 'inputs[0]', 'not in the form'],
    ['a zero count', () => tamper((j) => { j.inputs = [[0, 'R'], [4, 'R']]; }), 'inputs[0]', 'at least 1'],
    ['an hour and more', () => tamper((j) => { j.ticks = MAX_REPLAY_TICKS + 1; }), 'ticks', 'whole number'],
    ['a huge file', () => ' '.repeat(MAX_REPLAY_BYTES + 1), 'file', 'bytes'],
  ])('refuses %s with a message naming the place', ([, make, place, message]) => {
    const result = decodeReplay(make());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.place).toBe(place);
      expect(result.problem.message).toContain(message);
      expect(result.problem.hint.length).toBeGreaterThan(0);
    }
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      expect(typeof decodeReplay(text).ok).toBe('boolean');
    }), { numRuns: 500 });
  });

  it('hashes text with FNV-1a (pinned: a changed hash invalidates every recorded replay)', () => {
    expect(hashText('')).toBe('811c9dc5');
    expect(hashText('a')).toBe('e40c292c');
    expect(hashText('foobar')).toBe('bf9cf968');
  });
});
