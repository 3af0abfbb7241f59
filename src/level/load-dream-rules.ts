// Reads the rule maps a map's `dreamRules` property names (one rule map, .tmj or .tmx, or a rules.txt
// with nested lists, each path relative to the file that names it) through the level loader's reader,
// so the bundled, dropped and served file sets all work, and compiles them once for the level.
import type { CompiledRuleMap } from '../tiled/automap/automap-types.ts';
import { compileRuleMap } from '../tiled/automap/compile-rule-map.ts';
import { mapNameMatches, parseRulesList } from '../tiled/automap/rules-list.ts';
import { loadTiledFiles, type ReadFile } from '../tiled/load-tiled-files.ts';
import { quoteShort } from '../tiled/places.ts';
import { folderOf, resolvePath } from '../tiled/tiled-paths.ts';
import type { MapProblem, TiledMap } from '../tiled/tiled-map.ts';
import { DREAM_RULES_PROPERTY, type DreamRules } from './dream-definition.ts';
import { MAX_LIST_DEPTH, MAX_RULE_FILES, MAX_RULE_MAPS } from './level-limits.ts';

export interface LoadedDreamRules {
  /** Null when the map names no rules (or names them badly: then `problems` says so). */
  readonly rules: DreamRules | null;
  readonly problems: readonly MapProblem[];
  /** Every file read or tried, for live reload. */
  readonly files: readonly string[];
}

/** A rule map as read, for a tool that writes a map from the rules (`npm run dream` copies tilesets from it). */
export interface RuleMapSource {
  readonly path: string;
  readonly text: string;
  readonly map: TiledMap;
}

interface Loading {
  readonly readFile: ReadFile;
  readonly mapFileName: string;
  /** What every problem's place starts with: the map property, or the file a tool was given. */
  readonly place: string;
  readonly ruleMaps: CompiledRuleMap[];
  readonly problems: MapProblem[];
  /** Every file read or tried, each once: a Set, since a list may name 100,000 missing files. */
  readonly files: Set<string>;
  /**
   * Rules lists already read. Each is read once, wherever it is named: a list that names itself twice
   * would otherwise be read 2^16 times by the depth limit alone.
   */
  readonly listsRead: Set<string>;
  /** Rule maps and lists named so far, read or not. */
  named: number;
  readonly onRuleMap?: (source: RuleMapSource) => void;
  /** A tool applying only these rules has nothing to do without them; the game still plays the map. */
  readonly missingIsError: boolean;
}

const PLACE = `map property "${DREAM_RULES_PROPERTY}"`;

function problemAt(loading: Loading, problem: Omit<MapProblem, 'place'> & { readonly place?: string }): void {
  const place = problem.place === undefined ? loading.place : loading.place === '' ? problem.place : `${loading.place}: ${problem.place}`;
  loading.problems.push({ ...problem, place });
}

async function readText(loading: Loading, path: string, place: string): Promise<string | undefined> {
  loading.files.add(path);
  try {
    return new TextDecoder('utf-8').decode(await loading.readFile(path));
  } catch (error) {
    missing(loading, { path, place, error });
    return undefined;
  }
}

/**
 * A rules file that cannot be read is a warning, not a refusal: a map dropped without its rule map still
 * plays, and its dream paints only its layers. A rule map that is there but broken is an error.
 */
function missing(loading: Loading, found: { readonly path: string; readonly place: string; readonly error: unknown }): void {
  const { path, place, error } = found;
  const cannot = `the file "${quoteShort(path)}" cannot be read (${error instanceof Error ? quoteShort(error.message) : 'unknown error'})`;
  const hint = 'Check the path: it is relative to the file that names it (the map, or the rules.txt).';
  if (loading.missingIsError) problemAt(loading, { severity: 'error', place, message: cannot, hint });
  else problemAt(loading, { severity: 'warning', place, message: `${cannot}, so the dream paints only its layers`, hint: `${hint} Dropping a map? Drop its rule maps with it.` });
}

