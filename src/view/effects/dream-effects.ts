// What the group's and the dream's events sound like, each with a word that rises where it happened (as
// the hunt's sounds have), so nothing is told by sound alone: a chime when a child joins, the group's
// wait and follow, ticks while the ring fills, the swell as the dream starts, a looping ambience for as
// long as it lasts, a shimmer per phase, a falling tone as it fades and a soft close when it ends.
import type { SoundLoop } from '../../platform/sound-player.ts';
import type { ClueDefinition } from '../../level/level-definition.ts';
import { DREAM_RING_TICKS, type ChildState, type SimEvent, type World } from '../../sim/index.ts';
import { childLabel } from '../renderers/dream-cues.ts';
import { LEVEL_DEPTH } from '../renderers/level-depths.ts';
import { gameSounds } from '../sounds.ts';
import type { FloatingWords } from './floating-words.ts';

/** A tick of the ring's sound four times while it fills. */
const RING_SOUND_EVERY = DREAM_RING_TICKS / 4;
const WORD_COLOR = '#ffe08a';

const INTERRUPTED_WORDS = { seen: 'seen! the ring breaks', left: 'left the circle', released: 'let go' } as const;
const DREAM_WORDS = { started: 'we dream together', phase: 'the dream shifts', fading: 'the dream fades…', ended: 'awake again' } as const;
const GROUP_WORDS = { waiting: 'wait here', following: 'follow me' } as const;

const joinedWord = (child: ChildState | undefined): string => `${childLabel(child)} joins`;
const clueWord = (clue: ClueDefinition | undefined): string => (clue === undefined || clue.name === '' ? 'found' : clue.name);

/**
 * Every word this level can have these effects say, made while it loads: a new text costs a frame 1-2 ms
 * of font measuring and drawing (under software WebGL), so the tick a child first joins or the dream
 * starts draws none.
 */
function wordsOf(world: World): string[] {
  const { level } = world;
  const words = level.clues.map(clueWord);
  if (world.children.length > 0) words.push(...world.children.map(joinedWord), ...Object.values(GROUP_WORDS));
  if (level.dreamCircles.length > 0) words.push(...Object.values(DREAM_WORDS), ...Object.values(INTERRUPTED_WORDS));
  return [...new Set(words)];
}

interface DreamEffectsOptions {
  readonly words: FloatingWords;
  readonly world: World;
}

export class DreamEffects {
  #ambience: SoundLoop | null = null;
  #lastRingTicks = 0;
  /** Captions shown since the level started, newest last (the test hook reads them). */
  readonly captions: string[] = [];

  readonly #options: DreamEffectsOptions;

  constructor(options: DreamEffectsOptions) {
    this.#options = options;
    options.words.prepare(wordsOf(options.world), WORD_COLOR);
  }

  /** After each tick: the events, then what the dream's state keeps sounding. */
  afterTick(world: World, events: readonly SimEvent[]): void {
    for (const event of events) this.#play(world, event);
    this.#keepSounding(world);
  }

  /** The level ends or starts over: the ambience must not outlive its dream. */
  stop(): void {
    this.#ambience?.stop();
    this.#ambience = null;
    this.#lastRingTicks = 0;
  }

  /** Tick the dream last started, -1 before. */
  #startedAt = -1;

  #play(world: World, event: SimEvent): void {
    const sounds = gameSounds();
    const mira = { x: world.mira.x, y: world.mira.y };
    switch (event.type) {
      case 'child-joined': {
        const child = world.children.find((candidate) => candidate.id === event.childId);
        sounds.play('child-joined', { volume: 0.6 });
        this.#floatWord(child ?? mira, joinedWord(child));
        break;
      }
      case 'group-order':
        sounds.play(event.waiting ? 'group-wait' : 'group-follow', { volume: 0.6 });
        this.#floatWord(mira, event.waiting ? GROUP_WORDS.waiting : GROUP_WORDS.following);
        break;
      case 'dream-interrupted':
        sounds.play('dream-interrupted', { volume: 0.5 });
        this.#floatWord(mira, INTERRUPTED_WORDS[event.reason]);
        break;
      case 'dream-started':
        this.#startedAt = world.tick;
        sounds.play('dream-started', { volume: 0.7 });
        this.#floatWord(mira, DREAM_WORDS.started);
        break;
      case 'dream-phase':
        // The first phase comes in the tick the dream starts, which has its own swell and word.
        if (this.#startedAt === world.tick) break;
        sounds.play('dream-phase', { volume: 0.5 });
        this.#floatWord(mira, DREAM_WORDS.phase);
        break;
      case 'dream-fading':
        sounds.play('dream-fading', { volume: 0.6 });
        this.#floatWord(mira, DREAM_WORDS.fading);
        break;
      case 'dream-ended':
        sounds.play('dream-ended', { volume: 0.5 });
        this.#floatWord(mira, DREAM_WORDS.ended);
        break;
      case 'restarted':
        this.stop();
        break;
      case 'caught':
        // A catch, Mira's or a child's, is level-effects.ts's one moment (flash, ghost, sound, one word).
        break;
      case 'clue': {
        const clue = world.level.clues.find((candidate) => candidate.id === event.clueId);
        sounds.play('child-joined', { volume: 0.4 });
        this.#floatWord(mira, clueWord(clue));
        break;
      }
      case 'locked':
        // Said over the door or the exit itself: story-view.ts.
        break;
      case 'flag':
      case 'reveal':
      case 'scene-opened':
      case 'scene-line':
      case 'scene-closed':
      case 'trigger':
      case 'alert':
      case 'bumped':
      case 'checkpoint':
      case 'door':
      case 'finished':
      case 'footstep':
      case 'gave-up':
      case 'heard':
      case 'lost-sight':
      case 'lost':
      case 'noise':
      case 'marble-tossed':
      case 'marble-landed':
      case 'radio':
      case 'sent-back':
      case 'spotted':
      case 'state':
      case 'tiles-changed':
        // The hunt's events: level-effects.ts.
        break;
    }
  }

  #keepSounding(world: World): void {
    const { dream } = world;
    const filling = dream.stage === 'waking' && dream.ringTicks > this.#lastRingTicks;
    if (filling && dream.ringTicks % RING_SOUND_EVERY === 1) gameSounds().play('ring-fill', { volume: 0.4 + (0.4 * dream.ringTicks) / DREAM_RING_TICKS });
    this.#lastRingTicks = dream.ringTicks;
    if (dream.stage !== 'waking') {
      // For as long as the dream lasts, fading included; asked again each tick until it sounds (the sound
      // may still be locked or muted when the dream starts).
      this.#ambience ??= gameSounds().loop('dream-ambience', { volume: 0.5 });
    } else if (this.#ambience) {
      this.#ambience.stop();
      this.#ambience = null;
    }
  }

  /** Above the prompts over Mira (two lines at most), so a word never lands on one. */
  #floatWord(at: { readonly x: number; readonly y: number }, word: string): void {
    this.captions.push(word);
    if (this.captions.length > 32) this.captions.shift();
    this.#options.words.show({ at, word, color: WORD_COLOR, lift: 46, depth: LEVEL_DEPTH.marks + 1, milliseconds: 1400 });
  }
}
