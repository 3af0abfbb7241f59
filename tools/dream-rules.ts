// Finds and reads the rule maps `npm run dream` applies: one rule map, or a rules.txt with its nested
// lists, each path relative to the list that names it, filtered by the target map's file name.
import { basename, dirname, resolve } from 'node:path';
import type { CompiledRuleMap } from '../src/tiled/automap/automap-types.ts';
import { compileRuleMap } from '../src/tiled/automap/compile-rule-map.ts';
import { mapNameMatches, parseRulesList } from '../src/tiled/automap/rules-list.ts';
import { readTiledJson } from '../src/tiled/read-tiled-json.ts';
import { tmxToJson } from '../src/tiled/read-tmx.ts';
import type { MapProblem } from '../src/tiled/tiled-map.ts';
import { MAXIMUM_IMPORT_BYTES } from '../src/platform/file-import.ts';
import { parseJsonText, type DreamSource } from './dream-output.ts';
import { RefusedFileError, readCappedFile } from './read-capped-file.ts';

/** A problem with the file it is in, printed as `file: severity: place: message (hint)`. */
export interface FileProblem {
  readonly file: string;
  readonly problem: MapProblem;
}

export interface LoadedRules {
  readonly ruleMaps: CompiledRuleMap[];
  readonly sources: DreamSource[];
  readonly problems: FileProblem[];
}

/** Lists nested deeper than this are a loop in all but name. */
const MAX_LIST_DEPTH = 16;

/** A map, rule map or list, read as the game's tools read a user's file: regular files only, capped. */
export function readText(file: string, problems: FileProblem[], place = 'file'): string | undefined {
  try {
    return new TextDecoder('utf-8').decode(readCappedFile(file, MAXIMUM_IMPORT_BYTES));
  } catch (error) {
    const reason =
      error instanceof RefusedFileError ? error.message
      : error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'there is no such file'
      : 'it cannot be read';
    problems.push({ file, problem: { severity: 'error', place, message: reason, hint: 'Check the path: paths in a rules list are relative to the list\'s folder.' } });
    return undefined;
  }
}

export function loadRules(rulesPath: string, mapFileName: string): LoadedRules {
  const loaded: LoadedRules = { ruleMaps: [], sources: [], problems: [] };
  if (rulesPath.toLowerCase().endsWith('.txt')) loadList(rulesPath, { mapFileName, filter: '*', depth: 0, loaded, place: 'file' });
  else loadRuleMap(rulesPath, loaded, 'file');
  return loaded;
}

function loadList(
  path: string,
  context: { readonly mapFileName: string; readonly filter: string; readonly depth: number; readonly loaded: LoadedRules; readonly place: string },
): void {
  const { loaded } = context;
  const text = readText(path, loaded.problems, context.place);
  if (text === undefined) return;
  const parsed = parseRulesList(text, { name: basename(path), filter: context.filter });
  if (!parsed.ok) {
    loaded.problems.push(...parsed.problems.map((problem) => ({ file: path, problem })));
    return;
  }
  for (const entry of parsed.value) {
    if (!mapNameMatches(entry.filter, context.mapFileName)) continue;
    const place = `rules list "${basename(path)}" line ${entry.line}`;
    const child = resolve(dirname(path), entry.path);
    if (entry.kind === 'rule-map') {
      loadRuleMap(child, loaded, place);
      continue;
    }
    if (context.depth >= MAX_LIST_DEPTH) {
      loaded.problems.push({ file: path, problem: { severity: 'error', place, message: `rules lists are nested more than ${MAX_LIST_DEPTH} deep (does a list name itself?)`, hint: 'Remove the line that leads back to an earlier list.' } });
      continue;
    }
    loadList(child, { ...context, filter: entry.filter, depth: context.depth + 1, place });
  }
}

function loadRuleMap(path: string, loaded: LoadedRules, place: string): void {
  const text = readText(path, loaded.problems, place);
  if (text === undefined) return;
  // A TMX rule map goes through the game's TMX reader into Tiled's JSON shape, then the same JSON path.
  let jsonText = text;
  if (path.toLowerCase().endsWith('.tmx')) {
    const converted = tmxToJson(text);
    if (!converted.ok) {
      loaded.problems.push({ file: path, problem: { severity: 'error', place, message: converted.message, hint: 'Open the rule map in Tiled and save it again.' } });
      return;
    }
    jsonText = JSON.stringify(converted.json);
  }
  const read = readTiledJson(jsonText, { fileName: basename(path) });
  if (!read.ok) {
    loaded.problems.push(...read.problems.map((problem) => ({ file: path, problem })));
    return;
  }
  const compiled = compileRuleMap(read.value, { name: basename(path) });
  const found = compiled.ok ? [...read.warnings, ...compiled.warnings] : compiled.problems;
  loaded.problems.push(...found.map((problem) => ({ file: path, problem })));
  if (!compiled.ok) return;
  loaded.ruleMaps.push(compiled.value);
  loaded.sources.push({ path, json: parseJsonText(jsonText), map: read.value });
}
