// Which saves the dev server's plugin reports, and which of them reload the level being played.
import { describe, expect, it } from 'vitest';
import { mapFilePath } from '../../tools/map-reload-plugin.ts';

describe('the map reload plugin', () => {
  it('reports what Tiled saves in maps/, as a path from the root, and nothing else', () => {
    expect(mapFilePath('/repo', '/repo/maps/night-escape.tmj')).toBe('maps/night-escape.tmj');
    for (const name of ['a.tmx', 'a.tsx', 'a.tsj', 'a.tx', 'a.tj', 'a.json', 'rules.txt', 'sub/rules.txt', 'analog-dreams.tiled-project']) {
      expect(mapFilePath('/repo', `/repo/maps/${name}`)).toBe(`maps/${name}`);
    }
    expect(mapFilePath('/repo', '/repo/maps/README.md')).toBeNull();
    expect(mapFilePath('/repo', '/repo/src/main.ts')).toBeNull();
    expect(mapFilePath('/repo', '/elsewhere/maps/a.tmj')).toBeNull();
  });
});
