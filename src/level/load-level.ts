// From a map file to a LevelDefinition: what the view and the tools call. `loadLevelFromFiles` reads a
// .tmx or .tmj with its external tilesets, templates and the project's class defaults through the
// reader it is given; `loadLevelFromText` reads the text of a self-contained JSON map.
import { loadTiledFiles, type ReadFile } from '../tiled/load-tiled-files.ts';
import { groupProblems } from '../tiled/problem-list.ts';
import { readTiledJson } from '../tiled/read-tiled-json.ts';
import { hashTexts } from '../tiled/text-hash.ts';
import { folderOf, resolvePath } from '../tiled/tiled-paths.ts';
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
  /**
   * The hash of everything the level reads (hashTexts over every file in `files`, in that order: the map,
   * tilesets, templates, the project file, rule maps, the ink story): replays, bests and saves name this.
   */
  readonly mapHash: string;
  /** The map's ink story, when it names one (`story`): every source by path, the main one first. */
  readonly story: StorySources | null;
}

export interface StorySources {
  readonly mainPath: string;
  /** Source texts by path as given to readFile: the main file and every file it INCLUDEs. */
  readonly sources: ReadonlyMap<string, string>;
}

/** Ink files one story may consist of: INCLUDE chains past this are cut, with a problem. */
export const MAX_STORY_FILES = 64;
const INCLUDE_LINE = /^[ \t]*INCLUDE[ \t]+(.+?)[ \t]*$/gm;

/** What loadLevelFromFiles gives: the level (or its problems) and the files it was read from. */
export type LoadedFromFiles = Loaded<LevelDefinition> & LoadedFiles;

export function loadLevelFromText(text: string, fileName: string): Loaded<LevelDefinition> {
  return buildFromMap(readTiledJson(text, { fileName }), fileName);
}

/** Never rejects: an unreadable file is a problem like any other (and the hash is then that of ''). */
export async function loadLevelFromFiles(options: LoadFromFilesOptions): Promise<LoadedFromFiles> {
  // Every file's text as read, so the run's identity covers all of them.
  const texts = new Map<string, string>();
  const readFile: ReadFile = async (path) => {
    const bytes = await options.readFile(path);
    texts.set(path, new TextDecoder('utf-8').decode(bytes));
    return bytes;
  };
  const reading = { ...options, readFile };
  const read = await loadTiledFiles(reading);
  const files = [...read.files];
  const seen = new Set(files);
  const addFiles = (more: readonly string[]): void => {
    for (const file of more) {
      if (seen.has(file)) continue;
      seen.add(file);
      files.push(file);
    }
  };
  let rules: { readonly rules: DreamRules | null; readonly problems: readonly MapProblem[] } = { rules: null, problems: [] };
  if (read.loaded.ok) {
    const loaded = await loadDreamRules(read.loaded.value, reading);
    rules = loaded;
    addFiles(loaded.files);
  }
  let built = buildFromMap(read.loaded, options.mapPath, rules);
  let story: StorySources | null = null;
  if (built.ok && built.value.storyPath !== '') {
    const loadedStory = await readStorySources(resolvePath(folderOf(options.mapPath), built.value.storyPath), readFile);
    addFiles(loadedStory.files);
    story = loadedStory.story;
    if (loadedStory.problems.length > 0) {
      const found = [...built.warnings, ...loadedStory.problems];
      built = loadedStory.problems.some((problem) => problem.severity === 'error') ? { ok: false, problems: found } : { ...built, warnings: found };
    }
  }
  const mapHash = hashTexts([read.mapText, ...files.slice(1).map((file) => texts.get(file) ?? '')]);
  return { ...built, files, mapHash, story };
}

/** The map's ink source and every file it INCLUDEs (relative to the main file, as Inky reads them), each read once. */
async function readStorySources(
  mainPath: string,
  readFile: ReadFile,
): Promise<{ readonly story: StorySources | null; readonly files: readonly string[]; readonly problems: readonly MapProblem[] }> {
  const sources = new Map<string, string>();
  const problems: MapProblem[] = [];
  const waiting = [mainPath];
  while (waiting.length > 0) {
    const path = waiting.shift()!;
    if (sources.has(path)) continue;
    if (sources.size >= MAX_STORY_FILES) {
      problems.push({ severity: 'error', place: `file ${path}`, message: `the story INCLUDEs more than ${MAX_STORY_FILES} files`, hint: 'Merge some of its .ink files.' });
      break;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await readFile(path));
    } catch (error) {
      problems.push({
        severity: 'error',
        place: `file ${path}`,
        message: `the story could not be read: ${error instanceof Error ? error.message : String(error)}`,
        hint: path === mainPath ? 'The map property "story" names the .ink file, relative to the map: check the path (drop the .ink with the map).' : 'INCLUDE paths are relative to the main .ink file, as in Inky.',
      });
      continue;
    }
    sources.set(path, text);
    // Inky resolves every INCLUDE from the main file's folder, nested ones too: so does the game.
    for (const match of text.matchAll(INCLUDE_LINE)) waiting.push(resolvePath(folderOf(mainPath), match[1]!));
  }
  return { story: sources.has(mainPath) ? { mainPath, sources } : null, files: [...sources.keys()], problems };
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
