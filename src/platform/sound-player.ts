// Synthesized sound effects: ZzFX recipes (sound-recipes.ts), rendered once to AudioBuffers.
// The AudioContext is created on the first key press, as browsers require a user gesture before sound,
// and suspended while the page is hidden, so nothing plays in a tab the player has left. Effects and
// music each have their own volume under the master volume and the mute.
import { ZZFX } from 'zzfx';
import { loadRecipes, type Recipes, type SoundName } from './sound-recipes.ts';

const VARIANTS_PER_SOUND = 3;

/** A sound playing over and over (loop()). */
export interface SoundLoop {
  stop(): void;
}

export class SoundPlayer {
  #context: AudioContext | null = null;
  #output: GainNode | null = null;
  #effectsOutput: GainNode | null = null;
  #musicOutput: GainNode | null = null;
  readonly #buffers = new Map<SoundName, AudioBuffer[]>();
  /** Empty until fetched: until then every sound is silent, as before the first input. */
  #recipes: Recipes = new Map();
  #variantCounter = 0;
  #muted = false;
  /** The master volume, 0 to 1, under the mute. */
  #volume = 1;
  #effectsLevel = 1;
  #musicLevel = 1;

  /** Fetches the recipes once; a sound asked for before they arrive is silent, and built once they are here. */
  async loadRecipes(): Promise<void> {
    this.#recipes = await loadRecipes();
    if (this.#context !== null) this.#synthesizeAhead(this.#context);
  }

  /** Call from a user gesture (a key press). Safe to call again. */
  unlock(): void {
    if (this.#context !== null) {
      if (this.#context.state === 'suspended' && !this.#pageHidden()) void this.#context.resume();
      return;
    }
    if (typeof AudioContext === 'undefined') return;
    const context = new AudioContext();
    this.#context = context;
    this.#output = context.createGain();
    this.#output.gain.value = this.#muted ? 0 : this.#volume;
    this.#output.connect(context.destination);
    this.#effectsOutput = context.createGain();
    this.#effectsOutput.gain.value = this.#effectsLevel;
    this.#effectsOutput.connect(this.#output);
    this.#musicOutput = context.createGain();
    this.#musicOutput.gain.value = this.#musicLevel;
    this.#musicOutput.connect(this.#output);
    this.#followPageVisibility(context);
    this.#synthesizeAhead(context);
  }

  /** The context and the node music connects to; null until the first input unlocks sound. */
  get musicDestination(): { readonly context: AudioContext; readonly node: AudioNode } | null {
    return this.#context === null || this.#musicOutput === null ? null : { context: this.#context, node: this.#musicOutput };
  }

  /** `none` before the first input, else the AudioContext's own state (the test hook reads it). */
  get state(): AudioContextState | 'none' {
    return this.#context?.state ?? 'none';
  }

  get effectsVolume(): number {
    return this.#effectsLevel;
  }

  /** 0 (silent) to 1 (full), under the master volume. */
  setEffectsVolume(volume: number): void {
    this.#effectsLevel = Math.max(0, Math.min(1, volume));
    if (this.#effectsOutput) this.#effectsOutput.gain.value = this.#effectsLevel;
  }

  get musicVolume(): number {
    return this.#musicLevel;
  }

  /** 0 (silent) to 1 (full), under the master volume. */
  setMusicVolume(volume: number): void {
    this.#musicLevel = Math.max(0, Math.min(1, volume));
    if (this.#musicOutput) this.#musicOutput.gain.value = this.#musicLevel;
  }

  /** A hidden page suspends the context (no sound, no clock); shown again, it resumes where it was. */
  #followPageVisibility(context: AudioContext): void {
    if (typeof document === 'undefined') return;
    const follow = (): void => {
      if (document.visibilityState === 'hidden') void context.suspend();
      else void context.resume();
    };
    document.addEventListener('visibilitychange', follow);
    follow();
  }

  #pageHidden(): boolean {
    return typeof document !== 'undefined' && document.visibilityState === 'hidden';
  }

  get isMuted(): boolean {
    return this.#muted;
  }

  setMuted(muted: boolean): void {
    this.#muted = muted;
    if (this.#output) this.#output.gain.value = muted ? 0 : this.#volume;
  }

  get masterVolume(): number {
    return this.#volume;
  }

  /** 0 (silent) to 1 (full); the mute stays as it is. */
  setMasterVolume(volume: number): void {
    this.#volume = Math.max(0, Math.min(1, volume));
    if (this.#output) this.#output.gain.value = this.#muted ? 0 : this.#volume;
  }

  /** Plays a sound; `pan` from -1 (left) to 1 (right), `volume` from 0 to 1. Silent until unlocked. */
  play(name: SoundName, options: { volume?: number; pan?: number } = {}): void {
    const context = this.#context;
    const output = this.#effectsOutput;
    if (context === null || output === null || this.#muted || context.state !== 'running') return;
    const variants = this.#buffersFor(name, context);
    // Cycling through pre-built variants keeps repeated steps from sounding mechanical.
    this.#variantCounter = (this.#variantCounter + 1) % VARIANTS_PER_SOUND;
    const source = context.createBufferSource();
    source.buffer = variants[this.#variantCounter] ?? variants[0] ?? null;
    const gain = context.createGain();
    gain.gain.value = options.volume ?? 1;
    const panner = context.createStereoPanner();
    panner.pan.value = Math.max(-1, Math.min(1, options.pan ?? 0));
    source.connect(gain).connect(panner).connect(output);
    source.start();
  }

  /**
   * Plays a sound over and over until stopped (the dream's ambience); null while it cannot sound (locked,
   * muted): the caller asks again later. Stopping fades it out over a tenth of a second, never a click.
   */
  loop(name: SoundName, options: { volume?: number } = {}): SoundLoop | null {
    const context = this.#context;
    const output = this.#effectsOutput;
    if (context === null || output === null || this.#muted || context.state !== 'running') return null;
    const source = context.createBufferSource();
    source.buffer = this.#buffersFor(name, context)[0] ?? null;
    source.loop = true;
    const gain = context.createGain();
    gain.gain.value = options.volume ?? 1;
    source.connect(gain).connect(output);
    source.start();
    let stopped = false;
    return {
      stop: () => {
        if (stopped) return;
        stopped = true;
        gain.gain.setTargetAtTime(0, context.currentTime, 0.03);
        source.stop(context.currentTime + 0.15);
      },
    };
  }

  /**
   * Builds every sound not built yet, one variant at a time whenever the page is idle, so none is
   * synthesized in the frame that needs it (the dream's swell and its ambience loop took most of a frame
   * at its start); a whole sound at a time was a task of 50-110 ms on the title after the first key.
   */
  #synthesizeAhead(context: AudioContext): void {
    const waiting = [...this.#recipes.keys()];
    const whenIdle = (work: () => void): void => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
      else setTimeout(work, 50);
    };
    const buildNext = (): void => {
      const name = waiting[0];
      if (name === undefined) return;
      if (this.#buildVariant(name, context)) waiting.shift();
      whenIdle(buildNext);
    };
    whenIdle(buildNext);
  }

  /** All of a sound's variants, the missing ones built now. */
  #buffersFor(name: SoundName, context: AudioContext): AudioBuffer[] {
    while (!this.#buildVariant(name, context));
    return this.#buffers.get(name) ?? [];
  }

  /** Builds one more variant of the sound; true when it has them all (or has no recipe). */
  #buildVariant(name: SoundName, context: AudioContext): boolean {
    const recipe = this.#recipes.get(name);
    if (recipe === undefined) return true;
    let built = this.#buffers.get(name);
    if (built === undefined) {
      built = [];
      this.#buffers.set(name, built);
    }
    if (built.length < VARIANTS_PER_SOUND) {
      ZZFX.sampleRate = context.sampleRate;
      const samples = ZZFX.buildSamples(...recipe);
      const buffer = context.createBuffer(1, Math.max(1, samples.length), context.sampleRate);
      buffer.copyToChannel(Float32Array.from(samples), 0);
      built.push(buffer);
    }
    return built.length >= VARIANTS_PER_SOUND;
  }
}
