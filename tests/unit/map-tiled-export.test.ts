// Proof that Tiled itself opens the committed map: Debian's tiled exports it headless.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tiledPath = '/usr/bin/tiled';
const rasterizerPath = '/usr/bin/tmxrasterizer';
const mapPath = join(root, 'maps/night-escape.tmj');
const scratch = mkdtempSync(join(tmpdir(), 'analog-dreams-tiled-'));
const headless = { ...process.env, QT_QPA_PLATFORM: 'offscreen' };

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function requireTool(path: string): void {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: install Tiled with "apt-get install -y tiled" (CI does this)`);
  }
}

const layerNames = (map: { layers: { name: string }[] }): string[] => map.layers.map((layer) => layer.name);

describe('maps/night-escape.tmj in Tiled', () => {
  it('exports to JSON with Tiled and keeps every layer', () => {
    requireTool(tiledPath);
    const output = join(scratch, 'out.tmj');
    const result = spawnSync(tiledPath, ['--export-map', 'json', mapPath, output], {
      env: headless,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, `tiled said: ${result.stderr}`).toBe(0);
    expect(statSync(output).size).toBeGreaterThan(0);
    const original = JSON.parse(readFileSync(mapPath, 'utf8')) as { layers: { name: string }[] };
    const exported = JSON.parse(readFileSync(output, 'utf8')) as { layers: { name: string }[] };
    expect(layerNames(exported)).toEqual(layerNames(original));
    expect(layerNames(exported)).toEqual(['ground', 'walls', 'decor', 'dream', 'dream/bloom', 'dream/lanterns', 'reveal/service-gate', 'reveal/service-gate/ground', 'entities', 'above']);
  });

  it('renders with tmxrasterizer at full map size', () => {
    requireTool(rasterizerPath);
    const output = join(scratch, 'night-escape.png');
    const result = spawnSync(rasterizerPath, [mapPath, output], { env: headless, encoding: 'utf8', timeout: 60_000 });
    expect(result.status, `tmxrasterizer said: ${result.stderr}`).toBe(0);
    const bytes = readFileSync(output);
    // PNG header: width and height are big-endian at bytes 16 and 20.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([48 * 16, 36 * 16]);
  });
});

describe('maps/hidden-door.tmj in Tiled', () => {
  it('exports to JSON with Tiled and keeps every layer, its reveals and the map property darkness', () => {
    requireTool(tiledPath);
    const chapterPath = join(root, 'maps/hidden-door.tmj');
    const output = join(scratch, 'hidden-door.tmj');
    const result = spawnSync(tiledPath, ['--export-map', 'json', chapterPath, output], { env: headless, encoding: 'utf8', timeout: 60_000 });
    expect(result.status, `tiled said: ${result.stderr}`).toBe(0);
    const original = JSON.parse(readFileSync(chapterPath, 'utf8')) as { layers: { name: string }[] };
    const exported = JSON.parse(readFileSync(output, 'utf8')) as { layers: { name: string }[]; properties: { name: string; value: unknown }[] };
    expect(layerNames(exported)).toEqual(layerNames(original));
    expect(layerNames(exported)).toContain('reveal/lamp-gallery/decor');
    expect(exported.properties.find((property) => property.name === 'darkness')?.value).toBe(0.86);
  });
});
