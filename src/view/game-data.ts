// What the boot scene hands to the others, kept in the game registry with types around it.
import type Phaser from 'phaser';
import type { LevelDefinition } from '../level/level-definition.ts';
import type { MapProblem } from '../tiled/tiled-map.ts';

export interface LoadedLevel {
  readonly level: LevelDefinition;
  /** Where the map came from, as shown to the player (e.g. `maps/night-escape.tmj`). */
  readonly fileName: string;
  /** Texture key of each tileset's image, by tileset name. */
  readonly tilesetTextures: ReadonlyMap<string, string>;
  readonly warnings: readonly MapProblem[];
}

export interface ProblemReport {
  readonly fileName: string;
  readonly problems: readonly MapProblem[];
}

const LOADED_LEVEL = 'analog-dreams/loaded-level';
const PROBLEM_REPORT = 'analog-dreams/problem-report';
const START_LEVEL_WHEN_READY = 'analog-dreams/start-level-when-ready';

export function setLoadedLevel(game: Phaser.Game, loaded: LoadedLevel): void {
  game.registry.set(LOADED_LEVEL, loaded);
}

export function getLoadedLevel(game: Phaser.Game): LoadedLevel | null {
  return (game.registry.get(LOADED_LEVEL) as LoadedLevel | undefined) ?? null;
}

export function setProblemReport(game: Phaser.Game, report: ProblemReport): void {
  game.registry.set(PROBLEM_REPORT, report);
}

export function getProblemReport(game: Phaser.Game): ProblemReport | null {
  return (game.registry.get(PROBLEM_REPORT) as ProblemReport | undefined) ?? null;
}

/** Asked for while the boot scene is still loading: go straight to the level instead of the title. */
export function requestLevelWhenReady(game: Phaser.Game, wanted: boolean): void {
  game.registry.set(START_LEVEL_WHEN_READY, wanted);
}

export function isLevelRequested(game: Phaser.Game): boolean {
  return game.registry.get(START_LEVEL_WHEN_READY) === true;
}
