// Which layers of a theme sound, and when each note starts, in audio time (seconds on the AudioContext's
// clock), computed from the score alone so Node tests can check it. The player asks for the notes of a
// short window ahead and applies the fades this returns; a change of mood waits for the next bar the
// player has not scheduled yet, so layers come in and go out on the music's own boundaries.
import type { MusicAlert, MusicLayer, MusicTheme } from './music-score.ts';

export interface MusicMood {
  readonly alert: MusicAlert;
  readonly dreaming: boolean;
}

/** A layer's loudness (0 to 1, under its own volume) going from `from` to `to` over [start, end]. */
export interface LayerFade {
  readonly layer: number;
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
}

export interface ScheduledNote {
  readonly layer: number;
  readonly time: number;
  readonly duration: number;
  readonly pitches: readonly number[];
}

/** A hair under any step: keeps a time computed as origin + k * step from falling just short of step k. */
const EPSILON = 1e-6;

export function layerPlays(layer: MusicLayer, mood: MusicMood): boolean {
  if (!layer.alert.includes(mood.alert)) return false;
  if (layer.dream === 'with') return mood.dreaming;
  if (layer.dream === 'without') return !mood.dreaming;
  return true;
}

export class MusicDirector {
  readonly barSeconds: number;
  readonly #stepSeconds: number;
  #moodNow: MusicMood;
  /** Per layer, its fades in time order; the last one started decides its level. */
  readonly #fades: LayerFade[][];
  /** Notes before this time have been handed to the player: a change can no longer reach them. */
  #scheduledUntil: number;

  constructor(
    readonly theme: MusicTheme,
    options: { readonly origin: number; readonly mood: MusicMood },
  ) {
    this.#origin = options.origin;
    this.barSeconds = (theme.beatsPerBar * 60) / theme.tempo;
    this.#stepSeconds = this.barSeconds / (theme.beatsPerBar * theme.stepsPerBeat);
    this.#moodNow = options.mood;
    this.#scheduledUntil = options.origin;
    // The theme's first bar brings its layers in from silence, as any later change would.
    this.#fades = theme.layers.map((layer, index) => [
      { layer: index, start: this.#origin, end: this.#origin + this.#fadeSeconds, from: 0, to: layerPlays(layer, options.mood) ? 1 : 0 },
    ]);
  }

  /** Audio time of bar 0's first step. */
  readonly #origin: number;

  get mood(): MusicMood {
    return this.#moodNow;
  }

  get #fadeSeconds(): number {
    return this.theme.fadeBars * this.barSeconds;
  }

  /** The fades as they stand: what the player's gains were told (each list in time order). */
  get plannedFades(): readonly (readonly LayerFade[])[] {
    return this.#fades;
  }

  /** The first bar boundary at or after `time`. */
  #nextBarStart(time: number): number {
    const bar = Math.max(0, Math.ceil((time - this.#origin) / this.barSeconds - EPSILON));
    return this.#origin + bar * this.barSeconds;
  }

  /** Layer `index`'s loudness at `time`, 0 to 1. */
  levelAt(index: number, time: number): number {
    const fades = this.#fades[index] ?? [];
    let level = 0;
    for (const fade of fades) {
      if (fade.start > time) break;
      level = time >= fade.end ? fade.to : fade.from + ((fade.to - fade.from) * (time - fade.start)) / (fade.end - fade.start);
    }
    return level;
  }

  /**
   * Asks for a new mood at audio time `now`. The layers that must change fade at the first bar boundary
   * not yet scheduled; a change asked again before that boundary replaces the one waiting there. Returns
   * the fades to apply (none when nothing changes).
   */
  setMood(mood: MusicMood, now: number): LayerFade[] {
    if (mood.alert === this.#moodNow.alert && mood.dreaming === this.#moodNow.dreaming) return [];
    this.#moodNow = mood;
    const start = this.#nextBarStart(Math.max(now, this.#scheduledUntil));
    const changed: LayerFade[] = [];
    this.theme.layers.forEach((layer, index) => {
      const fades = this.#fades[index] ?? [];
      // A fade still waiting at or after this boundary is the old wish: it goes.
      while ((fades.at(-1)?.start ?? -Infinity) >= start) fades.pop();
      const from = this.levelAt(index, start);
      const to = layerPlays(layer, mood) ? 1 : 0;
      const settled = fades.at(-1)?.to ?? 0;
      if (from === to && settled === to) return;
      const fade = { layer: index, start, end: start + this.#fadeSeconds, from, to };
      fades.push(fade);
      changed.push(fade);
    });
    return changed;
  }

  /** The notes that start in [from, to) and can be heard; the window ahead is then scheduled. */
  notesBetween(from: number, to: number): ScheduledNote[] {
    const start = Math.max(from, this.#scheduledUntil);
    const notes: ScheduledNote[] = [];
    if (to <= start) return notes;
    const stepsPerBar = this.theme.beatsPerBar * this.theme.stepsPerBeat;
    const firstStep = Math.max(0, Math.ceil((start - this.#origin) / this.#stepSeconds - EPSILON));
    const endStep = Math.ceil((to - this.#origin) / this.#stepSeconds - EPSILON);
    for (let step = firstStep; step < endStep; step += 1) {
      const bar = Math.floor(step / stepsPerBar);
      const stepInBar = step - bar * stepsPerBar;
      const time = this.#origin + step * this.#stepSeconds;
      this.theme.layers.forEach((layer, index) => {
        const note = layer.bars[bar % layer.bars.length]?.find((candidate) => candidate.step === stepInBar);
        if (note === undefined) return;
        const duration = note.steps * this.#stepSeconds;
        if (this.levelAt(index, time) <= 0 && this.levelAt(index, time + duration) <= 0) return;
        notes.push({ layer: index, time, duration, pitches: note.pitches });
      });
    }
    this.#scheduledUntil = Math.max(this.#scheduledUntil, to);
    return notes;
  }
}
