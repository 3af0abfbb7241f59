// The map the `load/256-<format>-<encoding>` benchmarks read: 256x256 tiles, four tile layers, 500
// objects (Spawn, Exit, 100 Enforcers on 100 routes, 298 notes in their own layer) and an external
// tileset, written in memory as TMX or JSON with the layer data in the given encoding, the way Tiled
// writes them. The same map every run: nothing here is random.
import { execFileSync } from 'node:child_process';
import { deflateSync, gzipSync } from 'node:zlib';

export type BenchFormat = 'tmx' | 'json';
export type BenchEncoding = 'csv' | 'base64' | 'zlib' | 'gzip' | 'zstd';

const SIZE = 256;
const TILE = 16;
/** night-district ids + 1 (firstgid 1): grass, brick wall, flowers, canopy. */
const GRASS = 10;
const WALL = 16;
const FLOWERS = 37;
const CANOPY = 50;

function isWall(x: number, y: number): boolean {
  if (x === 0 || y === 0 || x === SIZE - 1 || y === SIZE - 1) return true;
  // Short wall stubs on a lattice: the open ground stays one region, as in a real level.
  return x % 16 === 8 && y % 16 >= 4 && y % 16 <= 6;
}

function layerGids(): { name: string; gids: Uint32Array }[] {
  const ground = new Uint32Array(SIZE * SIZE).fill(GRASS);
  const walls = new Uint32Array(SIZE * SIZE);
  const decor = new Uint32Array(SIZE * SIZE);
  const above = new Uint32Array(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const index = y * SIZE + x;
      if (isWall(x, y)) walls[index] = WALL;
      else if ((x * 7 + y * 13) % 29 === 0) decor[index] = FLOWERS | (x % 2 === 0 ? 0x80000000 : 0);
      if (y % 16 === 2 && x % 16 === 2) above[index] = CANOPY;
    }
  }
  return [{ name: 'ground', gids: ground }, { name: 'walls', gids: walls }, { name: 'decor', gids: decor }, { name: 'above', gids: above }];
}

function zstd(bytes: Buffer): Buffer {
  return execFileSync('zstd', ['-q', '-c', '-3'], { input: bytes, maxBuffer: 64 * 1024 * 1024 });
}

function encode(gids: Uint32Array, encoding: BenchEncoding): string {
  if (encoding === 'csv') {
    const rows: string[] = [];
    for (let y = 0; y < SIZE; y++) rows.push(Array.from(gids.subarray(y * SIZE, (y + 1) * SIZE)).join(','));
    return rows.join(',\n');
  }
  const raw = Buffer.from(gids.buffer, gids.byteOffset, gids.byteLength);
  const packed = encoding === 'zlib' ? deflateSync(raw) : encoding === 'gzip' ? gzipSync(raw) : encoding === 'zstd' ? zstd(raw) : raw;
  return packed.toString('base64');
}

interface BenchObject {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly x: number;
  readonly y: number;
  readonly width?: number;
  readonly height?: number;
  readonly point?: boolean;
  readonly polygon?: readonly { x: number; y: number }[];
  readonly properties?: readonly { name: string; type: string; value: number | string }[];
}

/** Enforcers stand in the open middle of lattice squares, each walking a small square around its spot. */
function entityObjects(): BenchObject[] {
  const objects: BenchObject[] = [
    { id: 1, name: 'Start', type: 'Spawn', x: 3 * TILE + 8, y: 3 * TILE + 8, point: true },
    { id: 2, name: 'Gate', type: 'Exit', x: 250 * TILE, y: 250 * TILE, width: TILE, height: TILE },
  ];
  let id = 3;
  for (let index = 0; index < 100; index++) {
    const x = ((index % 10) * 24 + 20) * TILE + 8;
    const y = (Math.floor(index / 10) * 24 + 20) * TILE + 8;
    const routeId = id + 1;
    objects.push({
      id, name: `Enforcer ${index}`, type: 'Enforcer', x, y, point: true,
      properties: [{ name: 'route', type: 'object', value: routeId }, { name: 'facing', type: 'float', value: 270 }],
    });
    objects.push({
      id: routeId, name: `Route ${index}`, type: 'PatrolRoute', x, y,
      polygon: [{ x: 0, y: 0 }, { x: 32, y: 0 }, { x: 32, y: 32 }, { x: 0, y: 32 }],
      properties: [{ name: 'mode', type: 'string', value: 'loop' }],
    });
    id += 2;
  }
  return objects;
}

