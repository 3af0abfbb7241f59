import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from './boundary-rules.ts';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('module boundary (DESIGN.md, Architecture)', () => {
  it('every file under src/ keeps the rules', () => {
    const violations = sourceFiles(join(root, 'src')).flatMap((file) =>
      checkSource(relative(root, file), readFileSync(file, 'utf8')),
    );
    expect(violations.map((v) => `${v.file}:${v.line}: ${v.message}`)).toEqual([]);
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
  ])('allows %s: %s', (file, text) => {
    expect(checkSource(file, text)).toEqual([]);
  });
});
