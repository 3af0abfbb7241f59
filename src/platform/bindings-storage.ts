// The player's changes to the controls, kept in the save (version 3) through the same load and update as
// everything else in it: read without writing, and never written over a save that could not be read.
import type { SavedBindings } from '../story/save.ts';
import { browserStorage, peekSave, updateSave, type SaveBackend, type SaveWrite } from './save-storage.ts';

export function readSavedBindings(storage: SaveBackend | null = browserStorage()): SavedBindings {
  return storage === null ? {} : peekSave(storage).bindings;
}

export function writeSavedBindings(bindings: SavedBindings, storage: SaveBackend | null = browserStorage()): SaveWrite {
  if (storage === null) return { ok: false, message: 'this browser gives the game no storage: the controls last until the page is closed' };
  return updateSave((save) => ({ ...save, bindings }), storage).written;
}
