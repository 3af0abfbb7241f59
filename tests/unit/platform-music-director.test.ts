// The music's state machine: which layers sound for an alert level and the dream, and that a layer only
// ever starts to come in or go out on a bar boundary, in audio time computed from the score alone.
import { describe, expect, it } from 'vitest';
import { MusicDirector, layerPlays, type MusicMood } from '../../src/platform/music-director.ts';
import { readScore, type MusicTheme } from '../../src/platform/music-score.ts';

/** 120 beats a minute, 2 beats a bar of 2 steps each: a bar is 1 s, a step 0.25 s. */
function theme(): MusicTheme {
  const result = readScore({
    tempo: 120, beatsPerBar: 2, stepsPerBeat: 2, fadeBars: 0.5,
    layers: [
      { name: 'bed', wave: 'sine', volume: 0.5, bars: ['C3 - - -'] },
      { name: 'calm tune', wave: 'triangle', volume: 0.5, alert: ['calm'], dream: 'without', bars: ['E4 . G4 .'] },
      { name: 'alarm', wave: 'square', volume: 0.5, alert: ['alarm'], bars: ['A4 A4 A4 A4'] },
      { name: 'dream', wave: 'sine', volume: 0.5, dream: 'with', bars: ['C5 . . .', '. . D5 .'] },
    ],
  }, 'test.json');
  if (!result.ok) throw new Error(result.message);
  return result.theme;
}

const CALM: MusicMood = { alert: 'calm', dreaming: false };
const ALARM: MusicMood = { alert: 'alarm', dreaming: false };
const DREAM: MusicMood = { alert: 'calm', dreaming: true };

const layerNames = (director: MusicDirector, time: number): string[] =>
  director.theme.layers.filter((_, index) => director.levelAt(index, time) > 0).map((layer) => layer.name);

describe('the music director', () => {
  it('picks layers by alert level and dream', () => {
    const [bed, calmTune, alarm, dream] = theme().layers;
    if (!bed || !calmTune || !alarm || !dream) throw new Error('four layers');
    expect([bed, calmTune, alarm, dream].map((layer) => layerPlays(layer, CALM))).toEqual([true, true, false, false]);
    expect([bed, calmTune, alarm, dream].map((layer) => layerPlays(layer, ALARM))).toEqual([true, false, true, false]);
    expect([bed, calmTune, alarm, dream].map((layer) => layerPlays(layer, DREAM))).toEqual([true, false, false, true]);
    expect([bed, calmTune, alarm, dream].map((layer) => layerPlays(layer, { alert: 'caution', dreaming: false }))).toEqual([true, false, false, false]);
  });

  it('brings the mood\'s layers in over the first half bar and schedules their notes in time', () => {
    const director = new MusicDirector(theme(), { origin: 10, mood: CALM });
    expect(director.levelAt(0, 10)).toBe(0);
    expect(director.levelAt(0, 10.25)).toBeCloseTo(0.5);
    expect(layerNames(director, 10.5)).toEqual(['bed', 'calm tune']);
    const notes = director.notesBetween(10, 11);
    expect(notes.map((note) => [director.theme.layers[note.layer]?.name, note.time, note.duration, note.pitches])).toEqual([
      ['bed', 10, 1, [48]],
      ['calm tune', 10, 0.25, [64]],
      ['calm tune', 10.5, 0.25, [67]],
    ]);
    // A window already scheduled is never handed out twice.
    expect(director.notesBetween(10.2, 11)).toEqual([]);
  });

  it('changes layers only at the first bar boundary not yet scheduled, however the alert moves in between', () => {
    const director = new MusicDirector(theme(), { origin: 0, mood: CALM });
    director.notesBetween(0, 1.3); // the player has started the notes up to 1.3 s
    const fades = director.setMood(ALARM, 0.7);
    // Bar 1 starts at 1 s, but its first notes are out already: the change waits for bar 2.
    expect(fades.map((fade) => [director.theme.layers[fade.layer]?.name, fade.start, fade.end, fade.from, fade.to])).toEqual([
      ['calm tune', 2, 2.5, 1, 0],
      ['alarm', 2, 2.5, 0, 1],
    ]);
    expect(layerNames(director, 1.99)).toEqual(['bed', 'calm tune']);
    expect(layerNames(director, 2.25)).toEqual(['bed', 'calm tune', 'alarm']);
    expect(layerNames(director, 2.5)).toEqual(['bed', 'alarm']);
    // The same mood again changes nothing; a new one before the boundary replaces the waiting change.
    expect(director.setMood(ALARM, 1.5)).toEqual([]);
    const dreamFades = director.setMood(DREAM, 1.6);
    expect(dreamFades.map((fade) => [fade.layer, fade.start, fade.to])).toEqual([[1, 2, 0], [3, 2, 1]]);
    expect(director.plannedFades[2]?.map((fade) => fade.start)).toEqual([0]);
    expect(layerNames(director, 2.5)).toEqual(['bed', 'dream']);
    // Every fade ever planned starts on a bar boundary.
    for (const fades of director.plannedFades) for (const fade of fades) expect(fade.start % director.barSeconds).toBeCloseTo(0);
  });

  it('lets a fading layer ring through its fade and leaves it silent after, and brings an incoming one in at its bar', () => {
    const director = new MusicDirector(theme(), { origin: 0, mood: CALM });
    director.notesBetween(0, 1);
    director.setMood(DREAM, 0.9);
    const names = (from: number, to: number): string[] => director.notesBetween(from, to).map((note) => `${director.theme.layers[note.layer]?.name ?? '?'}@${note.time}`);
    // Bar 1 (1 s to 2 s): the calm tune fades over its first half, so its note at 1.5 s is never started;
    // the dream's layer comes in over the same half bar.
    expect(names(1, 2)).toEqual(['bed@1', 'calm tune@1', 'dream@1.5']);
    expect(names(2, 3)).toEqual(['bed@2', 'dream@2']);
  });
});
