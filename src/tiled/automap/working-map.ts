// The map while rules are applied: tile layers copied once so rules can write in place, layers and
// tilesets added on demand, and the finished map handed back as a new TiledMap (the input is never changed).
import { GID_MASK, type TiledLayer, type TiledMap, type TiledProperties, type TiledTileLayer, type TiledTileset } from '../tiled-map.ts';

/** A rule map's tileset copied into the target map because a rule wrote one of its tiles. */
export interface AddedTileset {
  readonly ruleMap: number;
  readonly name: string;
  readonly firstGid: number;
}

/** Never equal to a cell: a rule map tile whose tileset the target does not have can never match. */
const NO_TILE = -100;

export class WorkingMap {
  readonly #layers: TiledLayer[];
  readonly #gids = new Map<number, Uint32Array>();
  readonly #properties = new Map<number, TiledProperties>();
  readonly #tilesets: TiledTileset[];
  readonly addedTilesets: AddedTileset[] = [];
  readonly createdLayers: string[] = [];
  /** Bumped when a layer is created, so cached layer lookups know to look again. */
  layerVersion = 0;

  readonly #source: TiledMap;

  constructor(source: TiledMap) {
    this.#source = source;
    this.#layers = [...source.layers];
    this.#tilesets = [...source.tilesets];
    for (const [position, layer] of this.#layers.entries()) if (layer.kind === 'tile') this.#gids.set(position, layer.gids.slice());
  }

  get width(): number {
    return this.#source.width;
  }

  get height(): number {
    return this.#source.height;
  }

  get infinite(): boolean {
    return this.#source.infinite;
  }

  /** The bottom-most tile layer of that name, as Tiled picks it. */
  #position(name: string): number {
    return this.#layers.findIndex((layer) => layer.kind === 'tile' && layer.name === name);
  }

  /** The cells of a layer, or undefined when there is none (rules then read it as empty). */
  read(name: string): Uint32Array | undefined {
    const position = this.#position(name);
    return position < 0 ? undefined : this.#gids.get(position);
  }

  /** Whether the layer of this name is locked (a layer the rules create never is). */
  isLocked(name: string): boolean {
    const layer = this.#layers[this.#position(name)];
    return layer?.kind === 'tile' && layer.locked;
  }

  /** The cells of a layer to write, creating the layer on top when the map has none of that name. */
  write(name: string): Uint32Array {
    const position = this.#position(name);
    if (position >= 0) return this.#gids.get(position)!;
    const id = this.#layers.reduce((highest, layer) => Math.max(highest, layer.id), 0) + 1;
    const gids = new Uint32Array(this.width * this.height);
    this.#layers.push({
      kind: 'tile', id, name, className: '', width: this.width, height: this.height, visible: true, locked: false, opacity: 1, gids, properties: {},
    });
    this.#gids.set(this.#layers.length - 1, gids);
    this.createdLayers.push(name);
    this.layerVersion += 1;
    return gids;
  }

  addProperties(name: string, properties: TiledProperties): void {
    if (Object.keys(properties).length === 0) return;
    const position = this.#position(name);
    const current = this.#properties.get(position) ?? this.#layers[position]!.properties;
    this.#properties.set(position, { ...current, ...properties });
  }

  /**
   * A translator from one rule map's gids to this map's: tiles match by tileset name and local id, flip
   * flags kept. A tileset the map lacks is added (after the last one) only when a rule writes its tile.
   */
  translator(ruleTilesets: readonly TiledTileset[], ruleMap: number): { forInput: (gid: number) => number; forOutput: (gid: number) => number } {
    const tilesetOf = (gid: number): TiledTileset | undefined =>
      [...ruleTilesets].reverse().find((tileset) => tileset.firstGid <= (gid & GID_MASK));
    const translate = (gid: number, add: boolean): number => {
      if (gid <= 0) return gid;
      const tileset = tilesetOf(gid);
      if (tileset === undefined) return NO_TILE;
      let target = this.#tilesets.find((candidate) => candidate.name === tileset.name);
      if (target === undefined) {
        if (!add) return NO_TILE;
        const firstGid = this.#tilesets.reduce((next, candidate) => Math.max(next, candidate.firstGid + candidate.tileCount), 1);
        target = { ...tileset, firstGid };
        this.#tilesets.push(target);
        this.addedTilesets.push({ ruleMap, name: tileset.name, firstGid });
      }
      const flags = (gid & ~GID_MASK) >>> 0;
      return ((target.firstGid + (gid & GID_MASK) - tileset.firstGid) | flags) >>> 0;
    };
    // Outputs write the same few gids thousands of times: translate each once.
    const outputs = new Map<number, number>();
    const forOutput = (gid: number): number => {
      let translated = outputs.get(gid);
      if (translated === undefined) {
        translated = translate(gid, true);
        outputs.set(gid, translated);
      }
      return translated;
    };
    return { forInput: (gid) => translate(gid, false), forOutput };
  }

  finish(): TiledMap {
    const layers = this.#layers.map((layer, position): TiledLayer => {
      if (layer.kind !== 'tile') return layer;
      const gids = this.#gids.get(position)!;
      const properties = this.#properties.get(position) ?? layer.properties;
      const changed = properties !== layer.properties || !sameCells(gids, layer.gids);
      return changed ? ({ ...layer, gids, properties } satisfies TiledTileLayer) : layer;
    });
    return { ...this.#source, layers, tilesets: this.#tilesets };
  }
}

function sameCells(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}
