import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readCharacterSheet } from '../../src/view/character-sheet.ts';
import { HUNTER_LOOKS } from '../../src/level/entity-schema.ts';
import { characterFrameName, facingOf, hunterSheetName, walkFrame } from '../../src/view/renderers/character-frames.ts';

describe('character sheet', () => {
  it('reads grid indices into rectangles, row by row', () => {
    const sheet = readCharacterSheet({ frameWidth: 16, frameHeight: 20, columns: 8, frames: { a: 0, b: 7, c: 8, d: 19 } });
    expect(sheet).toEqual({
      ok: true,
      frames: [
        { name: 'a', x: 0, y: 0, width: 16, height: 20 },
        { name: 'b', x: 112, y: 0, width: 16, height: 20 },
        { name: 'c', x: 0, y: 20, width: 16, height: 20 },
        { name: 'd', x: 48, y: 40, width: 16, height: 20 },
      ],
    });
  });

  it('reads plain and TexturePacker rectangles', () => {
    const sheet = readCharacterSheet({ frames: { plain: { x: 1, y: 2, w: 3, h: 4 }, packed: { frame: { x: 5, y: 6, w: 7, h: 8 } } } });
    expect(sheet).toEqual({
      ok: true,
      frames: [
        { name: 'plain', x: 1, y: 2, width: 3, height: 4 },
        { name: 'packed', x: 5, y: 6, width: 7, height: 8 },
      ],
    });
  });

  it.each([
    ['no frames object', { frameWidth: 16 }, 'no "frames"'],
    ['not an object', 'characters', 'no "frames"'],
    ['an index without a grid', { frames: { a: 3 } }, 'frame "a" is an index'],
    ['a negative index', { frameWidth: 16, frameHeight: 16, columns: 4, frames: { a: -1 } }, 'frame "a" is an index'],
    ['a fractional index', { frameWidth: 16, frameHeight: 16, columns: 4, frames: { a: 1.5 } }, 'frame "a" is an index'],
    ['a zero-sized rectangle', { frames: { b: { x: 0, y: 0, w: 0, h: 4 } } }, 'frame "b" is neither'],
    ['a string frame', { frames: { c: 'mira.png' } }, 'frame "c" is neither'],
  ])('refuses %s with a message naming the frame', (_name, data, message) => {
    const sheet = readCharacterSheet(data);
    expect(sheet.ok).toBe(false);
    if (!sheet.ok) expect(sheet.message).toContain(message);
  });

  it('reads the shipped sheet: every frame the scenes ask for exists and lies inside the image', () => {
    const sheet = readCharacterSheet(JSON.parse(readFileSync('assets/generated/characters.json', 'utf8')));
    if (!sheet.ok) throw new Error(sheet.message);
    const image = PNG.sync.read(readFileSync('assets/generated/characters.png'));
    const names = new Set(sheet.frames.map((frame) => frame.name));
    for (const character of ['mira', ...HUNTER_LOOKS.map(hunterSheetName)] as const) {
      for (const facing of ['down', 'up', 'left', 'right'] as const) {
        for (let frame = 0; frame < 4; frame += 1) expect(names).toContain(characterFrameName(character, facing, frame));
      }
    }
    for (const name of ['shadow', 'icon-question', 'icon-alert', 'exit-0', 'exit-1', 'exit-2', 'exit-3']) expect(names).toContain(name);
    for (const frame of sheet.frames) {
      expect(frame.x + frame.width).toBeLessThanOrEqual(image.width);
      expect(frame.y + frame.height).toBeLessThanOrEqual(image.height);
    }
  });
});

describe('character frames', () => {
  it('draws each hunter by its own look, and a look the art lacks as an Enforcer', () => {
    expect(HUNTER_LOOKS.map(hunterSheetName)).toEqual(['enforcer', 'drone', 'elena', 'sam', 'niko']);
    expect(hunterSheetName('grandma')).toBe('enforcer');
    expect(characterFrameName(hunterSheetName('sam'), 'left', 2)).toBe('sam-left-2');
  });

  it('faces the way it mostly moves; sideways wins a diagonal; down when still', () => {
    expect(facingOf(0, 0)).toBe('down');
    expect(facingOf(5, 1)).toBe('right');
    expect(facingOf(-5, 1)).toBe('left');
    expect(facingOf(1, -5)).toBe('up');
    expect(facingOf(1, 5)).toBe('down');
    expect(facingOf(3, 3)).toBe('right');
    expect(facingOf(-3, -3)).toBe('left');
  });

  it('stands on frame 0 and steps through 1, 2, 3, 0 faster when running than sneaking', () => {
    expect(walkFrame({ moving: false, gait: 'walk', tick: 37 })).toBe(0);
    expect(walkFrame({ moving: true, gait: 'still', tick: 37 })).toBe(0);
    expect([0, 8, 16, 24, 32].map((tick) => walkFrame({ moving: true, gait: 'walk', tick }))).toEqual([1, 2, 3, 0, 1]);
    const changes = (gait: 'sneak' | 'walk' | 'run'): number => {
      let count = 0;
      for (let tick = 1; tick < 120; tick += 1) {
        if (walkFrame({ moving: true, gait, tick }) !== walkFrame({ moving: true, gait, tick: tick - 1 })) count += 1;
      }
      return count;
    };
    expect(changes('run')).toBeGreaterThan(changes('walk'));
    expect(changes('walk')).toBeGreaterThan(changes('sneak'));
  });
});
