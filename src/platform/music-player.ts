// Plays a theme through Web Audio: each note an oscillator with a gain envelope, started ahead of time on
// the AudioContext's clock, so the music keeps exact time however slowly the page draws. Each frame costs
// a look at the next half second of the score; the audio thread does the rest.
import { MusicDirector, type LayerFade, type MusicMood, type ScheduledNote } from './music-director.ts';
import type { MusicTheme } from './music-score.ts';

/** How far ahead notes are started: longer than the slowest frame a software-drawn game shows. */
const LOOKAHEAD_SECONDS = 0.5;
/** The first notes start this long after a theme is asked for, so none is late for its own start. */
const START_DELAY_SECONDS = 0.1;
/** A theme that gives way fades out over this long. */
const THEME_FADE_SECONDS = 1.5;

export interface MusicOutput {
  readonly context: AudioContext;
  readonly node: AudioNode;
}

interface PlayingTheme {
  readonly director: MusicDirector;
  /** The theme's own gain, faded out when another takes over. */
  readonly bus: GainNode;
  /** Per layer, the gain its fades move, then its filter when it has one. */
  readonly layers: readonly GainNode[];
}

/** The longest a theme's last notes ring on after they end. */
function release(theme: MusicTheme): number {
  return Math.max(...theme.layers.map((layer) => layer.release));
}

function frequencyOf(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

export class MusicPlayer {
  #playing: PlayingTheme | null = null;
  #fadingOut: { readonly bus: GainNode; readonly silentAt: number }[] = [];
  /** Notes started so far (the test hook reads it to tell that music plays). */
  notesStarted = 0;

  readonly #output: () => MusicOutput | null;

  /** `output()` is null while sound is locked (no input yet): the player waits and asks again. */
  constructor(output: () => MusicOutput | null) {
    this.#output = output;
  }

  get themeName(): string | null {
    return this.#playing?.director.theme.name ?? null;
  }

  get mood(): MusicMood | null {
    return this.#playing?.director.mood ?? null;
  }

  /**
   * Plays `theme` in `mood`; the same theme again only changes the mood (at the next bar). Returns the
   * fades a mood change planned, to caption them; a new theme returns none.
   */
  play(theme: MusicTheme, mood: MusicMood): { readonly started: boolean; readonly fades: readonly LayerFade[] } {
    const output = this.#output();
    if (output === null || output.context.state !== 'running') return { started: false, fades: [] };
    const now = output.context.currentTime;
    const playing = this.#playing;
    if (playing !== null && playing.director.theme === theme) {
      const fades = playing.director.setMood(mood, now);
      for (const fade of fades) this.#applyFade(playing, fade);
      return { started: false, fades };
    }
    this.stop();
    const director = new MusicDirector(theme, { origin: now + START_DELAY_SECONDS, mood });
    const bus = output.context.createGain();
    bus.connect(output.node);
    const layers = theme.layers.map((layer) => {
      const gain = output.context.createGain();
      gain.gain.value = 0;
      if (layer.lowpass === null) {
        gain.connect(bus);
      } else {
        const filter = output.context.createBiquadFilter();
        filter.type = 'lowpass';
        filter.frequency.value = layer.lowpass;
        gain.connect(filter).connect(bus);
      }
      return gain;
    });
    this.#playing = { director, bus, layers };
    for (const fades of director.plannedFades) for (const fade of fades) this.#applyFade(this.#playing, fade);
    return { started: true, fades: [] };
  }

  /** The theme playing fades out; its notes already started ring out under the fade. */
  stop(): void {
    const playing = this.#playing;
    this.#playing = null;
    if (playing === null) return;
    const output = this.#output();
    if (output === null) return;
    const now = output.context.currentTime;
    playing.bus.gain.setValueAtTime(playing.bus.gain.value, now);
    playing.bus.gain.linearRampToValueAtTime(0, now + THEME_FADE_SECONDS);
    this.#fadingOut.push({ bus: playing.bus, silentAt: now + THEME_FADE_SECONDS + release(playing.director.theme) });
  }

  /** Starts the notes of the window ahead. Call every frame; it does nothing while sound is locked or hidden. */
  update(): void {
    const output = this.#output();
    if (output === null || output.context.state !== 'running') return;
    const now = output.context.currentTime;
    // A theme that gave way is disconnected once silent, so a long session does not keep its nodes.
    this.#fadingOut = this.#fadingOut.filter((fading) => {
      if (fading.silentAt > now) return true;
      fading.bus.disconnect();
      return false;
    });
    const playing = this.#playing;
    if (playing === null) return;
    for (const note of playing.director.notesBetween(now, now + LOOKAHEAD_SECONDS)) this.#startNote(output.context, playing, note);
  }

  #applyFade(playing: PlayingTheme, fade: LayerFade): void {
    const gain = playing.layers[fade.layer]?.gain;
    if (gain === undefined) return;
    gain.cancelScheduledValues(fade.start);
    gain.setValueAtTime(fade.from, fade.start);
    gain.linearRampToValueAtTime(fade.to, fade.end);
  }

  #startNote(context: AudioContext, playing: PlayingTheme, note: ScheduledNote): void {
    const layer = playing.director.theme.layers[note.layer];
    const layerGain = playing.layers[note.layer];
    if (layer === undefined || layerGain === undefined) return;
    const { attack, release } = layer;
    const start = Math.max(note.time, context.currentTime);
    const attackEnd = start + Math.min(attack, note.duration);
    const releaseStart = Math.max(attackEnd, note.time + note.duration);
    const envelope = context.createGain();
    // A chord shares one envelope: its notes together are as loud as the layer's volume.
    const peak = layer.volume / Math.sqrt(note.pitches.length);
    envelope.gain.setValueAtTime(0, start);
    envelope.gain.linearRampToValueAtTime(peak, attackEnd);
    envelope.gain.setValueAtTime(peak, releaseStart);
    envelope.gain.exponentialRampToValueAtTime(0.0001, releaseStart + release);
    envelope.connect(layerGain);
    for (const pitch of note.pitches) {
      const oscillator = context.createOscillator();
      oscillator.type = layer.wave;
      oscillator.frequency.value = frequencyOf(pitch);
      oscillator.connect(envelope);
      oscillator.start(start);
      oscillator.stop(releaseStart + release + 0.05);
      oscillator.onended = () => {
        oscillator.disconnect();
      };
    }
    this.notesStarted += 1;
  }
}
