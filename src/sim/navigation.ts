// Paths for Enforcers: easystarjs 0.4.4 in sync mode on the world's current walkability, behind two
// cheap checks. Connected-component labels reject a request whose target cannot be reached before any
// A* runs (an unreachable search floods its whole component: tens of milliseconds on a 256x256 map).
// When tiles change, only the components a change can split or join are labelled again (most flips settle
// round the cell: navigation-local.ts), and the flips are written into easystarjs's own grid, which it
// reads by reference during each search. A leg
// searched once (patrol legs round the same wall, lap after lap) is kept until walkability changes: the
// answer is the search's own, so serving it changes nothing but the cost.
import easystar from 'easystarjs';
import { floodRegion, labelRegions, type FloodGrid } from '../level/region-labels.ts';
import { closeLocally, openLocally } from './navigation-local.ts';
import type { TileCell, WorldTiles } from './types.ts';

export interface TilePoint {
  readonly x: number;
  readonly y: number;
}

export interface Navigation {
  readonly width: number;
  readonly height: number;
  /** Row-major: 0 walkable, 1 solid. Our own copy, updated only by refreshNavigation. */
  readonly blocked: Uint8Array;
  /** Row-major component label per tile; -1 for solid tiles. Equal labels reach each other. */
  readonly component: Int32Array;
  /** Labels issued so far: every label is below it (labels of relabelled components are not reused). */
  componentCount: number;
  /** How many easystarjs searches ran: benchmarks and tests read it to prove rejections cost nothing. */
  searchCount: number;
  /** How many requests were answered from `legs` instead of a search (benchmarks print it). */
  cacheHitCount: number;
  /** How many requests the component check refused without a search (benchmarks print it). */
  rejectionCount: number;
  /** Searched legs by (from tile, to tile) index: the path, or null for none. Emptied when walkability changes. */
  readonly legs: Map<number, TilePoint[] | null>;
  /** Built when a search first needs it: navigations that never search build none. */
  finder: easystar.js | null;
  /**
   * The finder's own rows (easystarjs reads its grid by reference, live, during each search, and keeps
   * nothing of it between searches but a cost table of tile values): flips are written into them in place
   * instead of building a new finder, which cost a 256x256 copy on every tick that changed tiles.
   */
  finderRows: number[][] | null;
  /** WorldTiles.changeCount this navigation was last brought up to. */
  changeCount: number;
  /** Scratch space for the flood and for the tiles to flood from, kept so a relabel allocates little. */
  readonly stack: Int32Array;
  readonly starts: Int32Array;
  /** Per label: marked for relabelling (grown as labels are issued). */
  dirtyLabels: Uint8Array;
  /** Scratch for the bounded search round a closed cell: a cell is visited when it holds `visitStamp`. */
  readonly visits: Int32Array;
  visitStamp: number;
}

export type PathRejection = 'out-of-bounds' | 'solid-target' | 'solid-start' | 'unreachable';

export type PathOutcome =
  | { readonly kind: 'found'; readonly path: TilePoint[] }
  | { readonly kind: 'rejected'; readonly reason: PathRejection }
  | { readonly kind: 'not-found' };

const WALKABLE = 0;

/**
 * How an easystarjs finder is set up: whether it steps diagonally (never cutting a corner) and what an
 * open cell costs to enter. The rules use RULES_FINDER; the benchmark weighs other setups against it.
 */
export interface FinderSetup {
  readonly diagonals: boolean;
  readonly openCost: number;
}

/**
 * Diagonals at cost 1. easystarjs's heuristic (1.4 x the shorter side + the longer) then overestimates by
 * up to 12/7, which makes the search fast and its paths up to a fifth longer than the shortest; the walk
 * cuts most of that (`npm run bench -- path/easystar-vs` weighs this against the other setups).
 */
export const RULES_FINDER: FinderSetup = { diagonals: true, openCost: 1 };

/** An easystarjs finder set up the only way the rules may use it: sync, and RULES_FINDER unless a benchmark asks otherwise. */
export function createFinder(grid: { readonly blocked: Uint8Array; readonly width: number; readonly height: number; readonly setup?: FinderSetup }): easystar.js {
  return finderOn(finderRowsOf(grid.blocked, grid.width, grid.height), grid.setup ?? RULES_FINDER);
}

