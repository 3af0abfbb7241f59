import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MUSIC_THEMES_FILE, midiOfNote, readScore, themeName } from '../../src/platform/music-score.ts';
import { builtThemes, themeFor } from '../../src/platform/music-scores.ts';
import { CHAPTERS } from '../../src/story/chapters.ts';
import { shippedScoreFiles, shippedThemes } from './shipped-themes.ts';

/** A small valid score; each bad case below changes one thing of it. */
function score(overrides: Record<string, unknown> = {}, layer: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tempo: 60,
    beatsPerBar: 2,
    stepsPerBeat: 2,
    layers: [{ name: 'pad', wave: 'sine', volume: 0.5, bars: ['C4 - E4 .', 'A3+E4 - - -'], ...layer }],
    ...overrides,
  };
}

function problem(value: unknown): string {
  const result = readScore(value, 'assets/music/test.json');
  if (result.ok) throw new Error('the score was read, but it should have been refused');
  return result.message;
}

describe('the score reader', () => {
  it('reads notes, chords, holds and rests into steps', () => {
    const result = readScore(score(), 'assets/music/test.json');
    if (!result.ok) throw new Error(result.message);
    const [layer] = result.theme.layers;
    expect(result.theme.name).toBe('test');
    expect(layer?.bars).toEqual([
      [{ step: 0, pitches: [60], steps: 2 }, { step: 2, pitches: [64], steps: 1 }],
      [{ step: 0, pitches: [57, 64], steps: 4 }],
    ]);
    // Defaults a composer may leave out: every alert level, with or without the dream.
    expect(layer?.alert).toEqual(['calm', 'caution', 'alarm']);
    expect(layer?.dream).toBe('either');
  });

  it('names notes as MIDI does: middle C is 60, A4 69, sharps and flats a semitone either way', () => {
    expect([midiOfNote('C4'), midiOfNote('A4'), midiOfNote('F#3'), midiOfNote('Bb2'), midiOfNote('C0')]).toEqual([60, 69, 54, 46, 12]);
    expect([midiOfNote('H4'), midiOfNote('C9'), midiOfNote('c4'), midiOfNote('C#')]).toEqual([null, null, null, null]);
  });

  it('refuses bad score data with a message naming the file, the field and what to write', () => {
    expect(problem('not a score')).toMatch(/^assets\/music\/test\.json: must be a JSON object/);
    expect(problem(score({ tempo: 0 }))).toBe('assets/music/test.json: tempo: must be a number from 20 to 240, not 0');
    expect(problem(score({ beatsPerBar: 2.5 }))).toMatch(/beatsPerBar: must be a whole number/);
    expect(problem(score({ layers: [] }))).toMatch(/layers: must be a list of at least one layer/);
    expect(problem(score({}, { wave: 'piano' }))).toBe('assets/music/test.json: layers[0].wave: must be one of "sine", "triangle", "square", "sawtooth", not "piano"');
    expect(problem(score({}, { volume: 2 }))).toMatch(/layers\[0\]\.volume: must be a number from 0 to 1/);
    expect(problem(score({}, { alert: ['panic'] }))).toMatch(/layers\[0\]\.alert\[0\]: must be one of "calm", "caution", "alarm"/);
    expect(problem(score({}, { dream: 'sometimes' }))).toMatch(/layers\[0\]\.dream: must be one of "with", "without", "either"/);
    expect(problem(score({}, { bars: ['C4 E4 G4'] }))).toBe('assets/music/test.json: layers[0].bars[0]: has 3 steps, but a bar of this score has 4 (beatsPerBar x stepsPerBeat)');
    expect(problem(score({}, { bars: ['C4 . H4 .'] }))).toMatch(/layers\[0\]\.bars\[0\], step 3: "H4" is not a note: a note is a letter A-G/);
    expect(problem(score({}, { bars: ['- C4 . .'] }))).toMatch(/bars\[0\], step 1: "-" holds a note, but no note sounds just before it/);
    expect(problem(score({}, { bars: ['C4 . - .'] }))).toMatch(/bars\[0\], step 3: "-" holds a note/);
    expect(problem(score({ captions: { chase: 'run' } }))).toMatch(/captions\.chase: must be one of "start", "calm"/);
    const twice = score();
    twice.layers = [...(twice.layers as unknown[]), ...(twice.layers as unknown[])];
    expect(problem(twice)).toMatch(/layers\[1\]\.name: "pad" names two layers/);
  });

  it('reads every shipped score, and every chapter of the campaign and the title has a theme of its own', () => {
    const messages: string[] = [];
    const themes = shippedThemes((message) => messages.push(message));
    expect(messages).toEqual([]);
    expect([...themes.keys()].sort()).toEqual(shippedScoreFiles().map(themeName).sort());
    // The game fetches them as the build read them: every score of the folder, under its theme's name.
    const built = builtThemes(JSON.parse(readFileSync(MUSIC_THEMES_FILE, 'utf8')), (message) => messages.push(message));
    expect(messages).toEqual([]);
    expect(Object.fromEntries(built)).toEqual(Object.fromEntries(themes));
    for (const key of ['title', ...CHAPTERS.map((row) => row.key)]) {
      expect(themes.has(key), `assets/music/${key}.json`).toBe(true);
    }
    // Each theme says where it is when it starts, so the music never changes unseen.
    for (const theme of themes.values()) expect(theme.captions.start, theme.name).toMatch(/^♪ /);
    // A map the campaign does not know plays the stealth theme.
    expect(themeFor(themes, 'my-own-map')?.name).toBe('night-escape');
  });

  it('plays nothing before the themes are read, and says how to remake a built file that is not the build\'s', () => {
    expect(themeFor(new Map(), 'title')).toBeNull();
    const messages: string[] = [];
    expect(builtThemes([], (message) => messages.push(message)).size).toBe(0);
    const night = themeFor(shippedThemes(() => undefined), 'night-escape');
    const built = builtThemes({ 'night-escape': night, title: { name: 'title' } }, (message) => messages.push(message));
    expect([...built.keys()]).toEqual(['night-escape']);
    expect(messages).toEqual([
      'assets/generated/music-themes.json: not a JSON object of themes (run npm run build-assets)',
      'assets/generated/music-themes.json: "title" is not a theme as the build writes it (run npm run build-assets)',
    ]);
  });
});
