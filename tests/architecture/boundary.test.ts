import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, SOURCE_FILE } from './boundary-rules.ts';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('module boundary (DESIGN.md, Architecture)', () => {
  it('every file under src/ keeps the rules', () => {
    const violations = sourceFiles(join(root, 'src')).flatMap((file) =>
      checkSource(relative(root, file), readFileSync(file, 'utf8')),
    );
    expect(violations.map((v) => `${v.file}:${v.line}: ${v.message}`)).toEqual([]);
  });

  it('reads every kind of script a bundler would run, not only .ts', () => {
    for (const name of ['a.ts', 'a.mts', 'a.cts', 'a.tsx', 'a.js', 'a.mjs', 'a.cjs', 'a.jsx']) expect(SOURCE_FILE.test(name), name).toBe(true);
    expect(SOURCE_FILE.test('a.json')).toBe(false);
  });

  // The checker itself must catch what it is for, or the test above could pass on nothing.
  it.each([
    ['src/sim/a.ts', "import Phaser from 'phaser';", 'must not import "phaser"'],
    ['src/sim/a.ts', 'export const r = Math.random();', 'Math.random'],
    ['src/level/a.ts', 'export const a = Math.atan2(1, 2);', 'Math.atan2'],
    ['src/run/a.ts', 'export const t = Date.now();', 'Date'],
    ['src/tiled/a.ts', 'export const t = performance.now();', 'performance'],
    ['src/story/a.ts', 'setTimeout(() => 0, 1);', 'setTimeout'],
    ['src/sim/a.ts', 'export const w = window.innerWidth;', 'window'],
    ['src/sim/a.ts', "import { x } from '../view/b.ts';", 'may not import src/view'],
    ['src/tiled/a.ts', "import { x } from '../level/b.ts';", 'may not import src/level'],
    ['src/sim/a.ts', "export const m = await import('../view/b.ts');", 'may not import src/view'],
    ['src/sim/a.ts', 'const M = Math;\nexport const r = M.random();', 'not aliased or passed around'],
    ['src/sim/a.ts', 'const { sin } = Math;\nexport const s = sin(1);', 'not aliased or passed around'],
    ['src/sim/a.ts', "export const r = Reflect.get(Math, 'random');", 'not aliased or passed around'],
    ['src/sim/a.ts', "export const r = Math['random']();", 'not aliased or passed around'],
    ['src/sim/a.ts', 'export const p = Math.pow(2, 3);', 'Math.pow'],
    ['src/sim/a.ts', 'export const t = global.Date.now();', 'global is not allowed'],
    ['src/sim/a.ts', 'export const t = self.performance.now();', 'self is not allowed'],
    ['src/sim/a.ts', "export const f = new Function('return Math.random()');", 'Function is not allowed'],
    ['src/sim/a.ts', "import { setTimeout as later } from 'timers';", 'must not import "timers"'],
    ['src/sim/a.ts', "import { performance } from 'perf_hooks';", 'must not import "perf_hooks"'],
    ['src/level/a.ts', "import { randomUUID } from 'crypto';", 'must not import "crypto"'],
    ['src/run/a.ts', "import seedrandom from 'seedrandom';", 'must not import "seedrandom"'],
    ['src/sim/a.js', 'export const r = Math.random();', 'Math.random'],
  ])('catches %s: %s', (file, text, expected) => {
    const messages = checkSource(file, text).map((v) => v.message).join('\n');
    expect(messages).toContain(expected);
  });

  it.each([
    ['src/sim/a.ts', '// Math.random would break replays\nexport const s = Math.sqrt(4) + Math.imul(2, 3);'],
    ['src/sim/a.ts', "export const text = 'Date.now()';"],
    ['src/sim/a.ts', 'export interface Options { readonly window: number }\nexport const o = { window: 3 };'],
    ['src/view/a.ts', "import Phaser from 'phaser';\nexport const r = Math.random() + Date.now();"],
    ['src/level/a.ts', "import type { TiledMap } from '../tiled/tiled-map.ts';"],
    ['src/sim/a.ts', "import EasyStar from 'easystarjs';\nexport const n = Math.floor(Math.max(1, Math.trunc(2.5)));"],
  ])('allows %s: %s', (file, text) => {
    expect(checkSource(file, text)).toEqual([]);
  });
});
