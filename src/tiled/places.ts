// How problems name a place in a map, written one way so messages from the reader and the level builder
// read alike and a builder can search for them in Tiled.

export function layerPlace(layerName: string): string {
  return `layer "${layerName}"`;
}

export function objectPlace(object: { readonly id: number; readonly name: string }, layerName: string): string {
  const named = object.name === '' ? '' : ` "${object.name}"`;
  return `object ${object.id}${named} in layer "${layerName}"`;
}

export function tilesetPlace(tilesetName: string): string {
  return `tileset "${tilesetName}"`;
}

export function tilePlace(tileId: number, tilesetName: string): string {
  return `tile ${tileId} of tileset "${tilesetName}"`;
}

export function cellPlace(layerName: string, column: number, row: number): string {
  return `layer "${layerName}" at tile ${column},${row}`;
}
