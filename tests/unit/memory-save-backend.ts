// A save backend kept in a Map, for Node tests of what the game writes to the browser's storage; it can be
// told to refuse writes, as a full quota does, and its `values` are there to read or tamper with.
import type { SaveBackend } from '../../src/platform/save-storage.ts';

export function memoryBackend(): SaveBackend & { refuseWrites: boolean; readonly values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    refuseWrites: false,
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem(key, value) {
      if (this.refuseWrites) throw new DOMException('the quota is full', 'QuotaExceededError');
      values.set(key, value);
    },
    key: (index) => [...values.keys()][index] ?? null,
    get length() {
      return values.size;
    },
  };
}
