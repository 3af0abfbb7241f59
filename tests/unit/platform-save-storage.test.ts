// The save in storage: every kind of bad save is kept aside and reported, the game starts clean, and
// nothing is ever written over what could not be read or kept. Best times are filed by run identity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEGACY_BEST_PREFIX, MAX_SAVE_BACKUPS, SAVE_BACKUP_PREFIX, SAVE_KEY, loadSave, recordFinish, updateSave, type SaveBackend,
} from '../../src/platform/save-storage.ts';
import { runIdentity } from '../../src/run/run-identity.ts';
import { RULES_VERSION } from '../../src/sim/index.ts';
import { EMPTY_SAVE, MAX_SAVE_CHARACTERS, SAVE_VERSION, decodeSave, encodeSave, withReached, type Save } from '../../src/story/save.ts';

interface MemoryBackend extends SaveBackend {
  readonly values: Map<string, string>;
}

/** localStorage's behaviour in a Map: `quota` characters in all (keys and values), past which a write throws. */
function memoryBackend(quota = Number.POSITIVE_INFINITY): MemoryBackend {
  const values = new Map<string, string>();
  const used = (): number => [...values].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      const before = values.get(key);
      const growth = key.length + value.length - (before === undefined ? 0 : key.length + before.length);
      if (used() + growth > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      values.set(key, value);
    },
    key: (index) => [...values.keys()][index] ?? null,
    get length() {
      return values.size;
    },
  };
}

const IDENTITY = runIdentity('night-escape', '9d387f64', RULES_VERSION);

const PLAYED: Save = {
  version: SAVE_VERSION,
  progress: { chapter: 'second-steps', carried: { flags: { gate_key: 1, fragments: 3 }, followers: ['Leo'] }, ticks: 93, realMilliseconds: 1550.5 },
  reached: ['first-steps', 'second-steps'],
  settings: { volume: 0.5, subtitles: true, language: 'en' },
  bindings: { sneak: { keys: ['CTRL'], pad: ['leftBumper'] } },
  bests: { [IDENTITY]: 1011 },
  legacyBests: {},
  splits: [{
    category: 'night-escape',
    identity: IDENTITY,
    segments: ['Porch', 'The night escape'],
    personalBest: [{ ticks: 400, realMilliseconds: 6800.5 }, { ticks: 1011, realMilliseconds: 17_000 }],
    bestSegments: [{ ticks: 390, realMilliseconds: 6500 }, { ticks: 600, realMilliseconds: 10_000 }],
    attempts: [{ id: 1, started: '12/05/2026 19:40:00', ended: '12/05/2026 19:40:17', splits: [{ ticks: 400, realMilliseconds: 6800.5 }, null], finished: false, marks: { assisted: false, practice: true } }],
  }],
};