/** easystarjs keeps the grid by reference: it gets its own rows, changed only by refreshNavigation. */
function finderRowsOf(blocked: Uint8Array, width: number, height: number): number[][] {
  const rows: number[][] = [];
  for (let row = 0; row < height; row += 1) {
    const cells = new Array<number>(width);
    for (let column = 0; column < width; column += 1) cells[column] = blocked[row * width + column]!;
    rows.push(cells);
  }
  return rows;
}

function finderOn(rows: number[][], setup: FinderSetup): easystar.js {
  const finder = new easystar.js();
  finder.setGrid(rows);
  finder.setAcceptableTiles([WALKABLE]);
  if (setup.openCost !== 1) finder.setTileCost(WALKABLE, setup.openCost);
  finder.enableSync();
  if (setup.diagonals) {
    finder.enableDiagonals();
    finder.disableCornerCutting();
  }
  return finder;
}

export function createNavigationFromGrid(blocked: Uint8Array, width: number, height: number): Navigation {
  const own = new Uint8Array(width * height);
  // A plain loop: Uint8Array.from with a map function took most of a 512x512 rebuild.
  for (let index = 0; index < own.length; index += 1) own[index] = blocked[index] === 0 ? 0 : 1;
  const regions = labelRegions(own, width, height);
  return {
    width,
    height,
    blocked: own,
    component: regions.labels,
    componentCount: regions.count,
    searchCount: 0,
    cacheHitCount: 0,
    rejectionCount: 0,
    legs: new Map(),
    finder: null,
    finderRows: null,
    changeCount: 0,
    stack: new Int32Array(width * height),
    starts: new Int32Array(width * height),
    dirtyLabels: new Uint8Array(Math.max(16, regions.count)),
    visits: new Int32Array(width * height),
    visitStamp: 0,
  };
}

const navigations = new WeakMap<WorldTiles, Navigation>();

/**
 * The navigation of a world's tiles, built on first use. A cache beside the world rather than in it: it
 * is a pure function of the tiles (so it needs no hashing), and a restart gives new tiles and so a new one.
 */
export function navigationFor(tiles: WorldTiles): Navigation {
  let navigation = navigations.get(tiles);
  if (!navigation) {
    navigation = createNavigationFromGrid(tiles.blocksPaths, tiles.width, tiles.height);
    navigation.changeCount = tiles.changeCount;
    navigations.set(tiles, navigation);
  }
  return navigation;
}

function markDirty(navigation: Navigation, label: number): void {
  if (label < 0) return;
  if (label >= navigation.dirtyLabels.length) {
    const grown = new Uint8Array(Math.max(label + 1, navigation.dirtyLabels.length * 2));
    grown.set(navigation.dirtyLabels);
    navigation.dirtyLabels = grown;
  }
  navigation.dirtyLabels[label] = 1;
}

/**
 * Brings navigation up to the tiles after `changed` cells changed, and returns the cells (row-major
 * indices) whose walkability for paths flipped: only a path over one of those can have changed. A door
 * that opens or closes changes none (paths always go through doors). A cell that closes may split its
 * component and one that opens may join its neighbours': only those are flooded again, and not even
 * those when the cell's neighbourhood settles it (navigation-local.ts).
 */
