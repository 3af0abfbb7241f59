import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_IMPORTS, checkSource, SOURCE_FILE } from './boundary-rules.ts';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** CONTRIBUTING.md's picture as a table: `view/ -> platform, run` lines in its first code block. */
function contributingPicture(): Record<string, string[]> {
  const text = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  const section = text.slice(text.indexOf('## The architecture in one picture'));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const picture: Record<string, string[]> = {};
  for (const line of block.split('\n')) {
    const arrow = /^(\S+)\s+->\s+(.*)$/.exec(line.trim());
    if (!arrow) continue;
    const name = (from: string): string => (from === 'main.ts' ? '.' : from.replace(/\/$/, ''));
    const targets = arrow[2]!.trim() === '(nothing)' ? [] : arrow[2]!.split(',').map((target) => name(target.trim()));
    picture[name(arrow[1]!)] = targets.sort();
  }
  return picture;
}

describe('module boundary (CONTRIBUTING.md, the architecture in one picture)', () => {
  it.each(['src', 'tools'])('every file under %s/ keeps the rules', (folder) => {
    const files = sourceFiles(join(root, folder));
    expect(files.length).toBeGreaterThan(5);
    const violations = files.flatMap((file) => checkSource(relative(root, file), readFileSync(file, 'utf8')));
    expect(violations.map((v) => `${v.file}:${v.line}: ${v.message}`)).toEqual([]);
  });

  it("CONTRIBUTING.md's picture draws exactly the arrows of ALLOWED_IMPORTS", () => {
    const table = Object.fromEntries(Object.entries(ALLOWED_IMPORTS).map(([from, targets]) => [from, [...targets].sort()]));
    expect(contributingPicture()).toEqual(table);
  });

  // The campaign runner (story) sits above the level session (run): the other way round would be a cycle.
  it('draws no cycle: no folder may reach itself through the table', () => {
    const reaches = (from: string, seen: Set<string>): Set<string> => {
      for (const target of ALLOWED_IMPORTS[from] ?? []) {
        if (seen.has(target)) continue;
        seen.add(target);
        reaches(target, seen);
      }
      return seen;
    };
    for (const folder of Object.keys(ALLOWED_IMPORTS)) expect(reaches(folder, new Set()).has(folder), folder).toBe(false);
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
    ['src/run/a.ts', "import { x } from '../story/b.ts';", 'may not import src/story'],
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
    // Phaser's types are Phaser too: a type-only import, a type query, an import type, a global namespace.
    ['src/sim/a.ts', "import type { Game } from 'phaser';\nexport type G = Game;", 'must not import "phaser"'],
    ['src/sim/a.ts', "export type P = typeof import('phaser');", 'must not import "phaser"'],
    ['src/level/a.ts', "export type G = import('phaser').Game;", 'must not import "phaser"'],
    ['src/run/a.ts', "import Phaser = require('phaser');\nexport const p = Phaser;", 'must not import "phaser"'],
    ['src/tiled/a.ts', '/// <reference types="phaser" />\nexport const a = 1;', 'must not reference the types of "phaser"'],
    ['src/sim/a.ts', 'export function draw(scene: Phaser.Scene): void { void scene; }', 'the global Phaser is not allowed'],
    ['src/story/a.ts', 'export const game = new Phaser.Game();', 'the global Phaser is not allowed'],
    ['src/sim/a.ts', "export type V = import('../view/b.ts').View;", 'may not import src/view'],
    ['src/sim/a.ts', '/// <reference path="../view/b.ts" />\nexport const a = 1;', 'may not import src/view'],
    ['src/platform/a.ts', "import type { Scene } from 'phaser';\nexport type S = Scene;", 'src/platform must not import "phaser"'],
    // tools/ are Node programs: anything in src/ but the view, Node built-ins, packages; no Phaser, no tests/.
    ['tools/a.ts', "import Phaser from 'phaser';\nexport const p = Phaser;", 'tools must not import "phaser"'],
    ['tools/a.ts', "import type { Game } from 'phaser';\nexport type G = Game;", 'tools must not import "phaser"'],
    ['tools/a.ts', "export type P = typeof import('phaser');", 'tools must not import "phaser"'],
    ['tools/a.ts', 'export type S = Phaser.Scene;', 'the global Phaser is not allowed in tools'],
    ['tools/a.ts', "import { x } from '../src/view/b.ts';", 'tools may not import src/view'],
    ['tools/a.ts', "import { x } from '../src/main.ts';", 'tools may not import src/main.ts'],
    ['tools/a.ts', "import { stressLevel } from '../tests/scenario/b.ts';", 'tools may not import tests'],
    ['tools/a.ts', "export const m = await import('../tests/b.ts');", 'tools may not import tests'],
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
    ['src/view/a.ts', "import type { Game } from 'phaser';\nexport type P = typeof import('phaser');\nexport type S = Phaser.Scene;"],
    ['src/sim/a.ts', 'export interface Engine { readonly Phaser: number }\nexport const engine = { Phaser: 1 };'],
    ['tools/a.ts', "import { readFileSync } from 'node:fs';\nimport { build } from 'esbuild';\nimport { step } from '../src/sim/step.ts';\nimport { readDroppedMap } from '../src/platform/b.ts';\nimport config from '../vite.config.ts';\nimport { helper } from './b.ts';\nexport const t = Date.now() + Math.random() + process.pid;"],
  ])('allows %s: %s', (file, text) => {
    expect(checkSource(file, text)).toEqual([]);
  });
});
