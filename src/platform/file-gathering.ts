// Gathers the files the player hands the game: dropped files and folders (DataTransferItem's
// webkitGetAsEntry walks a folder), or files and folders chosen in the browser's picker (webkitdirectory).
// Each keeps its path inside what was handed over, so a map's relative paths find its tilesets.
import type { DroppedFile } from './map-files.ts';

/** A folder with more files than this is not a map's folder; the walk stops there. */
export const MAXIMUM_GATHERED_FILES = 2000;
const MAXIMUM_FOLDER_DEPTH = 16;

function fromFile(file: File, path: string): DroppedFile {
  return { path, file, lastModified: file.lastModified };
}

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries answers in batches (100 in Chromium) until it answers an empty one.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = (): void => {
      reader.readEntries((batch) => {
        if (batch.length === 0 || all.length >= MAXIMUM_GATHERED_FILES) resolve(all);
        else {
          all.push(...batch.slice(0, MAXIMUM_GATHERED_FILES));
          next();
        }
      }, reject);
    };
    next();
  });
}

async function walk(entry: FileSystemEntry, depth: number, into: DroppedFile[]): Promise<void> {
  if (into.length >= MAXIMUM_GATHERED_FILES) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => {
      (entry as FileSystemFileEntry).file(resolve, reject);
    });
    into.push(fromFile(file, entry.fullPath.replace(/^\//, '')));
    return;
  }
  if (!entry.isDirectory || depth > MAXIMUM_FOLDER_DEPTH) return;
  for (const child of await readAllEntries((entry as FileSystemDirectoryEntry).createReader())) await walk(child, depth + 1, into);
}

/** Every file of a drop, folders walked; plain files when the browser offers no entries. */
export async function filesFromDataTransfer(transfer: DataTransfer): Promise<DroppedFile[]> {
  // Entries must be taken synchronously, inside the drop event: the list is emptied once it returns.
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry === null ? [] : [entry];
  });
  const plain = [...transfer.files];
  if (entries.length === 0) return plain.map((file) => fromFile(file, file.name));
  const files: DroppedFile[] = [];
  for (const entry of entries) await walk(entry, 0, files);
  return files;
}

/** Files from an <input type="file">: inside a picked folder, their path starts with the folder's name. */
export function filesFromList(list: FileList | readonly File[]): DroppedFile[] {
  return [...list].slice(0, MAXIMUM_GATHERED_FILES).map((file) => fromFile(file, file.webkitRelativePath === '' ? file.name : file.webkitRelativePath));
}

/**
 * Calls `onFiles` once per drop of files or folders onto `target` (the whole window, so a near miss does
 * not make the browser navigate away to the file). Returns the function that stops listening.
 */
export function listenForDrops(target: Window | HTMLElement, onFiles: (files: DroppedFile[]) => void): () => void {
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
export function openFilePicker(options: { readonly folder: boolean; readonly onFiles: (files: DroppedFile[]) => void }): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.webkitdirectory = options.folder;
  if (!options.folder) input.accept = '.tmx,.tmj,.json,.tsx,.tsj,.tx,.tj,.tiled-project,.png,.jpg,.jpeg,.gif,.webp';
  input.style.display = 'none';
  input.addEventListener('change', () => {
    const files = input.files === null ? [] : filesFromList(input.files);
    input.remove();
    if (files.length > 0) options.onFiles(files);
  });
  input.addEventListener('cancel', () => {
    input.remove();
  });
  document.body.append(input);
  input.click();
}
