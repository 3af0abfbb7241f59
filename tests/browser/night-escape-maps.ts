// The night escape's map as the browser tests and benchmarks hand it to the game: whole, without its
// dream, and turned into a map with 99,000 problems.
import { readFileSync } from 'node:fs';

/**
 * The night escape as a builder drops it alone, without the .ink its `story` property names: no `story`
 * property and no object that opens a scene (Niko's Talk and the sanctuary still set their flags). With the
 * property and no ink beside it the game would rightly refuse the map.
 */
export function withoutStory(mapText: string): string {
  const map = JSON.parse(mapText) as { properties?: { name: string }[]; layers: { objects?: { properties?: { name: string }[] }[] }[] };
  map.properties = (map.properties ?? []).filter((property) => property.name !== 'story');
  for (const layer of map.layers) {
    for (const object of layer.objects ?? []) object.properties = object.properties?.filter((property) => property.name !== 'scene');
  }
  return JSON.stringify(map);
}

export const MAP_TEXT = withoutStory(readFileSync('maps/night-escape.tmj', 'utf8'));

export interface JsonMap {
  width: number;
  height: number;
  layers: Record<string, unknown>[];
  tilesets: { image: string }[];
  properties?: { name: string }[];
}

type MapObject = { type?: string; properties?: { name: string; value?: unknown }[] };

/**
 * The night escape without its dream (no rule map to drop beside it, no dream layers, no circle, and so no
 * gate waiting on the flag the circle set): these tests are about files and problems, and count them.
 */
export function wakingNightEscape(): JsonMap {
  const waking = JSON.parse(MAP_TEXT) as JsonMap;
  waking.properties = (waking.properties ?? []).filter((property) => !property.name.startsWith('dream'));
  const awake = (object: MapObject): MapObject => ({ ...object, properties: object.properties?.filter((property) => !(property.name === 'requires' && property.value === 'dream_merged')) });
  waking.layers = waking.layers
    .filter((layer) => typeof layer.name !== 'string' || !layer.name.startsWith('dream'))
    .map((layer) => (Array.isArray(layer.objects) ? { ...layer, objects: (layer.objects as MapObject[]).filter((object) => object.type !== 'DreamCircle').map(awake) } : layer));
  return waking;
}

/**
 * No Spawn (an error, so the problems screen), and 99,000 objects of unknown classes: just under the
 * reader's 100,000 objects a layer, so every one is read and warned about.
 */
export function manyProblemsMapText(): string {
  const many = wakingNightEscape();
  const entities = many.layers.find((layer) => layer.name === 'entities') as { objects: Record<string, unknown>[] };
  entities.objects = entities.objects.filter((object) => object.type !== 'Spawn');
  for (let index = 0; index < 99_000; index += 1) entities.objects.push({ id: 100_000 + index, type: `B${index}`, x: 8, y: 8, point: true });
  return JSON.stringify(many);
}
