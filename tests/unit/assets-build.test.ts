import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHARACTER_IMAGE,
  CHARACTER_INDEX,
  PORTRAIT_IMAGE,
  PORTRAIT_INDEX,
  TILESET_IMAGE,
  TILESET_INDEX,
  buildAssets,
  checkAssets,
  type CharacterIndex,
  type TilesetIndex,
} from '../../tools/build-assets.ts';
import { AssetSourceError, parseSheet } from '../../tools/pixel-art-source.ts';
import { FACES, PORTRAIT_SPEAKERS, portraitFrame } from '../../src/view/ui/dialogue-portraits.ts';

const root = resolve(import.meta.dirname, '../..');
const scratch: string[] = [];

afterAll(() => {
  for (const directory of scratch) rmSync(directory, { recursive: true, force: true });
});

/** A copy of just the art sources and the committed output, so a test can break it safely. */
function copyOfAssets(): string {
  const directory = mkdtempSync(join(tmpdir(), 'analog-dreams-assets-'));
  scratch.push(directory);
  cpSync(join(root, 'assets'), join(directory, 'assets'), { recursive: true });
  return directory;
}

const directions = ['down', 'up', 'left', 'right'];
const walkFrames = (who: string): string[] =>
  directions.flatMap((direction) => [0, 1, 2, 3].map((step) => `${who}-${direction}-${step}`));
// The view asks for these names; renaming one breaks the game, so the list is spelled out here.
const requiredFrames = [
  ...walkFrames('mira'),
  ...walkFrames('enforcer'),
  // Every hunter look (HUNTER_LOOKS): the family and the DreamPod drone.
  ...['drone', 'elena', 'sam', 'niko'].flatMap(walkFrames),
  'icon-question',
  'icon-alert',
  'exit-0',
  'exit-1',
  'exit-2',
  'exit-3',
  'shadow',
  ...[0, 1, 2, 3, 4].flatMap((look) => [...walkFrames(`child${look}`), `child${look}-asleep`]),
  'icon-sleep',
  'icon-wait',
];

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const readPng = (path: string): PNG => PNG.sync.read(readFileSync(join(root, path)));

