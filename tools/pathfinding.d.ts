// The few parts of the `pathfinding` package (a devDependency, for the comparison benchmark only) that
// tools/bench-hunt.ts uses; the package ships no types.
declare module 'pathfinding' {
  export class Grid {
    constructor(width: number, height: number, matrix?: number[][]);
    setWalkableAt(x: number, y: number, walkable: boolean): void;
    clone(): Grid;
  }
  export interface FinderOptions {
    readonly diagonalMovement?: number;
  }
  export interface Finder {
    findPath(startX: number, startY: number, endX: number, endY: number, grid: Grid): number[][];
  }
  export const AStarFinder: new (options?: FinderOptions) => Finder;
  export const JumpPointFinder: (options?: FinderOptions) => Finder;
  export const DiagonalMovement: { readonly OnlyWhenNoObstacles: number };
}