export function refreshNavigation(navigation: Navigation, tiles: WorldTiles, changed: readonly TileCell[]): readonly number[] {
  navigation.changeCount = tiles.changeCount;
  const { width, blocked, component, starts } = navigation;
  const flips: number[] = [];
  let startCount = 0;
  let anyDirty = false;
  for (const cell of changed) {
    const index = cell.y * width + cell.x;
    const nowBlocked = tiles.blocksPaths[index] === 0 ? 0 : 1;
    if (blocked[index] === nowBlocked) continue;
    flips.push(index);
    blocked[index] = nowBlocked;
    if (nowBlocked === 1) {
      const label = component[index]!;
      component[index] = -1;
      if (label >= 0 && !closeLocally(navigation, index)) {
        markDirty(navigation, label);
        anyDirty = true;
      }
      continue;
    }
    if (openLocally(navigation, index)) continue;
    // Neighbours of several large components (or not yet labelled) meet here: all of them are flooded again.
    for (const next of [index - 1, index + 1, index - width, index + width]) {
      if (next < 0 || next >= component.length || (next === index - 1 && cell.x === 0) || (next === index + 1 && cell.x === width - 1)) continue;
      if (component[next]! >= 0) markDirty(navigation, component[next]!);
    }
    anyDirty = true;
    starts[startCount++] = index;
  }
  if (flips.length === 0) return flips;
  if (anyDirty) {
    const dirty = navigation.dirtyLabels;
    for (let index = 0; index < component.length; index += 1) {
      const label = component[index]!;
      if (label >= 0 && dirty[label] === 1) {
        component[index] = -1;
        if (blocked[index] === 0) starts[startCount++] = index;
      }
    }
    dirty.fill(0);
  }
  const grid: FloodGrid = { blocked, labels: component, width, height: navigation.height, stack: navigation.stack };
  for (let next = 0; next < startCount; next += 1) {
    const start = starts[next]!;
    if (component[start] !== -1 || blocked[start] !== 0) continue;
    floodRegion(grid, start, navigation.componentCount);
    navigation.componentCount += 1;
  }
  const rows = navigation.finderRows;
  if (rows !== null) for (const index of flips) rows[Math.floor(index / width)]![index % width] = blocked[index]!;
  // Any leg may now run through a cell that closed, or miss a shorter way through one that opened.
  navigation.legs.clear();
  return flips;
}

/** Why a request would be refused without searching, or null when A* should run. */
export function rejectionFor(navigation: Navigation, from: TilePoint, to: TilePoint): PathRejection | null {
  const { width, height } = navigation;
  const inside = (point: TilePoint): boolean => point.x >= 0 && point.y >= 0 && point.x < width && point.y < height;
  if (!inside(from) || !inside(to)) return 'out-of-bounds';
  const fromLabel = navigation.component[from.y * width + from.x]!;
  const toLabel = navigation.component[to.y * width + to.x]!;
  if (toLabel === -1) return 'solid-target';
  if (fromLabel === -1) return 'solid-start';
  return fromLabel === toLabel ? null : 'unreachable';
}

/** Runs easystarjs once, synchronously, with no checks of ours (benchmarks compare against this). */
export function searchPath(navigation: Navigation, from: TilePoint, to: TilePoint): TilePoint[] | null {
  navigation.searchCount += 1;
  // The typings promise a path, but easystarjs calls back with null when there is none.
  let result: { x: number; y: number }[] | null | undefined;
  if (navigation.finder === null) {
    navigation.finderRows = finderRowsOf(navigation.blocked, navigation.width, navigation.height);
    navigation.finder = finderOn(navigation.finderRows, RULES_FINDER);
  }
  navigation.finder.findPath(from.x, from.y, to.x, to.y, (path: { x: number; y: number }[] | null) => {
    result = path;
  });
  navigation.finder.calculate();
  if (!result) return null;
  return result.map((point) => ({ x: point.x, y: point.y }));
}

/** A path from one tile to another, start tile first, or why there is none. */
export function findPathNow(navigation: Navigation, from: TilePoint, to: TilePoint): PathOutcome {
  const rejection = rejectionFor(navigation, from, to);
  if (rejection) return { kind: 'rejected', reason: rejection };
  return searchUnchecked(navigation, from, to);
}

/**
 * Legs kept at most; past it the cache starts again. Enough for every patrol leg of a level, few enough
 * (a few MB of paths on a 256x256 map) that a long hunt of fresh targets cannot grow it without bound.
 */
export const MAX_CACHED_LEGS = 2048;

/**
 * The search itself, for callers that already ran rejectionFor (the queue does, to spend its budget),
 * or the same leg's earlier answer while walkability has not changed. Each caller gets its own copy.
 */
export function searchUnchecked(navigation: Navigation, from: TilePoint, to: TilePoint): PathOutcome {
  const cells = navigation.width * navigation.height;
  const key = (from.y * navigation.width + from.x) * cells + to.y * navigation.width + to.x;
  let path = navigation.legs.get(key);
  if (path === undefined) {
    path = searchPath(navigation, from, to);
    if (navigation.legs.size >= MAX_CACHED_LEGS) navigation.legs.clear();
    navigation.legs.set(key, path);
  } else {
    navigation.cacheHitCount += 1;
  }
  return path ? { kind: 'found', path: path.map((point) => ({ x: point.x, y: point.y })) } : { kind: 'not-found' };
}