function noteObjects(firstId: number): BenchObject[] {
  return Array.from({ length: 298 }, (_, index) => ({
    id: firstId + index, name: `Note ${index}`, type: '', x: (index % 100) * 40, y: Math.floor(index / 100) * 400 + 100, width: 32, height: 16,
  }));
}

const TILESET_TSX = `<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="district" tilewidth="16" tileheight="16" tilecount="72" columns="8">
 <image source="night-district.png" width="128" height="144"/>
 <tile id="26"><properties><property name="opaque" type="bool" value="false"/></properties></tile>
 <tile id="30"><properties><property name="collides" type="bool" value="false"/><property name="opaque" type="bool" value="false"/></properties></tile>
</tileset>
`;

function objectTmx(object: BenchObject): string {
  const size = object.width === undefined ? '' : ` width="${object.width}" height="${object.height ?? 0}"`;
  const properties = object.properties === undefined ? ''
    : `<properties>${object.properties.map((property) => `<property name="${property.name}" type="${property.type}" value="${property.value}"/>`).join('')}</properties>`;
  const shape = object.point === true ? '<point/>'
    : object.polygon === undefined ? '' : `<polygon points="${object.polygon.map((point) => `${point.x},${point.y}`).join(' ')}"/>`;
  return `  <object id="${object.id}" name="${object.name}" type="${object.type}" x="${object.x}" y="${object.y}"${size}>${properties}${shape}</object>\n`;
}

function tmxMap(encoding: BenchEncoding): string {
  const compression = encoding === 'csv' || encoding === 'base64' ? '' : ` compression="${encoding}"`;
  const dataEncoding = encoding === 'csv' ? 'csv' : 'base64';
  const layers = layerGids().map((layer, index) =>
    ` <layer id="${index + 1}" name="${layer.name}" width="${SIZE}" height="${SIZE}">\n  <data encoding="${dataEncoding}"${compression}>\n${encode(layer.gids, encoding)}\n</data>\n </layer>\n`);
  const entities = entityObjects();
  return `<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" width="${SIZE}" height="${SIZE}" tilewidth="16" tileheight="16" infinite="0" nextlayerid="7" nextobjectid="600">
 <tileset firstgid="1" source="district.tsx"/>
${layers.slice(0, 3).join('')} <objectgroup id="5" name="entities">
${entities.map(objectTmx).join('')} </objectgroup>
 <objectgroup id="6" name="notes">
${noteObjects(entities.length + 1).map(objectTmx).join('')} </objectgroup>
${layers[3]!}</map>
`;
}

function objectJson(object: BenchObject): Record<string, unknown> {
  return { height: 0, rotation: 0, visible: true, width: 0, ...object };
}

function jsonMap(encoding: BenchEncoding): string {
  const compression = encoding === 'csv' || encoding === 'base64' ? {} : { compression: encoding };
  const tileLayers = layerGids().map((layer, index) => ({
    ...compression,
    data: encoding === 'csv' ? Array.from(layer.gids) : encode(layer.gids, encoding),
    ...(encoding === 'csv' ? {} : { encoding: 'base64' }),
    height: SIZE, id: index + 1, name: layer.name, opacity: 1, type: 'tilelayer', visible: true, width: SIZE, x: 0, y: 0,
  }));
  const entities = entityObjects();
  const objectLayer = (id: number, name: string, objects: BenchObject[]): Record<string, unknown> => ({
    draworder: 'topdown', id, name, objects: objects.map(objectJson), opacity: 1, type: 'objectgroup', visible: true, x: 0, y: 0,
  });
  return JSON.stringify({
    compressionlevel: -1, height: SIZE, infinite: false, nextlayerid: 7, nextobjectid: 600, orientation: 'orthogonal',
    renderorder: 'right-down', tiledversion: '1.8.2', tileheight: 16, tilewidth: 16, type: 'map', version: '1.8', width: SIZE,
    tilesets: [{ firstgid: 1, source: 'district.tsx' }],
    layers: [...tileLayers.slice(0, 3), objectLayer(5, 'entities', entities), objectLayer(6, 'notes', noteObjects(entities.length + 1)), tileLayers[3]],
  }, null, 1);
}

/** The files of the benchmark map by path, and the map's own path. */
export function benchMapFiles(format: BenchFormat, encoding: BenchEncoding): { mapPath: string; files: ReadonlyMap<string, Uint8Array> } {
  const mapPath = `bench/map.${format === 'tmx' ? 'tmx' : 'tmj'}`;
  const text = format === 'tmx' ? tmxMap(encoding) : jsonMap(encoding);
  return { mapPath, files: new Map([[mapPath, Buffer.from(text)], ['bench/district.tsx', Buffer.from(TILESET_TSX)]]) };
}
