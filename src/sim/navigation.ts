// Paths for Enforcers: easystarjs 0.4.4 in sync mode on the level's walkability grid, behind two cheap
// checks. Connected-component labels reject a request whose target cannot be reached before any A*
// runs (an unreachable search floods its whole component: tens of milliseconds on a 256x256 map).
import easystar from 'easystarjs';
import type { LevelDefinition } from '../level/level-definition.ts';
import { labelRegions } from '../level/region-labels.ts';

export interface TilePoint {
  readonly x: number;
  readonly y: number;
}

export interface Navigation {
  readonly width: number;
  readonly height: number;
  /** Row-major: 0 walkable, 1 solid. */
  readonly blocked: Uint8Array;
  /** Row-major component label per tile; -1 for solid tiles. Equal labels reach each other. */
  readonly component: Int32Array;
  readonly componentCount: number;
  /** How many easystarjs searches ran: benchmarks and tests read it to prove rejections cost nothing. */
  searchCount: number;
  readonly finder: easystar.js;
}

export type PathRejection = 'out-of-bounds' | 'solid-target' | 'solid-start' | 'unreachable';

export type PathOutcome =
  | { readonly kind: 'found'; readonly path: TilePoint[] }
  | { readonly kind: 'rejected'; readonly reason: PathRejection }
  | { readonly kind: 'not-found' };

const WALKABLE = 0;

/** An easystarjs finder set up the only way the rules may use it: sync, diagonals, no corner cutting. */
export function createFinder(blocked: Uint8Array, width: number, height: number): easystar.js {
  const finder = new easystar.js();
  // easystarjs keeps the grid by reference: it gets its own rows, never shared with anything that changes.
  const rows: number[][] = [];
  for (let row = 0; row < height; row += 1) rows.push(Array.from(blocked.subarray(row * width, (row + 1) * width)));
  finder.setGrid(rows);
  finder.setAcceptableTiles([WALKABLE]);
  finder.enableSync();
  finder.enableDiagonals();
  finder.disableCornerCutting();
  return finder;
}

export function createNavigationFromGrid(blocked: Uint8Array, width: number, height: number): Navigation {
  const own = Uint8Array.from(blocked, (cell) => (cell === 0 ? 0 : 1));
  const regions = labelRegions(own, width, height);
  return {
    width,
    height,
    blocked: own,
    component: regions.labels,
    componentCount: regions.count,
    searchCount: 0,
    finder: createFinder(own, width, height),
  };
}

export function createNavigation(level: LevelDefinition): Navigation {
  return createNavigationFromGrid(level.solid, level.width, level.height);
}

const navigations = new WeakMap<LevelDefinition, Navigation>();

/** The level's navigation, built once per level object. */
export function navigationFor(level: LevelDefinition): Navigation {
  let navigation = navigations.get(level);
  if (!navigation) {
    navigation = createNavigation(level);
    navigations.set(level, navigation);
  }
  return navigation;
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
  const path = searchPath(navigation, from, to);
  return path ? { kind: 'found', path } : { kind: 'not-found' };
}
