// Writes what `npm run dream` made as a Tiled JSON map: the input map's own JSON with only what the rules
// changed replaced (layer data, layer properties, new layers, new tilesets), so everything the game's
// reader does not keep (wang sets, editor settings, object templates, external tilesets) survives and
// Tiled opens the result; paths to other files are rewritten for the output's folder.
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { AutomapResult } from '../src/tiled/automap/apply-rule-maps.ts';
import { tmxToJson } from '../src/tiled/read-tmx.ts';
import type { TiledMap, TiledProperties, TiledTileLayer } from '../src/tiled/tiled-map.ts';

type Json = Record<string, unknown>;

export interface DreamSource {
  readonly path: string;
  readonly json: Json;
  readonly map: TiledMap;
}

/** A map as loaded (TMX or JSON text, and what the reader made of it) in Tiled's JSON shape, to write from. */
export function dreamSource(loaded: { readonly path: string; readonly text: string; readonly map: TiledMap }): DreamSource {
  const text = loaded.text.startsWith('\uFEFF') ? loaded.text.slice(1) : loaded.text;
  let json: Json;
  if (text.trimStart().startsWith('<')) {
    const converted = tmxToJson(text);
    // The loader read this very text; a failure here would be a bug, not the user's file.
    if (!converted.ok) throw new Error(`${loaded.path}: ${converted.message}`);
    json = converted.json;
  } else {
    json = JSON.parse(text) as Json;
  }
  return { path: loaded.path, json, map: loaded.map };
}

/** A path written relative to one file's folder, rewritten relative to another's. Qt resources (":/") stay. */
function rebase(path: string, from: string, to: string): string {
  if (path === '' || path.startsWith(':') || isAbsolute(path) || /^[a-z]+:\/\//i.test(path)) return path;
  return relative(dirname(to), resolve(dirname(from), path)).split('\\').join('/');
}

function rebaseFiles(json: Json, from: string, to: string): void {
  for (const key of ['image', 'source']) if (typeof json[key] === 'string') json[key] = rebase(json[key], from, to);
}

/** Tiled's `file` properties are paths relative to the file they are in (a map's `dreamRules`, say): rebased anywhere in it. */
function rebaseFileProperties(json: unknown, from: string, to: string): void {
  if (Array.isArray(json)) {
    for (const item of json) rebaseFileProperties(item, from, to);
    return;
  }
  if (typeof json !== 'object' || json === null) return;
  const record = json as Json;
  if (record.type === 'file' && typeof record.value === 'string' && typeof record.name === 'string') record.value = rebase(record.value, from, to);
  for (const value of Object.values(record)) if (typeof value === 'object') rebaseFileProperties(value, from, to);
}

function tileLayersById(layers: unknown, found: Map<number, Json>, paths: { from: string; to: string }): void {
  if (!Array.isArray(layers)) return;
  for (const layer of layers as Json[]) {
    if (layer.type === 'tilelayer' && typeof layer.id === 'number') found.set(layer.id, layer);
    if (layer.type === 'imagelayer') rebaseFiles(layer, paths.from, paths.to);
    if (layer.type === 'objectgroup' && Array.isArray(layer.objects)) {
      for (const object of layer.objects as Json[]) if (typeof object.template === 'string') object.template = rebase(object.template, paths.from, paths.to);
    }
    if (layer.type === 'group') tileLayersById(layer.layers, found, paths);
  }
}

function propertyList(original: unknown, properties: TiledProperties): Json[] {
  const kept = Array.isArray(original) ? (original as Json[]) : [];
  const list = kept.filter((entry) => !(typeof entry.name === 'string' && entry.name in properties && properties[entry.name] !== undefined && !sameValue(entry.value, properties[entry.name])));
  for (const [name, value] of Object.entries(properties)) {
    if (list.some((entry) => entry.name === name)) continue;
    const type = typeof value === 'boolean' ? 'bool' : typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'float') : 'string';
    list.push({ name, type, value });
  }
  return list;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b;
}

function sameGids(a: Uint32Array, b: Uint32Array): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function writeCells(json: Json, layer: TiledTileLayer, origin: { x: number; y: number }): void {
  delete json.encoding;
  delete json.compression;
  const data = Array.from(layer.gids);
  if (Array.isArray(json.chunks)) {
    // An infinite map's layer becomes one chunk covering the grid the reader assembled.
    json.chunks = [{ data, height: layer.height, width: layer.width, x: origin.x, y: origin.y }];
    Object.assign(json, { width: layer.width, height: layer.height, startx: origin.x, starty: origin.y });
    return;
  }
  json.data = data;
}

export function writeDreamJson(target: DreamSource, result: AutomapResult, options: { readonly outPath: string; readonly ruleMaps: readonly DreamSource[] }): string {
  const json = structuredClone(target.json);
  const paths = { from: target.path, to: options.outPath };
  const byId = new Map<number, Json>();
  tileLayersById(json.layers, byId, paths);
  const origin = target.map.tileOrigin ?? { x: 0, y: 0 };
  const before = new Map(target.map.layers.map((layer) => [layer.id, layer]));
  const layers = json.layers as Json[];
  for (const layer of result.map.layers) {
    if (layer.kind !== 'tile') continue;
    const original = before.get(layer.id);
    const existing = byId.get(layer.id);
    if (original === undefined || existing === undefined) {
      layers.push({
        data: Array.from(layer.gids), height: layer.height, id: layer.id, name: layer.name, opacity: 1,
        ...(Object.keys(layer.properties).length > 0 ? { properties: propertyList([], layer.properties) } : {}),
        type: 'tilelayer', visible: true, width: layer.width, x: 0, y: 0,
      });
      json.nextlayerid = Math.max(Number(json.nextlayerid ?? 1), layer.id + 1);
      continue;
    }
    if (original.kind === 'tile' && !sameGids(original.gids, layer.gids)) writeCells(existing, layer, origin);
    if (original.properties !== layer.properties) existing.properties = propertyList(existing.properties, layer.properties);
  }
  rebaseFileProperties(json, target.path, options.outPath);
  const tilesets = json.tilesets as Json[];
  for (const tileset of tilesets) rebaseFiles(tileset, target.path, options.outPath);
  for (const added of result.addedTilesets) {
    const source = options.ruleMaps[added.ruleMap]!;
    // By first gid: an external tileset's entry is only `firstgid` and `source`, its name is in its file.
    const firstGid = source.map.tilesets.find((tileset) => tileset.name === added.name)?.firstGid;
    const entry = (source.json.tilesets as Json[]).find((candidate) => candidate.firstgid === firstGid);
    if (entry === undefined) continue;
    const copy: Json = { ...structuredClone(entry), firstgid: added.firstGid };
    rebaseFiles(copy, source.path, options.outPath);
    tilesets.push(copy);
  }
  return `${JSON.stringify(json, null, 1)}\n`;
}
