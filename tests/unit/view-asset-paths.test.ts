import { describe, expect, it } from 'vitest';
import { repositoryPath, resolveRelative } from '../../src/view/asset-paths.ts';

describe('asset paths', () => {
  it('turns glob keys into repository paths', () => {
    expect(repositoryPath('../../../maps/night-escape.tmj')).toBe('maps/night-escape.tmj');
    expect(repositoryPath('../../../assets/generated/night-district.png')).toBe('assets/generated/night-district.png');
    expect(repositoryPath('./maps/./a.tmj')).toBe('maps/a.tmj');
  });

  it('resolves a tileset image relative to its map, as Tiled writes it', () => {
    expect(resolveRelative('maps/night-escape.tmj', '../assets/generated/night-district.png')).toBe('assets/generated/night-district.png');
    expect(resolveRelative('maps/night-escape.tmj', 'tiles.png')).toBe('maps/tiles.png');
    expect(resolveRelative('maps/sub/a.tmj', '../../assets/x.png')).toBe('assets/x.png');
    expect(resolveRelative('a.tmj', 'x.png')).toBe('x.png');
  });

  it('reads Windows separators and leading slashes', () => {
    expect(resolveRelative('maps/a.tmj', '..\\assets\\generated\\b.png')).toBe('assets/generated/b.png');
    expect(resolveRelative('maps/a.tmj', '/assets/b.png')).toBe('assets/b.png');
  });

  it('never climbs above the repository', () => {
    expect(resolveRelative('maps/a.tmj', '../../../../etc/passwd.png')).toBe('etc/passwd.png');
  });
});