describe('the save codec', () => {
  it('reads back what it writes', () => {
    expect(decodeSave(encodeSave(PLAYED))).toEqual({ ok: true, save: PLAYED });
    expect(decodeSave(encodeSave(EMPTY_SAVE))).toEqual({ ok: true, save: EMPTY_SAVE });
  });

  it.each([
    ['not JSON', '{"format":', 'the save', /^not JSON: /],
    ['JSON that is no object', '[1, 2]', 'the save', /^is not an object$/],
    ['another format', encodeSave(PLAYED).replace('analog-dreams-save', 'other-game'), 'format', /^is "other-game", not "analog-dreams-save"$/],
    ['a later version', encodeSave(PLAYED).replace('"version":3', '"version":4'), 'version', /^is 4; this build reads save versions 1 to 3$/],
    ['a version that is no number', encodeSave(PLAYED).replace('"version":3', '"version":"3"'), 'version', /^is "3"; this build reads save versions 1 to 3$/],
    ['no version', encodeSave(PLAYED).replace('"version":3,', ''), 'version', /^is missing; this build reads save versions 1 to 3$/],
    ['a binding that is no list', encodeSave(PLAYED).replace('"keys":["CTRL"]', '"keys":"CTRL"'), 'bindings["sneak"].keys', /^is not a list of at most 16 names$/],
    ['a binding named by nothing', encodeSave(PLAYED).replace('"pad":["leftBumper"]', '"pad":[""]'), 'bindings["sneak"].pad[0]', /^is "", not a name/],
    ['chapters reached that are no list', encodeSave(PLAYED).replace('["first-steps","second-steps"]', '"first-steps"'), 'reached', /^is not a list of chapter keys$/],
    ['no chapters reached in version 2', encodeSave(PLAYED).replace('"reached":["first-steps","second-steps"],', ''), 'reached', /^is not a list of chapter keys$/],
    ['a chapter reached twice', encodeSave(PLAYED).replace('"second-steps"]', '"first-steps"]'), 'reached', /^names a chapter twice$/],
    ['an empty chapter key reached', encodeSave(PLAYED).replace('["first-steps"', '[""'), 'reached[0]', /^is "", not a name/],
    ['splits with a time for a segment that is not there', encodeSave(PLAYED).replace('"segments":["Porch",', '"segments":['), 'splits[0].personalBest', /^has 2 times for 1 segments$/],
    ['splits under no run identity', encodeSave(PLAYED).replace(`"identity":"${IDENTITY}"`, '"identity":"x"'), 'splits[0].identity', /^is not a run identity$/],
    ['an attempt with a negative time', encodeSave(PLAYED).replace('{"ticks":400,"realMilliseconds":6800.5},null', '{"ticks":-1,"realMilliseconds":6800.5},null'), 'splits[0].attempts[0].splits[0].ticks', /^is not a whole number of ticks$/],
    ['a flag that is no number', encodeSave({ ...PLAYED, progress: { ...PLAYED.progress!, carried: { flags: { x: 1 }, followers: [] } } }).replace('"x":1', '"x":"yes"'), 'progress.carried.flags["x"]', /^is "yes", not a whole number/],
    ['followers that are no list', encodeSave(PLAYED).replace('["Leo"]', '"Leo"'), 'progress.carried.followers', /^is not a list of names$/],
    ['an empty follower name', encodeSave(PLAYED).replace('["Leo"]', '[""]'), 'progress.carried.followers[0]', /^is "", not a name/],
    ['a flag named __proto__', encodeSave(PLAYED).replace('"gate_key"', '"__proto__"'), 'progress.carried.flags["__proto__"]', /^is "__proto__", which no save of this game holds$/],
    ['negative ticks', encodeSave(PLAYED).replace('"ticks":93', '"ticks":-4'), 'progress.ticks', /^is -4, not a whole number from 0/],
    ['a best under no run identity', encodeSave(PLAYED).replace(IDENTITY, 'night-escape'), 'bests["night-escape"]', /^is not a run identity/],
    ['a best of zero ticks', encodeSave(PLAYED).replace('1011', '0'), `bests["${IDENTITY}"]`, /^is 0, not a whole number from 1/],
    ['a setting that is an object', encodeSave(PLAYED).replace('"volume":0.5', '"volume":{"a":1}'), 'settings["volume"]', /not a short text, a number or true\/false$/],
    ['settings that are missing', encodeSave(PLAYED).replace(/"settings":\{[^}]*\},/, ''), 'settings', /^is not an object$/],
  ])('refuses %s, naming the place', (...[, text, place, message]) => {
    const decoded = decodeSave(text);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.problem.place).toBe(place);
    expect(decoded.problem.message).toMatch(message);
  });

  it('reads a version 1 save (before chapters reached, splits and bindings were kept) as reaching the chapter its progress names, with no splits', () => {
    const { reached: _reached, splits: _splits, bindings: _bindings, ...rest } = PLAYED;
    const versionOne = JSON.stringify({ format: 'analog-dreams-save', ...rest, version: 1 });
    expect(decodeSave(versionOne)).toEqual({ ok: true, olderVersion: 1, save: { ...PLAYED, reached: ['second-steps'], splits: [], bindings: {} } });
    const over = JSON.stringify({ format: 'analog-dreams-save', ...rest, version: 1, progress: { ...PLAYED.progress, chapter: null } });
    expect(decodeSave(over)).toMatchObject({ ok: true, save: { version: SAVE_VERSION, reached: [] } });
    const fresh = JSON.stringify({ format: 'analog-dreams-save', ...rest, version: 1, progress: null });
    expect(decodeSave(fresh)).toMatchObject({ ok: true, save: { reached: [] } });
  });

  it('adds a chapter reached once, at the end', () => {
    const once = withReached(PLAYED, 'third-steps');
    expect(once.reached).toEqual(['first-steps', 'second-steps', 'third-steps']);
    expect(withReached(once, 'first-steps')).toBe(once);
  });

  it('refuses a 10 MB text before parsing it', () => {
    const huge = `{"format":"analog-dreams-save","pad":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    expect(decodeSave(huge)).toEqual({ ok: false, problem: { place: 'the save', message: `${huge.length} characters, more than a save of this game ever is (${MAX_SAVE_CHARACTERS})` } });
  });
});

describe('the save codec, fuzzed', () => {
  const name = fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text !== '__proto__');
  const save: fc.Arbitrary<Save> = fc.record({
    version: fc.constant(SAVE_VERSION),
    progress: fc.option(fc.record({
      chapter: fc.option(name),
      carried: fc.record({ flags: fc.dictionary(name, fc.integer({ min: -1000, max: 1000 })), followers: fc.array(name, { maxLength: 4 }) }),
      ticks: fc.nat(),
      realMilliseconds: fc.double({ min: 0, max: 1e9, noNaN: true }),
    })),
    reached: fc.uniqueArray(name, { maxLength: 6 }),
    settings: fc.dictionary(name, fc.oneof(fc.boolean(), fc.integer(), fc.string({ maxLength: 20 }))),
    bindings: fc.dictionary(name, fc.record({ keys: fc.array(name, { maxLength: 3 }), pad: fc.array(name, { maxLength: 3 }) })),
    bests: fc.dictionary(fc.constantFrom(IDENTITY, runIdentity('test-yard', '0badf00d', 3)), fc.integer({ min: 1, max: 1e9 })),
    legacyBests: fc.dictionary(name, fc.integer({ min: 1, max: 1e9 })),
    splits: fc.constantFrom([], PLAYED.splits),
  });

  it('reads back any save it writes', () => {
    fc.assert(fc.property(save, (written) => {
      expect(decodeSave(encodeSave(written))).toEqual({ ok: true, save: written });
    }));
  });

  it('answers any text or JSON with a save or a problem, never an exception', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), save.map((written) => encodeSave(written).replace(/[0-9]/, 'x'))), (text) => {
      const decoded = decodeSave(text);
      if (!decoded.ok) expect(decoded.problem.message.length).toBeGreaterThan(0);
    }));
  });
});

describe('the save in storage', () => {
  it('starts clean and quietly with nothing stored, and keeps what is written', () => {
    const storage = memoryBackend();
    expect(loadSave(storage)).toEqual({ save: EMPTY_SAVE, notice: null, writable: true });
    expect(updateSave(() => PLAYED, storage).written).toEqual({ ok: true });
    expect(loadSave(storage)).toEqual({ save: PLAYED, notice: null, writable: true });
  });

  it.each([
    ['not JSON', 'garbage{', /\(not JSON: /],
    ['of an unknown version', encodeSave(PLAYED).replace('"version":3', '"version":7'), /\(version is 7; this build reads save versions 1 to 3\)/],
    ['of the wrong shape', encodeSave(PLAYED).replace('["Leo"]', '{"Leo":1}'), /\(progress\.carried\.followers is not a list of names\)/],
    ['10 MB long', 'x'.repeat(10 * 1024 * 1024), /\(10485760 characters, more than/],
  ])('keeps a save that is %s aside as a backup, tells the player, and starts clean', (_kind, text, reason) => {
    const storage = memoryBackend();
    storage.values.set(SAVE_KEY, text);
    const loaded = loadSave(storage);
    expect(loaded.save).toEqual(EMPTY_SAVE);
    expect(loaded.writable).toBe(true);
    expect(loaded.notice).toMatch(reason);
    expect(loaded.notice).toContain(`It was kept as "${SAVE_BACKUP_PREFIX}1" and the game starts fresh.`);
    expect(storage.values.get(`${SAVE_BACKUP_PREFIX}1`)).toBe(text);
    // The clean save took its place: the next visit starts quietly, and the backup is not made twice.
    expect(loadSave(storage).notice).toBeNull();
    expect([...storage.values.keys()].filter((key) => key.startsWith(SAVE_BACKUP_PREFIX))).toEqual([`${SAVE_BACKUP_PREFIX}1`]);
  });

  it('never writes over an older backup: each bad save takes the next free key', () => {
    const storage = memoryBackend();
    storage.values.set(`${SAVE_BACKUP_PREFIX}1`, 'an older bad save');
    storage.values.set(SAVE_KEY, 'a new bad save');
    expect(loadSave(storage).notice).toContain(`"${SAVE_BACKUP_PREFIX}2"`);
    expect(storage.values.get(`${SAVE_BACKUP_PREFIX}1`)).toBe('an older bad save');
    expect(storage.values.get(`${SAVE_BACKUP_PREFIX}2`)).toBe('a new bad save');
  });

  it('leaves a bad save where it is, and writes nothing over it, when it cannot be kept aside', () => {
    // Room for the bad save but not for a copy of it (a 10 MB save in a 15 MB quota, as in a browser).
    const full = memoryBackend(15 * 1024 * 1024);
    const text = 'x'.repeat(10 * 1024 * 1024);
    full.values.set(SAVE_KEY, text);
    const loaded = loadSave(full);
    expect(loaded).toMatchObject({ save: EMPTY_SAVE, writable: false });
    expect(loaded.notice).toMatch(/could not be set aside: it is left as it is, and nothing will be saved over it this visit\.$/);
    expect(updateSave(() => PLAYED, full).written).toMatchObject({ ok: false });
    expect(recordFinish({ identity: IDENTITY, ticks: 900 }, full)).toEqual({ kind: 'unknown' });
    expect(full.values.get(SAVE_KEY)).toBe(text);

    const slotsTaken = memoryBackend();
    for (let slot = 1; slot <= MAX_SAVE_BACKUPS; slot += 1) slotsTaken.values.set(`${SAVE_BACKUP_PREFIX}${slot}`, `bad ${slot}`);
    slotsTaken.values.set(SAVE_KEY, 'one more bad save');
    expect(loadSave(slotsTaken).writable).toBe(false);
    expect(slotsTaken.values.get(SAVE_KEY)).toBe('one more bad save');
  });

  it('writes nothing when storage throws on reading, since a save it cannot see may be there', () => {
    const storage = memoryBackend();
    storage.values.set(SAVE_KEY, encodeSave(PLAYED));
    const readsThrow: SaveBackend = { ...storage, getItem: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); }, setItem: (key, value) => { storage.setItem(key, value); } };
    const loaded = loadSave(readsThrow);
    expect(loaded).toMatchObject({ save: EMPTY_SAVE, writable: false });
    expect(loaded.notice).toBe('Saved progress could not be read (SecurityError: The operation is insecure.). Nothing will be saved this visit, so nothing saved before is lost.');
    expect(updateSave((save) => ({ ...save, settings: { volume: 1 } }), readsThrow).written).toMatchObject({ ok: false });
    expect(storage.values.get(SAVE_KEY)).toBe(encodeSave(PLAYED));
  });

  it('reports a write that storage refuses (QuotaExceededError) instead of claiming it saved', () => {
    const storage = memoryBackend(100);
    const result = updateSave(() => PLAYED, storage);
    expect(result.written).toEqual({ ok: false, message: 'progress could not be saved: QuotaExceededError: The quota has been exceeded.' });
    expect(storage.values.has(SAVE_KEY)).toBe(false);
    expect(loadSave(null)).toMatchObject({ writable: false, notice: 'This browser gives the game no storage: progress lasts until the page is closed.' });
  });
});

describe('best times in the save', () => {
  it('keeps the best per run identity: only a faster finish replaces it, and another map version or rules are another race', () => {
    const storage = memoryBackend();
    expect(recordFinish({ identity: IDENTITY, ticks: 700 }, storage)).toEqual({ kind: 'first', setAside: false });
    expect(recordFinish({ identity: IDENTITY, ticks: 657 }, storage)).toEqual({ kind: 'new-best', previous: 700 });
    expect(recordFinish({ identity: IDENTITY, ticks: 690 }, storage)).toEqual({ kind: 'not-faster', best: 657 });
    expect(loadSave(storage).save.bests).toEqual({ [IDENTITY]: 657 });
    expect(recordFinish({ identity: runIdentity('night-escape', '00000000', RULES_VERSION), ticks: 800 }, storage)).toEqual({ kind: 'first', setAside: false });
    expect(recordFinish({ identity: runIdentity('night-escape', '9d387f64', RULES_VERSION + 1), ticks: 800 }, storage)).toEqual({ kind: 'first', setAside: false });
  });

  it('says a finish is not remembered when the write is refused, or there is no storage', () => {
    const storage = memoryBackend();
    updateSave((save) => ({ ...save, bests: { [IDENTITY]: 900 } }), storage);
    const writesThrow: SaveBackend = { ...storage, getItem: (key) => storage.getItem(key), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(recordFinish({ identity: IDENTITY, ticks: 800 }, writesThrow)).toEqual({ kind: 'not-saved', best: 900 });
    expect(recordFinish({ identity: IDENTITY, ticks: 950 }, writesThrow)).toEqual({ kind: 'not-faster', best: 900 });
    expect(recordFinish({ identity: IDENTITY, ticks: 800 }, null)).toEqual({ kind: 'unknown' });
  });

  it('copies the bests of builds before the save in as they were, and leaves the old keys alone', () => {
    const storage = memoryBackend();
    storage.values.set(`${LEGACY_BEST_PREFIX}night-escape/9d387f64`, '1011');
    storage.values.set(`${LEGACY_BEST_PREFIX}Yard/0badf00d`, 'tampered');
    expect(loadSave(storage).save.legacyBests).toEqual({ 'night-escape/9d387f64': 1011 });
    recordFinish({ identity: IDENTITY, ticks: 1000 }, storage);
    expect(loadSave(storage).save).toMatchObject({ bests: { [IDENTITY]: 1000 }, legacyBests: { 'night-escape/9d387f64': 1011 } });
    expect(storage.values.get(`${LEGACY_BEST_PREFIX}night-escape/9d387f64`)).toBe('1011');
    expect(storage.values.get(`${LEGACY_BEST_PREFIX}Yard/0badf00d`)).toBe('tampered');
  });
});
