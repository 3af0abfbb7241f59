// How problems name a place in a map, written one way so messages from the reader and the level builder
// read alike and a builder can search for them in Tiled.

export function layerPlace(layerName: string): string {
  return `layer "${quoteShort(layerName)}"`;
}

export function objectPlace(object: { readonly id: number; readonly name: string }, layerName: string): string {
  const named = object.name === '' ? '' : ` "${quoteShort(object.name)}"`;
  return `object ${object.id}${named} in layer "${quoteShort(layerName)}"`;
}

export function tilesetPlace(tilesetName: string): string {
  return `tileset "${quoteShort(tilesetName)}"`;
}

export function tilePlace(tileId: number, tilesetName: string): string {
  return `tile ${tileId} of tileset "${quoteShort(tilesetName)}"`;
}

export function cellPlace(layerName: string, column: number, row: number): string {
  return `layer "${quoteShort(layerName)}" at tile ${column},${row}`;
}

/** Longest name or value quoted whole in a message; longer ones are cut, so a 7 MB string never fills one. */
export const MAX_QUOTED_LENGTH = 60;

/** A name or value as it may appear inside quotes in a message: cut short when long. */
export function quoteShort(text: string): string {
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}... (${text.length} characters)` : text;
}
