// Whatever files a map and its tilesets and templates are, loadLevelFromFiles answers with a level or with
// problems: TMX, TSX and TX mutated at random, random XML, random bytes as any of the files. It never
// rejects and never throws, and every problem has its place, message and a hint.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLevelFromFiles, type ReadFile } from '../../src/level/load-level.ts';
import type { MapProblem } from '../../src/tiled/tiled-map.ts';

const FOLDER = 'tests/fixtures/maps/features/';
const FILES: Readonly<Record<string, string>> = {
  'features.tmx': readFileSync(`${FOLDER}features-csv.tmx`, 'utf8'),
  'features.tmj': readFileSync(`${FOLDER}features-zlib.tmj`, 'utf8'),
  'tilesets/district.tsx': readFileSync(`${FOLDER}tilesets/district.tsx`, 'utf8'),
  'templates/enforcer.tx': readFileSync(`${FOLDER}templates/enforcer.tx`, 'utf8'),
  'templates/bench.tx': readFileSync(`${FOLDER}templates/bench.tx`, 'utf8'),
  'references.tmj': readFileSync(`${FOLDER}features-json-references.tmj`, 'utf8'),
  'tilesets/district.tsj': readFileSync(`${FOLDER}tilesets/district.tsj`, 'utf8'),
  'templates/enforcer.tj': readFileSync(`${FOLDER}templates/enforcer.tj`, 'utf8'),
  'templates/bench.tj': readFileSync(`${FOLDER}templates/bench.tj`, 'utf8'),
};

function reader(replaced: Readonly<Record<string, string | Uint8Array>>): ReadFile {
  return (path) => {
    const content = replaced[path] ?? FILES[path];
    if (content === undefined) return Promise.reject(new Error(`no file ${path}`));
    return Promise.resolve(typeof content === 'string' ? new TextEncoder().encode(content) : content);
  };
}

function wellFormed(problem: MapProblem): boolean {
  if (problem.message.includes('failed unexpectedly')) throw new Error(`loader crashed: ${problem.message}`);
  // Quoted values are cut short: no message carries a whole file.
  if (problem.message.length > 1500 || problem.place.length > 400) throw new Error(`message too long: ${problem.message.slice(0, 200)}`);
  return ['error', 'warning'].includes(problem.severity) && problem.message !== '' && problem.place !== '' && problem.hint !== '';
}

async function answers(mapPath: string, replaced: Readonly<Record<string, string | Uint8Array>>): Promise<boolean> {
  const projectPath = replaced['project.tiled-project'] === undefined ? {} : { projectPath: 'project.tiled-project' };
  const loaded = await loadLevelFromFiles({ mapPath, readFile: reader(replaced), ...projectPath });
  if (loaded.files[0] !== mapPath || typeof loaded.mapHash !== 'string') return false;
  if (loaded.ok) return loaded.warnings.every(wellFormed);
  return loaded.problems.length > 0 && loaded.problems.every(wellFormed) && loaded.problems.some((problem) => problem.severity === 'error');
}

/** Some of what a hostile or damaged XML file holds. */
const xmlToken = fc.constantFrom(
  '<', '>', '/>', '</map>', '<layer>', '<data encoding="base64" compression="zlib">', '<data encoding="csv">', '<chunk x="-9" y="0" width="99999" height="1">',
  '<group>', '<objectgroup name="entities">', '<object id="1" type="Spawn" template="templates/enforcer.tx"/>', '<polygon points="1,2 3"/>',
  '<property name="__proto__" type="class"><properties><property name="constructor" value="x"/></properties></property>',
  '<tileset firstgid="1" source="tilesets/district.tsx"/>', '<tileset firstgid="0" source="../../../etc/passwd"/>', '&amp;', '&bogus;', '<![CDATA[1,2,3]]>',
  '<!DOCTYPE map [<!ENTITY a "aaaa">]>', '"', '=', ' width="1e9"', ' height="-1"', ' infinite="1"', ' gid="4294967295"', 'NaN', '\u0000', '\uFEFF',
);

function mutateText(text: string, edits: readonly { at: number; cut: number; insert: string }[]): string {
  let result = text;
  for (const edit of edits) {
    const at = edit.at % (result.length + 1);
    result = result.slice(0, at) + edit.insert + result.slice(at + edit.cut);
  }
  return result;
}

const edits = fc.array(
  fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.oneof(xmlToken, fc.string({ maxLength: 12 })) }),
  { minLength: 1, maxLength: 6 },
);

describe('the file loader never throws or rejects', () => {
  it('the unmutated files load', async () => {
    expect((await loadLevelFromFiles({ mapPath: 'features.tmx', readFile: reader({}) })).ok).toBe(true);
    expect((await loadLevelFromFiles({ mapPath: 'features.tmj', readFile: reader({}) })).ok).toBe(true);
  });

  it.each(['features.tmx', 'tilesets/district.tsx', 'templates/enforcer.tx', 'templates/bench.tx'])('on %s edited at random', async (file) => {
    await fc.assert(fc.asyncProperty(edits, async (changes) => {
      expect(await answers('features.tmx', { [file]: mutateText(FILES[file]!, changes) })).toBe(true);
    }), { numRuns: 150 });
  });

  it('on random XML-ish text and random bytes as the map, a tileset or a template', async () => {
    const content = fc.oneof(fc.array(fc.oneof(xmlToken, fc.string({ maxLength: 8 })), { maxLength: 30 }).map((parts) => parts.join('')), fc.uint8Array({ maxLength: 300 }));
    const file = fc.constantFrom('features.tmx', 'features.tmj', 'tilesets/district.tsx', 'templates/enforcer.tx');
    await fc.assert(fc.asyncProperty(file, content, async (name, value) => {
      const mapPath = name === 'features.tmj' ? 'features.tmj' : 'features.tmx';
      expect(await answers(mapPath, { [name]: value })).toBe(true);
    }), { numRuns: 200 });
  });

  it('on random JSON as the project file, and the real project file edited at random', async () => {
    const project = readFileSync('maps/analog-dreams.tiled-project', 'utf8');
    const content = fc.oneof(fc.jsonValue({ maxDepth: 5 }).map((value) => JSON.stringify(value)), edits.map((changes) => mutateText(project, changes)));
    await fc.assert(fc.asyncProperty(content, async (value) => {
      expect(await answers('features.tmx', { 'project.tiled-project': value })).toBe(true);
    }), { numRuns: 200 });
  });

  it('on the JSON tileset and templates (.tsj, .tj) with one value anywhere replaced by random JSON', async () => {
    expect((await loadLevelFromFiles({ mapPath: 'references.tmj', readFile: reader({}) })).ok).toBe(true);
    const file = fc.constantFrom('tilesets/district.tsj', 'templates/enforcer.tj', 'templates/bench.tj');
    await fc.assert(fc.asyncProperty(file, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), async (name, picks, value) => {
      expect(await answers('references.tmj', { [name]: JSON.stringify(replaceAt(JSON.parse(FILES[name]!) as unknown, picks, value)) })).toBe(true);
    }), { numRuns: 200 });
  });
});

/** Replaces the value at a path chosen by `picks`, walking objects and arrays. */
function replaceAt(value: unknown, picks: readonly number[], replacement: unknown): unknown {
  const [pick, ...rest] = picks;
  if (pick === undefined || value === null || typeof value !== 'object') return replacement;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    return value.map((entry: unknown, index) => (index === pick % value.length ? replaceAt(entry, rest, replacement) : entry));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[pick % keys.length]!;
  return { ...(value as Record<string, unknown>), [key]: replaceAt((value as Record<string, unknown>)[key], rest, replacement) };
}
