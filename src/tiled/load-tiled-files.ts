// Reads a map together with the files it names (external tilesets, templates, the project file's class
// defaults) through an injected reader, and normalizes it: Node passes a disk reader, the browser fetch
// or dropped files. Nothing here touches a file system or the network itself.
import { applyClassDefaults, readClassTypes, type ClassTypes } from './class-defaults.ts';
import { MAX_CLASS_VALUES_FILLED, MAX_FILE_BYTES, MAX_REFERENCED_FILES } from './map-limits.ts';
import { quoteShort } from './places.ts';
import { describeJson, isJsonObject, ProblemList, type JsonObject } from './problem-list.ts';
import { jsonErrorReason, normalizeMap, notAMap, parseMapJson } from './read-tiled-json.ts';
import { inlineTemplates, inlineTilesets } from './resolve-references.ts';
import { tmxToJson } from './read-tmx.ts';
import type { Loaded, TiledMap } from './tiled-map.ts';

/** Reads a file named by a path relative to the map's folder (or absolute as given); rejects with an Error saying why. */
export type ReadFile = (path: string) => Promise<Uint8Array>;

export interface TiledFilesOptions {
  readonly mapPath: string;
  readonly readFile: ReadFile;
  readonly projectPath?: string;
  /** A rule map: any orientation is read (automapping works on cells); a map to play must be orthogonal. */
  readonly anyOrientation?: boolean;
}

export interface TiledFiles {
  readonly loaded: Loaded<TiledMap>;
  /** Every file read (or tried), map first, as paths given to readFile. */
  readonly files: readonly string[];
  /** The map file's own text ('' when it could not be read). */
  readonly mapText: string;
}

export function filePlace(path: string): string {
  return `file "${quoteShort(path)}"`;
}

/**
 * What a ReadFile throws for a file it found but will not read (too large, not a regular file): the
 * file is there, so "check the path" would send the builder looking in the wrong place.
 */
export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';
}

/** The reader's own words, cut only when very long (a reader's message is ours, not the file's). */
function readerReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 400 ? `${text.slice(0, 400)}...` : text;
}

const XML_EXTENSION = /\.(?:tmx|tsx|tx|xml)$/i;
const JSON_EXTENSION = /\.(?:tmj|tsj|tj|json|tiled-project)$/i;

/** Reads files for one load: each path once, every path remembered, the count bounded. */
export class FileSource {
  readonly files: string[] = [];
  readonly #texts = new Map<string, Promise<string | undefined>>();

  readonly #readFile: ReadFile;

  constructor(
    readFile: ReadFile,
    readonly problems: ProblemList,
  ) {
    this.#readFile = readFile;
  }

  /** The file's text, or undefined (with a problem) when it cannot be read. */
  text(path: string): Promise<string | undefined> {
    const known = this.#texts.get(path);
    if (known !== undefined) return known;
    if (this.files.length >= MAX_REFERENCED_FILES + 2) {
      this.problems.error(filePlace(path), `the map names more than ${MAX_REFERENCED_FILES} files`, 'Use fewer external tilesets and templates.');
      return Promise.resolve(undefined);
    }
    this.files.push(path);
    const reading = this.#read(path);
    this.#texts.set(path, reading);
    return reading;
  }

  async #read(path: string): Promise<string | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await this.#readFile(path);
    } catch (error) {
      this.problems.error(
        filePlace(path),
        `the file cannot be read: ${readerReason(error)}`,
        error instanceof FileRefusedError
          ? 'Is this the right file? A Tiled map with embedded tilesets is usually well under 1 MB; a larger one is damaged or not a map.'
          : 'Check that the file is where the map says: paths are relative to the file that names them (Tiled keeps them so when files move together).',
      );
      return undefined;
    }
    if (bytes.length > MAX_FILE_BYTES) {
      this.problems.error(filePlace(path), `the file is ${bytes.length} bytes; at most ${MAX_FILE_BYTES} are read`, 'A map, tileset or template this large is damaged or not a Tiled file.');
      return undefined;
    }
    return new TextDecoder('utf-8').decode(bytes);
  }

  /** A tileset or template file in Tiled's JSON shape, read from XML or JSON by its extension (or its first character). */
  async json(path: string, kind: 'tileset' | 'template'): Promise<JsonObject | undefined> {
    const text = await this.text(path);
    if (text === undefined) return undefined;
    const parsed = parseAnyJson(text, path);
    if (!parsed.ok) {
      this.problems.error(filePlace(path), parsed.message, `Open it in Tiled and save it again as a ${kind}.`);
      return undefined;
    }
    const type = parsed.json.type;
    if (type !== kind) {
      this.problems.error(filePlace(path), `the file is ${typeof type === 'string' ? `a Tiled ${quoteShort(type)}` : 'not a Tiled file'}, not a ${kind}`, `Point the map at the ${kind} file.`);
      return undefined;
    }
    return parsed.json;
  }
}

