// Reads a map file the player drops onto the game window. The checks come first and look only at the
// file's name and size, so a wrong or huge file is refused before a single byte is read (a 2 GB file
// would otherwise hang the tab in `text()`).
import type { MapProblem } from '../tiled/tiled-map.ts';

/** Far above any real map (night-escape is about 30 KB; a 256x256 map with four CSV layers about 1.5 MB). */
export const MAXIMUM_IMPORT_BYTES = 8 * 1024 * 1024;

const ACCEPTED_EXTENSIONS = ['.tmj', '.json'] as const;

/** What the checks need of a File: a DOM File fits, and so does a plain object in a Node test. */
export interface ImportCandidate {
  readonly name: string;
  readonly size: number;
}

export type ImportResult =
  | { readonly ok: true; readonly text: string; readonly fileName: string }
  | { readonly ok: false; readonly problem: MapProblem };

/** Sizes as people read them: 2 GB, 9.5 MB, 512 KB, 12 bytes. */
export function describeSize(bytes: number): string {
  const units: readonly [string, number][] = [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]];
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${unit}`;
    }
  }
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** Null when the file may be read; otherwise the reason it is refused, naming the file. */
export function checkImportFile(file: ImportCandidate): MapProblem | null {
  const place = `file "${file.name}"`;
  const lowerName = file.name.toLowerCase();
  if (lowerName.endsWith('.tmx')) {
    return {
      severity: 'error',
      message: 'this is a TMX (XML) map; the game reads Tiled JSON maps',
      place,
      hint: 'In Tiled choose File > Save As, pick "JSON map files (*.tmj)", and drop the .tmj file here.',
    };
  }
  if (!ACCEPTED_EXTENSIONS.some((extension) => lowerName.endsWith(extension))) {
    return {
      severity: 'error',
      message: 'only Tiled JSON maps (.tmj or .json) can be played',
      place,
      hint: 'Drop a map saved from Tiled as JSON (File > Save As, "JSON map files (*.tmj)").',
    };
  }
  if (!Number.isFinite(file.size) || file.size < 0 || file.size > MAXIMUM_IMPORT_BYTES) {
    return {
      severity: 'error',
      message: `the file is ${describeSize(file.size)}; maps larger than ${describeSize(MAXIMUM_IMPORT_BYTES)} are not read`,
      place,
      hint: 'Is this the right file? A Tiled map with embedded tilesets is usually well under 1 MB.',
    };
  }
  return null;
}

/** Checks the file, then reads it as text. Never throws: every failure comes back as a problem. */
export async function readImportFile(file: File): Promise<ImportResult> {
  const refused = checkImportFile(file);
  if (refused) return { ok: false, problem: refused };
  try {
    return { ok: true, text: await file.text(), fileName: file.name };
  } catch (error) {
    return {
      ok: false,
      problem: {
        severity: 'error',
        message: `the file could not be read (${error instanceof Error ? error.message : String(error)})`,
        place: `file "${file.name}"`,
        hint: 'Was it moved or deleted while dropping? Save it again and drop it once more.',
      },
    };
  }
}

/** The file to import out of a drop: the first map-like one, else the first (so its refusal names it). */
export function pickDroppedFile<T extends ImportCandidate>(files: readonly T[]): T | null {
  const mapLike = files.find((file) => ACCEPTED_EXTENSIONS.some((extension) => file.name.toLowerCase().endsWith(extension)));
  return mapLike ?? files[0] ?? null;
}

/**
 * Calls `onImport` once per drop of files onto `target` (the whole window, so a near miss does not make
 * the browser navigate away to the file). Returns the function that stops listening.
 */
export function listenForFileDrops(target: Window | HTMLElement, onImport: (result: ImportResult) => void): () => void {
  const onDragOver = (event: Event): void => {
    const drag = event as DragEvent;
    if (!drag.dataTransfer?.types.includes('Files')) return;
    // Without preventDefault the browser refuses the drop (or opens the file in place of the game).
    drag.preventDefault();
    drag.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: Event): void => {
    const drop = event as DragEvent;
    const files = drop.dataTransfer ? [...drop.dataTransfer.files] : [];
    if (files.length === 0) return;
    drop.preventDefault();
    const file = pickDroppedFile(files);
    if (!file) return;
    void readImportFile(file).then(onImport);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