/** Counts one more file named by the lists; false (said once) past MAX_RULE_FILES, when reading stops. */
function mayName(loading: Loading, place: string): boolean {
  loading.named += 1;
  if (loading.named === MAX_RULE_FILES + 1) {
    problemAt(loading, { severity: 'error', place, message: `the rules lists name more than ${MAX_RULE_FILES} files (MAX_RULE_FILES); the rest are not read`, hint: 'Name fewer rule maps and lists: merge rule maps, and name each list once.' });
  }
  return loading.named <= MAX_RULE_FILES;
}

async function loadRuleMap(loading: Loading, path: string, place: string): Promise<void> {
  if (loading.ruleMaps.length >= MAX_RULE_MAPS) {
    problemAt(loading, { severity: 'error', place, message: `more than ${MAX_RULE_MAPS} rule maps are named (MAX_RULE_MAPS)`, hint: 'Merge rule maps, or list fewer.' });
    return;
  }
  try {
    // Asked before the Tiled loader (which gets the same read) so that a file that is not there is told
    // apart from a broken one.
    await loading.readFile(path);
  } catch (error) {
    loading.files.add(path);
    missing(loading, { path, place, error });
    return;
  }
  // A rule map of any orientation: its rules are cells, whatever shape Tiled draws them in.
  const read = await loadTiledFiles({ mapPath: path, readFile: loading.readFile, anyOrientation: true });
  for (const file of read.files) loading.files.add(file);
  const name = path.replace(/^.*\//, '');
  const found = read.loaded.ok ? [...read.loaded.warnings] : [...read.loaded.problems];
  let compiledOk = false;
  if (read.loaded.ok) {
    const compiled = compileRuleMap(read.loaded.value, { name });
    // A loop, not a spread: a rule map can have as many problems as cells, past the call-stack's argument limit.
    for (const problem of compiled.ok ? compiled.warnings : compiled.problems) found.push(problem);
    if (compiled.ok) {
      loading.ruleMaps.push(compiled.value);
      loading.onRuleMap?.({ path, text: read.mapText, map: read.loaded.value });
      compiledOk = true;
    }
  }
  for (const problem of found) problemAt(loading, { ...problem, place: `rule map "${quoteShort(path)}" ${problem.place}` });
  if (!compiledOk && !found.some((problem) => problem.severity === 'error')) {
    problemAt(loading, { severity: 'error', place, message: `the rule map "${quoteShort(path)}" could not be read`, hint: 'Open it in Tiled and save it again.' });
  }
}

async function loadList(loading: Loading, path: string, context: { readonly filter: string; readonly depth: number; readonly place: string }): Promise<void> {
  // The filter a list is named under changes which of its lines apply, but a list named again under
  // another filter is still a list named twice: Tiled's own lists never need that.
  if (loading.listsRead.has(path)) {
    problemAt(loading, { severity: 'warning', place: context.place, message: `the rules list "${quoteShort(path)}" is named again (or names itself); it is read once`, hint: 'Name each rules list once: remove the line that leads back to it.' });
    return;
  }
  loading.listsRead.add(path);
  const text = await readText(loading, path, context.place);
  if (text === undefined) return;
  const listName = path.replace(/^.*\//, '');
  const parsed = parseRulesList(text, { name: listName, filter: context.filter });
  if (!parsed.ok) {
    for (const problem of parsed.problems) problemAt(loading, problem);
    return;
  }
  for (const entry of parsed.value) {
    if (!mapNameMatches(entry.filter, loading.mapFileName)) continue;
    const place = `rules list "${quoteShort(listName)}" line ${entry.line}`;
    if (!mayName(loading, place)) return;
    const child = resolvePath(folderOf(path), entry.path);
    if (entry.kind === 'rule-map') await loadRuleMap(loading, child, place);
    else if (context.depth >= MAX_LIST_DEPTH) {
      problemAt(loading, { severity: 'error', place, message: `rules lists are nested more than ${MAX_LIST_DEPTH} deep (MAX_LIST_DEPTH)`, hint: 'Remove the line that leads back to an earlier list.' });
    } else await loadList(loading, child, { filter: entry.filter, depth: context.depth + 1, place });
  }
}

/**
 * Each file read once for all the dream's rules: a rule map is asked for first to tell a missing file from
 * a broken one, then by the Tiled loader, and rule maps may share a tileset.
 */
function readingOnce(readFile: ReadFile): ReadFile {
  const reads = new Map<string, Promise<Uint8Array>>();
  return (path) => {
    let read = reads.get(path);
    if (read === undefined) {
      read = readFile(path);
      reads.set(path, read);
    }
    return read;
  };
}

/** Never rejects: every file that cannot be read or compiled is a problem naming the property and the file. */
export async function loadDreamRules(map: TiledMap, options: { readonly mapPath: string; readonly readFile: ReadFile }): Promise<LoadedDreamRules> {
  const value = map.properties[DREAM_RULES_PROPERTY];
  if (value === undefined || value === '') return { rules: null, problems: [], files: [] };
  if (typeof value !== 'string') {
    const problem: MapProblem = {
      severity: 'warning', place: PLACE, message: `the property is ${JSON.stringify(value)}, not a file`,
      hint: 'Set it in Map > Map Properties as a file property naming a rule map (.tmj, .tmx) or a rules.txt.',
    };
    return { rules: null, problems: [problem], files: [] };
  }
  const loaded = await loadRulesFile({ rulesPath: resolvePath(folderOf(options.mapPath), value), named: value, mapPath: options.mapPath, readFile: options.readFile, place: PLACE });
  return { rules: { file: value, ruleMaps: loaded.ruleMaps }, problems: loaded.problems, files: loaded.files };
}

export interface RulesFileOptions {
  /** The rule map or rules.txt, as the reader understands it. */
  readonly rulesPath: string;
  /** The path as the user wrote it, for messages. */
  readonly named: string;
  /** The map the rules are for: a rules list's [pattern] lines match its file name. */
  readonly mapPath: string;
  readonly readFile: ReadFile;
  /** What every problem's place starts with ('' for nothing). */
  readonly place: string;
  readonly onRuleMap?: (source: RuleMapSource) => void;
  /** A file that cannot be read is an error (a tool given these rules), not a warning (a map that plays without them). */
  readonly missingIsError?: boolean;
}

/**
 * A rule map (.tmj, .json, .tmx) or rules list (.txt) with everything it names, compiled: what the game
 * reads for a map's `dreamRules` and `npm run dream` reads for its argument. Never rejects.
 */
export async function loadRulesFile(options: RulesFileOptions): Promise<{ readonly ruleMaps: readonly CompiledRuleMap[]; readonly problems: readonly MapProblem[]; readonly files: readonly string[] }> {
  const loading: Loading = {
    readFile: readingOnce(options.readFile), mapFileName: options.mapPath.replace(/^.*[\\/]/, ''), place: options.place,
    ruleMaps: [], problems: [], files: new Set(), listsRead: new Set(), named: 0, missingIsError: options.missingIsError === true,
    ...(options.onRuleMap === undefined ? {} : { onRuleMap: options.onRuleMap }),
  };
  const path = options.rulesPath;
  const lower = path.toLowerCase();
  const place = `file "${quoteShort(options.named)}"`;
  if (lower.endsWith('.txt')) await loadList(loading, path, { filter: '*', depth: 0, place });
  else if (['.tmj', '.json', '.tmx'].some((ending) => lower.endsWith(ending))) await loadRuleMap(loading, path, place);
  else {
    problemAt(loading, { severity: 'error', message: `"${quoteShort(options.named)}" is neither a rule map (.tmj, .json, .tmx) nor a rules list (.txt)`, hint: 'Name a rule map saved from Tiled, or a rules.txt listing rule maps.' });
  }
  return { ruleMaps: loading.ruleMaps, problems: loading.problems, files: [...loading.files] };
}
