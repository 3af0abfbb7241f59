// From the text of a .tmj file to a LevelDefinition: what the view and the tools call.
import { readTiledJson } from '../tiled/read-tiled-json.ts';
import type { Loaded } from '../tiled/tiled-map.ts';
import { buildLevel } from './build-level.ts';
import type { LevelDefinition } from './level-definition.ts';

export function loadLevelFromText(text: string, fileName: string): Loaded<LevelDefinition> {
  const read = readTiledJson(text, { fileName });
  if (!read.ok) return read;
  const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const built = buildLevel(read.value, { name: baseName === '' ? 'level' : baseName });
  if (!built.ok) return { ok: false, problems: [...read.warnings, ...built.problems] };
  return { ok: true, value: built.value, warnings: [...read.warnings, ...built.warnings] };
}

// ---- loading from files: the API the game and the tools are built on ----

/** Reads one file the map needs, by a path relative to the map's folder (or as given for the map). */
export type ReadFile = (path: string) => Promise<Uint8Array>;

export interface LoadFromFilesOptions {
  readonly mapPath: string;
  readonly readFile: ReadFile;
  readonly projectPath?: string;
}

export interface LoadedFiles {
  /** Every file read, the map first, as the paths given to readFile. */
  readonly files: readonly string[];
  /** hashText (src/run/replay.ts) of the map's own text. */
  readonly mapHash: string;
}

export type LoadedFromFiles = Loaded<LevelDefinition> & LoadedFiles;

// JSON-only until the TMX/external-file reader lands: this whole function is the stand-in that the
// tiled branch's loader replaces. It reads the map alone, as text, through today's JSON loader.
export async function loadLevelFromFiles(options: LoadFromFilesOptions): Promise<LoadedFromFiles> {
  const { mapPath, readFile } = options;
  const files = [mapPath];
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await readFile(mapPath));
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    const problem = { severity: 'error', message: `the map could not be read (${reason})`, place: `file "${mapPath}"`, hint: 'Check the path, and that the file is still there.' } as const;
    return { ok: false, problems: [problem], files, mapHash: '' };
  }
  // The same FNV-1a of UTF-16 units, CRLF as LF, as hashText: level/ may not import run/.
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) === 10) continue;
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  const mapHash = (hash >>> 0).toString(16).padStart(8, '0');
  if (/\.tmx$/i.test(mapPath)) {
    const problem = { severity: 'error', message: 'this is a TMX map; this build reads Tiled JSON maps only (TMX comes with the new map reader)', place: `file "${mapPath}"`, hint: 'In Tiled choose File > Save As, pick "JSON map files (*.tmj)", and open the .tmj file.' } as const;
    return { ok: false, problems: [problem], files, mapHash };
  }
  return { ...loadLevelFromText(text, mapPath), files, mapHash };
}
