// Reads a music score (assets/music/<theme>.json) into a theme the music director plays. A score is
// layers of notes written as text, one string per bar, so a composer edits music as the artists edit
// pixels: in a diff-able source, played by the game's own synthesizer, no audio file shipped.
// A score that cannot be played is refused with a message naming the file, the field and what to write.
import { isJsonObject } from '../tiled/problem-list.ts';

export const ALERT_LEVELS = ['calm', 'caution', 'alarm'] as const;
export type MusicAlert = (typeof ALERT_LEVELS)[number];

export const WAVES = ['sine', 'triangle', 'square', 'sawtooth'] as const;
export type Wave = (typeof WAVES)[number];

/** Whether a layer sounds with the dream, without it, or either way. */
export const DREAM_CONDITIONS = ['with', 'without', 'either'] as const;
export type DreamCondition = (typeof DREAM_CONDITIONS)[number];

/** The captions a theme may give: one per alert level, and for the dream's coming and going. */
export const CAPTION_KEYS = ['start', 'calm', 'caution', 'alarm', 'dream', 'waking'] as const;
export type CaptionKey = (typeof CAPTION_KEYS)[number];

/** One step of a layer's bar: the notes that start there (MIDI numbers), held for `steps` steps. */
export interface ScoreNote {
  readonly step: number;
  readonly pitches: readonly number[];
  readonly steps: number;
}

export interface MusicLayer {
  readonly name: string;
  readonly wave: Wave;
  /** 0 to 1, before the music volume. */
  readonly volume: number;
  /** Seconds from silence to full at a note's start, and from full back to silence at its end. */
  readonly attack: number;
  readonly release: number;
  /** A low-pass filter's cut-off in hertz, or null for the wave as it is. */
  readonly lowpass: number | null;
  readonly alert: readonly MusicAlert[];
  readonly dream: DreamCondition;
  /** Each bar's notes; the layer goes round its bars, whatever the other layers' lengths. */
  readonly bars: readonly (readonly ScoreNote[])[];
}

export interface MusicTheme {
  readonly name: string;
  /** Beats a minute. */
  readonly tempo: number;
  readonly beatsPerBar: number;
  readonly stepsPerBeat: number;
  /** How much of a bar a layer takes to come in or go out, from the bar's start (0 to 1). */
  readonly fadeBars: number;
  readonly captions: Partial<Record<CaptionKey, string>>;
  readonly layers: readonly MusicLayer[];
}

export type ScoreResult = { readonly ok: true; readonly theme: MusicTheme } | { readonly ok: false; readonly message: string };

const NOTE_HELP = 'a note is a letter A-G, an optional # or b and an octave 0-8 (C4, F#3, Bb2), chords join notes with + (C3+G3), "." rests and "-" holds the note before';

class ScoreProblem extends Error {}

function fail(place: string, message: string): never {
  throw new ScoreProblem(`${place}: ${message}`);
}

function numberIn(value: unknown, place: string, range: { readonly min: number; readonly max: number }): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < range.min || value > range.max) {
    fail(place, `must be a number from ${range.min} to ${range.max}, not ${JSON.stringify(value)}`);
  }
  return value;
}

function wholeNumberIn(value: unknown, place: string, range: { readonly min: number; readonly max: number }): number {
  const number = numberIn(value, place, range);
  if (!Number.isInteger(number)) fail(place, `must be a whole number, not ${number}`);
  return number;
}

function oneOf<T extends string>(value: unknown, place: string, choices: readonly T[]): T {
  const found = choices.find((choice) => choice === value);
  if (found === undefined) fail(place, `must be one of ${choices.map((choice) => `"${choice}"`).join(', ')}, not ${JSON.stringify(value)}`);
  return found;
}