describe('build-assets', () => {
  it('reproduces the committed files byte for byte (the --check mode passes)', () => {
    expect(checkAssets(root)).toEqual([]);
  });

  it('runs as a command: --check exits 0 on the committed files', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/build-assets.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('assets up to date');
  });

  it('gives the same bytes on every build', () => {
    const first = buildAssets(root);
    const second = buildAssets(root);
    expect(second.map((file) => file.path)).toEqual(first.map((file) => file.path));
    first.forEach((file, index) => {
      expect(second[index]?.bytes.equals(file.bytes)).toBe(true);
    });
  });

  it('--check notices a changed source and a changed output', () => {
    const changedOutput = copyOfAssets();
    const image = join(changedOutput, TILESET_IMAGE);
    const bytes = readFileSync(image);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0xff;
    writeFileSync(image, bytes);
    expect(checkAssets(changedOutput)).toEqual([expect.stringContaining(TILESET_IMAGE)]);

    const changedSource = copyOfAssets();
    const palettePath = join(changedSource, 'assets/palette.json');
    writeFileSync(palettePath, readFileSync(palettePath, 'utf8').replace('#ffb347', '#ffb348'));
    expect(checkAssets(changedSource).length).toBeGreaterThan(0);
  });

  it('has every frame the view asks for, each at a distinct index', () => {
    const index = readJson(CHARACTER_INDEX) as CharacterIndex;
    for (const name of requiredFrames) expect(index.frames, name).toHaveProperty(name);
    const indices = Object.values(index.frames);
    expect(new Set(indices).size).toBe(indices.length);
  });

  it('has a 32x32 portrait of every speaker in every expression, each with a face drawn', () => {
    const portraits = readJson(PORTRAIT_INDEX) as CharacterIndex;
    const image = readPng(PORTRAIT_IMAGE);
    expect([portraits.frameWidth, portraits.frameHeight]).toEqual([32, 32]);
    expect(image.width).toBe(portraits.columns * 32);
    for (const speaker of PORTRAIT_SPEAKERS) {
      for (const face of FACES) {
        const name = portraitFrame({ speaker, tags: [`face: ${face}`] })!;
        const frame = portraits.frames[name];
        expect(frame, name).toBeDefined();
        const left = (frame! % portraits.columns) * 32;
        const top = Math.trunc(frame! / portraits.columns) * 32;
        let painted = 0;
        for (let y = top; y < top + 32; y += 1) {
          for (let x = left; x < left + 32; x += 1) if ((image.data[(y * image.width + x) * 4 + 3] ?? 0) > 0) painted += 1;
        }
        expect(painted, name).toBeGreaterThan(300);
      }
    }
  });

  it('has PNG sizes that match their JSON descriptions', () => {
    const characters = readJson(CHARACTER_INDEX) as CharacterIndex;
    const characterImage = readPng(CHARACTER_IMAGE);
    const frameCount = Object.keys(characters.frames).length;
    expect([characters.frameWidth, characters.frameHeight]).toEqual([16, 16]);
    expect(characterImage.width).toBe(characters.columns * 16);
    expect(characterImage.height).toBe(Math.ceil(frameCount / characters.columns) * 16);
    expect(Math.max(...Object.values(characters.frames))).toBe(frameCount - 1);

    const tileset = readJson(TILESET_INDEX) as TilesetIndex;
    const tileImage = readPng(TILESET_IMAGE);
    expect(tileset.columns).toBe(8);
    expect([tileImage.width, tileImage.height]).toEqual([tileset.imageWidth, tileset.imageHeight]);
    expect(tileImage.width).toBe(8 * 16);
    expect(tileset.tileCount).toBe((tileImage.width / 16) * (tileImage.height / 16));
    expect(Math.max(...Object.values(tileset.tiles).map((tile) => tile.id))).toBeLessThan(tileset.tileCount);
  });

  it('draws something in every frame and keeps the tileset free of half-transparent walls', () => {
    const characters = readJson(CHARACTER_INDEX) as CharacterIndex;
    const image = readPng(CHARACTER_IMAGE);
    for (const [name, frame] of Object.entries(characters.frames)) {
      const left = (frame % characters.columns) * 16;
      const top = Math.trunc(frame / characters.columns) * 16;
      let painted = 0;
      for (let y = top; y < top + 16; y += 1) {
        for (let x = left; x < left + 16; x += 1) if ((image.data[(y * image.width + x) * 4 + 3] ?? 0) > 0) painted += 1;
      }
      expect(painted, name).toBeGreaterThan(8);
    }
    // An opaque tile must look solid: a see-through hole would show the player a gap sight cannot use.
    const tileset = readJson(TILESET_INDEX) as TilesetIndex;
    const tileImage = readPng(TILESET_IMAGE);
    for (const [name, tile] of Object.entries(tileset.tiles)) {
      if (!tile.opaque || name === 'tree-trunk') continue;
      const left = (tile.id % 8) * 16;
      const top = Math.trunc(tile.id / 8) * 16;
      for (let y = top; y < top + 16; y += 1) {
        for (let x = left; x < left + 16; x += 1) {
          expect(tileImage.data[(y * tileImage.width + x) * 4 + 3], `${name} at ${x - left},${y - top}`).toBe(255);
        }
      }
    }
  });

  it('keeps the analog dream space\'s tiles in its reserved ids 256-319, its dream forms on the dream layer', () => {
    const tileset = readJson(TILESET_INDEX) as TilesetIndex;
    const ids = (names: readonly string[]): (number | undefined)[] => names.map((name) => tileset.tiles[name]?.id);
    expect(ids(['floorboards', 'plaster-stars', 'campfire', 'gramophone', 'dream-star-gate'])).toEqual([256, 269, 281, 278, 293]);
    // The night escape's own tiles start at 320, its reserved range.
    const own = Object.values(tileset.tiles).filter((tile) => tile.id >= 256 && tile.id < 320);
    expect(own.length).toBeGreaterThan(30);
    expect(Object.values(tileset.tiles).filter((tile) => tile.id >= 320).every((tile) => tile.id <= 351)).toBe(true);
    expect(tileset.tiles['dream-star-gate']).toMatchObject({ layer: 'dream', properties: { collides: false, opaque: false } });
    expect(tileset.tiles['gramophone']?.properties).toEqual({ collides: true, opaque: false });
  });

  it('appends the dream tiles at ids 72..77 on the dream layer, with the properties a map tileset needs', () => {
    const tileset = readJson(TILESET_INDEX) as TilesetIndex;
    const dream = ['dream-vine', 'dream-star-river', 'dream-tree', 'dream-moss', 'dream-bloom', 'dream-lantern'];
    expect(dream.map((name) => tileset.tiles[name]?.id)).toEqual([72, 73, 74, 75, 76, 77]);
    expect(dream.every((name) => tileset.tiles[name]?.layer === 'dream')).toBe(true);
    // Sections are appended at the end (the hidden passage from id 192): the image grows by whole rows.
    expect(tileset.tileCount).toBeGreaterThanOrEqual(80);
    expect(tileset.tileCount % tileset.columns).toBe(0);
    expect(tileset.tiles['passage-boards']?.id).toBe(192);
    expect(tileset.tiles['dream-vine']?.properties).toEqual({ collides: false, opaque: false, enforcerBlocks: true });
    expect(tileset.tiles['dream-star-river']?.properties).toEqual({ collides: false, opaque: false, enforcerBlocks: true });
    expect(tileset.tiles['dream-tree']?.properties).toEqual({ collides: false, opaque: false, hide: true });
    expect(tileset.tiles['dream-moss']?.properties).toEqual({ collides: false, opaque: false });
    expect(tileset.tiles['dream-lantern']?.properties).toEqual({ collides: false, opaque: false, lit: true });
    // The waking tiles keep their ids: the last one is still 65, and walls say what they do.
    expect(tileset.tiles['roof-flat-east']?.id).toBe(65);
    expect(tileset.tiles['brick-wall']?.properties).toEqual({ collides: true, opaque: true });
    expect(tileset.tiles.grass?.properties).toBeUndefined();
  });

  it('puts the home tiles of the bedroom chapter in their own range, 128..191, with what they do', () => {
    const tileset = readJson(TILESET_INDEX) as TilesetIndex;
    const home = Object.entries(tileset.tiles).filter(([, tile]) => tile.id >= 128 && tile.id <= 191);
    expect(home.map(([name]) => name)).toContain('floor-boards');
    expect(tileset.tiles['floor-boards']?.id).toBe(128);
    // Under the bed and behind the curtains she can hide; the wardrobe blocks until the passage replaces it.
    expect(tileset.tiles['bed-head']).toMatchObject({ layer: 'above', properties: { hide: true } });
    expect(tileset.tiles.curtain).toMatchObject({ layer: 'above', properties: { hide: true } });
    expect(tileset.tiles.wardrobe?.properties).toEqual({ collides: true, opaque: true });
    expect(tileset.tiles['hidden-passage']?.properties).toEqual({ collides: false, opaque: false });
    expect(tileset.tiles['floor-moonlit']?.properties).toEqual({ lit: true });
    // Furniture she can be seen over: it stops her, not their eyes.
    expect(tileset.tiles.counter?.properties).toEqual({ collides: true, opaque: false });
  });

  it('reads the dream flags and refuses an id that would move a tile', () => {
    const rows = 'AAAAAAAAAAAAAAAA\n'.repeat(16);
    const [tile] = parseSheet(`tile vine dream enforcerBlocks hide lit id:9\n${rows}`, 'sheet.txt');
    expect(tile).toMatchObject({ layer: 'dream', enforcerBlocks: true, hide: true, lit: true, id: 9, collides: false });
    expect(() => parseSheet(`tile glow decor collides\n${rows}`, 'sheet.txt')).toThrow(/only walls and dream tiles/);
    expect(() => parseSheet(`frame glow hide\n${rows}`, 'sheet.txt')).toThrow(/only tiles take/);
  });

  it('names the file and line of a mistake in a source', () => {
    expect(() => parseSheet('tile broken ground\n' + 'AAAA\n'.repeat(16), 'sheet.txt')).toThrow(AssetSourceError);
    expect(() => parseSheet('tile broken ground\n' + 'AAAA\n'.repeat(16), 'sheet.txt')).toThrow(/sheet\.txt:2:/);
    expect(() => parseSheet('tile lonely nowhere\n', 'sheet.txt')).toThrow(/sheet\.txt:1: unknown flag/);
    expect(() => parseSheet('frame a = missing\n', 'sheet.txt')).not.toThrow();
  });
});
