// Where builds before save version 3 kept each setting: one localStorage key apiece. Read once into the
// save's settings when an older save (or none) is first read; the keys themselves are never removed, so
// a player who goes back to an older build finds their settings where it looks.
import type { SaveSettings } from '../story/save.ts';

/** What the migration needs of window.localStorage. */
export interface LegacyPreferenceSource {
  getItem(key: string): string | null;
}

type LegacyReader = (text: string) => string | number | boolean | undefined;

const toBoolean: LegacyReader = (text) => (text === 'true' ? true : text === 'false' ? false : undefined);

/** Setting name in the save -> its old key and how its old text reads; a text that reads as nothing is left out. */
const LEGACY_PREFERENCES: Readonly<Record<string, { readonly key: string; readonly read: LegacyReader }>> = {
  muted: { key: 'analog-dreams/muted', read: toBoolean },
  reducedMotion: { key: 'analog-dreams/reduced-motion', read: toBoolean },
  textSpeed: { key: 'analog-dreams/text-speed', read: (text) => text },
  skipDialogue: { key: 'analog-dreams/skip-dialogue', read: toBoolean },
  masterVolume: { key: 'analog-dreams/master-volume', read: (text) => (/^[0-9]{1,2}$/.test(text) ? Number(text) : undefined) },
  speedrunMode: { key: 'analog-dreams/speedrun-mode', read: toBoolean },
  liveSplitLink: { key: 'analog-dreams/livesplit-link', read: toBoolean },
};

/** The settings older builds stored under their own keys; storage that throws gives none. */
export function legacyPreferences(storage: LegacyPreferenceSource): SaveSettings {
  const settings: Record<string, string | number | boolean> = {};
  for (const [name, { key, read }] of Object.entries(LEGACY_PREFERENCES)) {
    try {
      const text = storage.getItem(key);
      const value = text === null ? undefined : read(text);
      if (value !== undefined) settings[name] = value;
    } catch {
      // Storage that refuses a read: that setting keeps its default.
    }
  }
  return settings;
}
