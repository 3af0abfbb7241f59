// Gathers the files the player hands the game: dropped files and folders (DataTransferItem's
// webkitGetAsEntry walks a folder), or files and folders chosen in the browser's picker (webkitdirectory).
// Each keeps its path inside what was handed over, so a map's relative paths find its tilesets.
import { MAXIMUM_GATHERED_FILES } from './file-import.ts';
import { isMapFile, type DroppedFile } from './map-files.ts';

/**
 * Entries a dropped folder's walk looks at, at most: walking reads names only, but a drop of a whole
 * disk would walk for minutes. Past this the count of skipped files is a lower bound.
 */
const MAXIMUM_WALKED_ENTRIES = 100_000;
const MAXIMUM_FOLDER_DEPTH = 16;

/** What was gathered, and how many files were left out to stay within MAXIMUM_GATHERED_FILES. */
export interface GatheredFiles {
  readonly files: DroppedFile[];
  readonly skipped: number;
  /** The walk stopped at MAXIMUM_WALKED_ENTRIES: more files may have been left out than `skipped`. */
  readonly walkCut: boolean;
}

function fromFile(file: File, path: string): DroppedFile {
  return { path, file, lastModified: file.lastModified };
}

/** Which files matter most to a map: maps, then Tiled's other files, then images, then the rest. */
function importance(path: string): number {
  const lower = path.toLowerCase();
  if (isMapFile(lower)) return 0;
  if (/\.(?:tsx|tsj|tx|tj|tiled-project|txt)$/.test(lower)) return 1;
  if (/\.(?:png|jpe?g|gif|webp|bmp)$/.test(lower)) return 2;
  return 3;
}

/**
 * The `limit` items a map most likely needs, in their original order: the map itself first of all (a
 * folder of 10,000 files once lost its map to the cut), then its tilesets and templates, then images,
 * and within each kind the shallowest paths, nearest the folder's top.
 */
export function keepMostImportant<T>(items: readonly T[], pathOf: (item: T) => string, limit = MAXIMUM_GATHERED_FILES): { readonly kept: T[]; readonly skipped: number } {
  if (items.length <= limit) return { kept: [...items], skipped: 0 };
  const ranked = items.map((item, index) => {
    const path = pathOf(item);
    return { index, kind: importance(path), depth: path.split('/').length };
  });
  ranked.sort((a, b) => a.kind - b.kind || a.depth - b.depth || a.index - b.index);
  const keep = ranked.slice(0, limit).map((entry) => entry.index).sort((a, b) => a - b);
  return { kept: keep.map((index) => items[index]!), skipped: items.length - limit };
}

function readAllEntries(reader: FileSystemDirectoryReader, room: number): Promise<FileSystemEntry[]> {
  // readEntries answers in batches (100 in Chromium) until it answers an empty one.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = (): void => {
      reader.readEntries((batch) => {
        if (batch.length === 0 || all.length >= room) resolve(all);
        else {
          for (const entry of batch) all.push(entry);
          next();
        }
      }, reject);
    };
    next();
  });
}

/** Collects file entries (names only: no file is opened) under `entry`, up to MAXIMUM_WALKED_ENTRIES. */
async function walk(entry: FileSystemEntry, depth: number, into: FileSystemFileEntry[]): Promise<boolean> {
  if (into.length >= MAXIMUM_WALKED_ENTRIES) return false;
  if (entry.isFile) {
    into.push(entry as FileSystemFileEntry);
    return true;
  }
  if (!entry.isDirectory || depth > MAXIMUM_FOLDER_DEPTH) return true;
  for (const child of await readAllEntries((entry as FileSystemDirectoryEntry).createReader(), MAXIMUM_WALKED_ENTRIES - into.length)) {
    if (!(await walk(child, depth + 1, into))) return false;
  }
  return true;
}

/** Every file of a drop, folders walked; plain files when the browser offers no entries. */
export async function filesFromDataTransfer(transfer: DataTransfer): Promise<GatheredFiles> {
  // Entries must be taken synchronously, inside the drop event: the list is emptied once it returns.
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry === null ? [] : [entry];
  });
  const plain = [...transfer.files];
  if (entries.length === 0) return filesFromList(plain);
  const found: FileSystemFileEntry[] = [];
  let walkCut = false;
  for (const entry of entries) {
    if (!(await walk(entry, 0, found))) {
      walkCut = true;
      break;
    }
  }
  const pathOf = (entry: FileSystemFileEntry): string => entry.fullPath.replace(/^\//, '');
  const { kept, skipped } = keepMostImportant(found, pathOf);
  const files: DroppedFile[] = [];
  for (const entry of kept) {
    const file = await new Promise<File>((resolve, reject) => {
      entry.file(resolve, reject);
    });
    files.push(fromFile(file, pathOf(entry)));
  }
  return { files, skipped, walkCut };
}

/** Files from an <input type="file">: inside a picked folder, their path starts with the folder's name. */
export function filesFromList(list: FileList | readonly File[]): GatheredFiles {
  const pathOf = (file: File): string => (file.webkitRelativePath === '' ? file.name : file.webkitRelativePath);
  const { kept, skipped } = keepMostImportant([...list], pathOf);
  return { files: kept.map((file) => fromFile(file, pathOf(file))), skipped, walkCut: false };
}

/**
 * Calls `onFiles` once per drop of files or folders onto `target` (the whole window, so a near miss does
 * not make the browser navigate away to the file). Returns the function that stops listening.
 */
export function listenForDrops(target: Window | HTMLElement, onFiles: (gathered: GatheredFiles) => void): () => void {
  const onDragOver = (event: Event): void => {
    const drag = event as DragEvent;
    if (!drag.dataTransfer?.types.includes('Files')) return;
    // Without preventDefault the browser refuses the drop (or opens the file in place of the game).
    drag.preventDefault();
    drag.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: Event): void => {
    const drop = event as DragEvent;
    if (!drop.dataTransfer || drop.dataTransfer.files.length === 0) return;
    drop.preventDefault();
    void filesFromDataTransfer(drop.dataTransfer).then(onFiles);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}

/**
 * Opens the browser's file picker (must run inside a key press or click: browsers open it only for a
 * user's gesture). `folder` picks a whole folder; otherwise several files at once. Calls `onFiles`
 * with what was chosen, not at all when the picker is cancelled.
 */
export function openFilePicker(options: { readonly folder: boolean; readonly onFiles: (gathered: GatheredFiles) => void }): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.webkitdirectory = options.folder;
  if (!options.folder) input.accept = '.tmx,.tmj,.json,.tsx,.tsj,.tx,.tj,.tiled-project,.png,.jpg,.jpeg,.gif,.webp';
  input.style.display = 'none';
  input.addEventListener('change', () => {
    const gathered = filesFromList(input.files ?? []);
    input.remove();
    if (gathered.files.length > 0) options.onFiles(gathered);
  });
  input.addEventListener('cancel', () => {
    input.remove();
  });
  document.body.append(input);
  input.click();
}