const SEMITONES: Readonly<Record<string, number>> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** `C4` is MIDI 60 (middle C), `A4` 69 (440 Hz); null when the text is no note. */
export function midiOfNote(text: string): number | null {
  const match = /^([A-G])([#b]?)([0-8])$/.exec(text);
  if (match === null) return null;
  const [, letter = 'C', accidental, octave = '4'] = match;
  const shift = accidental === '#' ? 1 : accidental === 'b' ? -1 : 0;
  return 12 * (Number(octave) + 1) + (SEMITONES[letter] ?? 0) + shift;
}

function readBar(text: unknown, place: string, stepsPerBar: number): ScoreNote[] {
  if (typeof text !== 'string') fail(place, `must be a text of ${stepsPerBar} steps (${NOTE_HELP})`);
  const tokens = text.trim().split(/\s+/).filter((token) => token !== '');
  if (tokens.length !== stepsPerBar) fail(place, `has ${tokens.length} steps, but a bar of this score has ${stepsPerBar} (beatsPerBar x stepsPerBeat)`);
  const notes: { step: number; pitches: number[]; steps: number }[] = [];
  tokens.forEach((token, step) => {
    if (token === '.') return;
    if (token === '-') {
      const held = notes.at(-1);
      if (held === undefined || held.step + held.steps !== step) fail(`${place}, step ${step + 1}`, `"-" holds a note, but no note sounds just before it (${NOTE_HELP})`);
      held.steps += 1;
      return;
    }
    const pitches = token.split('+').map((part) => midiOfNote(part));
    if (pitches.some((pitch) => pitch === null)) fail(`${place}, step ${step + 1}`, `"${token}" is not a note: ${NOTE_HELP}`);
    notes.push({ step, pitches: pitches.filter((pitch): pitch is number => pitch !== null), steps: 1 });
  });
  return notes;
}

function readLayer(value: unknown, place: string, stepsPerBar: number): MusicLayer {
  if (!isJsonObject(value)) fail(place, 'must be an object with name, wave, volume, bars');
  const name = value.name;
  if (typeof name !== 'string' || name.trim() === '') fail(`${place}.name`, 'must be a name for the layer');
  const bars = value.bars;
  if (!Array.isArray(bars) || bars.length === 0) fail(`${place}.bars`, 'must be a list of at least one bar');
  const alert = value.alert ?? ALERT_LEVELS;
  if (!Array.isArray(alert) || alert.length === 0) fail(`${place}.alert`, `must list the alert levels it plays in (${ALERT_LEVELS.join(', ')})`);
  const lowpass = value.lowpass ?? null;
  return {
    name,
    wave: oneOf(value.wave, `${place}.wave`, WAVES),
    volume: numberIn(value.volume, `${place}.volume`, { min: 0, max: 1 }),
    attack: numberIn(value.attack ?? 0.02, `${place}.attack`, { min: 0, max: 8 }),
    release: numberIn(value.release ?? 0.2, `${place}.release`, { min: 0.01, max: 8 }),
    lowpass: lowpass === null ? null : numberIn(lowpass, `${place}.lowpass`, { min: 40, max: 20000 }),
    alert: alert.map((level, index) => oneOf(level, `${place}.alert[${index}]`, ALERT_LEVELS)),
    dream: oneOf(value.dream ?? 'either', `${place}.dream`, DREAM_CONDITIONS),
    bars: bars.map((bar, index) => readBar(bar, `${place}.bars[${index}]`, stepsPerBar)),
  };
}

function readCaptions(value: unknown, place: string): Partial<Record<CaptionKey, string>> {
  if (value === undefined) return {};
  if (!isJsonObject(value)) fail(place, `must be an object of captions by ${CAPTION_KEYS.join(', ')}`);
  const captions: Partial<Record<CaptionKey, string>> = {};
  for (const [key, text] of Object.entries(value)) {
    const captionKey = oneOf(key, `${place}.${key}`, CAPTION_KEYS);
    if (typeof text !== 'string' || text.trim() === '') fail(`${place}.${key}`, 'must be a caption to show');
    captions[captionKey] = text;
  }
  return captions;
}

/** Reads one score; `file` names it in every message (assets/music/bedroom.json). */
export function readScore(value: unknown, file: string): ScoreResult {
  try {
    if (!isJsonObject(value)) fail(file, 'must be a JSON object with tempo, beatsPerBar, stepsPerBeat and layers');
    const beatsPerBar = wholeNumberIn(value.beatsPerBar, `${file}: beatsPerBar`, { min: 1, max: 16 });
    const stepsPerBeat = wholeNumberIn(value.stepsPerBeat, `${file}: stepsPerBeat`, { min: 1, max: 8 });
    const layers = value.layers;
    if (!Array.isArray(layers) || layers.length === 0) fail(`${file}: layers`, 'must be a list of at least one layer');
    const read = layers.map((layer, index) => readLayer(layer, `${file}: layers[${index}]`, beatsPerBar * stepsPerBeat));
    const names = new Set<string>();
    read.forEach((layer, index) => {
      if (names.has(layer.name)) fail(`${file}: layers[${index}].name`, `"${layer.name}" names two layers; give each its own`);
      names.add(layer.name);
    });
    return {
      ok: true,
      theme: {
        name: file.replace(/^.*\//, '').replace(/\.json$/, ''),
        tempo: numberIn(value.tempo, `${file}: tempo`, { min: 20, max: 240 }),
        beatsPerBar,
        stepsPerBeat,
        fadeBars: numberIn(value.fadeBars ?? 0.5, `${file}: fadeBars`, { min: 0.05, max: 1 }),
        captions: readCaptions(value.captions, `${file}: captions`),
        layers: read,
      },
    };
  } catch (error) {
    if (error instanceof ScoreProblem) return { ok: false, message: error.message };
    throw error;
  }
}

/** Where `npm run build-assets` writes every shipped score read into its theme (src/platform/music-scores.ts fetches it). */
export const MUSIC_THEMES_FILE = 'assets/generated/music-themes.json';

/** A score's theme name from its path: `assets/music/hidden-door.json` plays as `hidden-door`. */
export function themeName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

/** Every score that reads, by theme name; one that does not is reported and left out. */
export function readThemes(scores: ReadonlyMap<string, unknown>, report: (message: string) => void): Map<string, MusicTheme> {
  const themes = new Map<string, MusicTheme>();
  for (const [name, score] of scores) {
    const result = readScore(score, `assets/music/${name}.json`);
    if (result.ok) themes.set(name, result.theme);
    else report(result.message);
  }
  return themes;
}