function isXml(text: string, path: string): boolean {
  if (XML_EXTENSION.test(path)) return true;
  if (JSON_EXTENSION.test(path)) return false;
  return text.trimStart().startsWith('<');
}

function parseAnyJson(text: string, path: string): { ok: true; json: JsonObject } | { ok: false; message: string } {
  if (isXml(text, path)) return tmxToJson(text);
  try {
    const json: unknown = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    return isJsonObject(json) ? { ok: true, json } : { ok: false, message: `the file holds ${describeJson(json)}, not a Tiled file` };
  } catch (error) {
    return { ok: false, message: `the file is not valid JSON (${quoteShort(jsonErrorReason(error))})` };
  }
}

/** The map's text parsed into Tiled's JSON shape, whichever format it is in. */
export function parseMapText(text: string, path: string, problems: ProblemList): JsonObject | undefined {
  if (!isXml(text, path)) return parseMapJson(text, path, problems);
  const parsed = tmxToJson(text);
  if (!parsed.ok) {
    problems.error(filePlace(path), parsed.message, 'Was the file cut short or edited by hand? Save it again from Tiled, or restore it from version control.');
    return undefined;
  }
  if (parsed.json.type !== 'map') {
    const notMap = notAMap(String(parsed.json.type));
    problems.error(filePlace(path), notMap.message, notMap.hint);
    return undefined;
  }
  return parsed.json;
}

/** Reads a map (.tmx, .tmj or .json) and the files it names, then normalizes it. Never rejects. */
export async function loadTiledFiles(options: TiledFilesOptions): Promise<TiledFiles> {
  const problems = new ProblemList();
  const source = new FileSource(options.readFile, problems);
  let mapText = '';
  try {
    const text = await source.text(options.mapPath);
    if (text === undefined) return { loaded: problems.finish<TiledMap>(undefined), files: source.files, mapText };
    mapText = text;
    const json = parseMapText(text, options.mapPath, problems);
    const classes = options.projectPath === undefined ? new Map() : await readProject(options.projectPath, source);
    if (json === undefined) return { loaded: problems.finish<TiledMap>(undefined), files: source.files, mapText };
    const map = { ...json } as Record<string, unknown>;
    const tilesets = await inlineTilesets(map, { source, mapPath: options.mapPath });
    await inlineTemplates(map, { source, mapPath: options.mapPath, tilesets });
    if (!applyClassDefaults(map, classes)) {
      problems.error(
        filePlace(options.projectPath ?? 'project'),
        `the project's class defaults would fill in more than ${MAX_CLASS_VALUES_FILLED} property values for this map (MAX_CLASS_VALUES_FILLED)`,
        'A class holds too many members, or classes nest many of each other: simplify them in Tiled\'s Custom Types Editor.',
      );
    }
    const normalized = normalizeMap(map, { problems, mapPath: options.mapPath, anyOrientation: options.anyOrientation === true });
    return { loaded: problems.finish(normalized), files: source.files, mapText };
  } catch (error) {
    problems.error(
      'map',
      `the map loader failed unexpectedly: ${error instanceof Error ? error.message : 'unknown error'}`,
      'This is a bug in the game, not in your map; please report it with the map file attached.',
    );
    return { loaded: { ok: false, problems: [...problems.problems] }, files: source.files, mapText };
  }
}

async function readProject(path: string, source: FileSource): Promise<ClassTypes> {
  const text = await source.text(path);
  if (text === undefined) return new Map();
  try {
    return readClassTypes(JSON.parse(text) as unknown, filePlace(path), source.problems);
  } catch {
    source.problems.error(filePlace(path), 'the project file is not valid JSON', 'Open the project in Tiled and save it again.');
    return new Map();
  }
}
