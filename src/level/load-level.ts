// From a map file to a LevelDefinition: what the view and the tools call. `loadLevelFromFiles` reads a
// .tmx or .tmj with its external tilesets, templates and the project's class defaults through the
// reader it is given; `loadLevelFromText` reads the text of a self-contained JSON map.
import { loadTiledFiles, type ReadFile } from '../tiled/load-tiled-files.ts';
import { groupProblems } from '../tiled/problem-list.ts';
import { readTiledJson } from '../tiled/read-tiled-json.ts';
import { hashMapText } from '../tiled/text-hash.ts';
import type { Loaded, MapProblem, TiledMap } from '../tiled/tiled-map.ts';
import { buildLevel } from './build-level.ts';
import type { DreamRules } from './dream-definition.ts';
import type { LevelDefinition } from './level-definition.ts';
import { loadDreamRules } from './load-dream-rules.ts';

export type { ReadFile } from '../tiled/load-tiled-files.ts';

export interface LoadFromFilesOptions {
  /** The map file's path as the reader understands it, e.g. 'maps/night-escape.tmj' or 'my-level.tmx'. */
  readonly mapPath: string;
  readonly readFile: ReadFile;
  /** The Tiled project file whose propertyTypes give class defaults; default: none (the campaign passes maps/analog-dreams.tiled-project). */
  readonly projectPath?: string;
}

export interface LoadedFiles {
  /** Every file read, map first, as paths given to readFile: live reload watches these. */
  readonly files: readonly string[];
  /** hashText (src/run/replay.ts's FNV-1a over the text, CRLF as LF) of the map file's own text: replays and best times name this. */
  readonly mapHash: string;
}

/** What loadLevelFromFiles gives: the level (or its problems) and the files it was read from. */
export type LoadedFromFiles = Loaded<LevelDefinition> & LoadedFiles;

export function loadLevelFromText(text: string, fileName: string): Loaded<LevelDefinition> {
  return buildFromMap(readTiledJson(text, { fileName }), fileName);
}

/** Never rejects: an unreadable file is a problem like any other (and the hash is then that of ''). */
export async function loadLevelFromFiles(options: LoadFromFilesOptions): Promise<LoadedFromFiles> {
  const read = await loadTiledFiles(options);
  // A Set: a rules list may name 100,000 files, and a list's includes() for each was quadratic.
  const files = new Set(read.files);
  let rules: { readonly rules: DreamRules | null; readonly problems: readonly MapProblem[] } = { rules: null, problems: [] };
  if (read.loaded.ok) {
    const loaded = await loadDreamRules(read.loaded.value, options);
    rules = loaded;
    for (const file of loaded.files) files.add(file);
  }
  const built = buildFromMap(read.loaded, options.mapPath, rules);
  return { ...built, files: [...files], mapHash: hashMapText(read.mapText) };
}

function buildFromMap(
  read: Loaded<TiledMap>,
  fileName: string,
  rules?: { readonly rules: DreamRules | null; readonly problems: readonly MapProblem[] },
): Loaded<LevelDefinition> {
  if (!read.ok) return read;
  const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const built = buildLevel(read.value, { name: baseName === '' ? 'level' : baseName, ...(rules === undefined ? {} : { dreamRules: rules.rules }) });
  const ruleProblems = rules?.problems ?? [];
  const failed = !built.ok || ruleProblems.some((problem) => problem.severity === 'error');
  const found = [...read.warnings, ...ruleProblems, ...(built.ok ? built.warnings : built.problems)];
  if (failed) return { ok: false, problems: groupProblems(found) };
  return { ok: true, value: built.value, warnings: groupProblems(found) };
}
