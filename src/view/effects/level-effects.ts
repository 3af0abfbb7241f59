// What the level's events look and sound like: sounds, the catch flash and shake, the fading ghost where
// Mira was caught, the alert marks. It also remembers the moments the HUD reads (last catch, first step).
// Effects follow the world; they never change it.
import type Phaser from 'phaser';
import { MAX_NOISE_TILES, SUBPIXELS_PER_PIXEL, type SimEvent, type World } from '../../sim/index.ts';
import { CATCH_GLIDE_MILLISECONDS, type LevelCamera } from '../camera/level-camera.ts';
import type { MiraSprite } from '../renderers/mira-sprite.ts';
import { droneHums } from './drone-hum.ts';
import type { FloatingWords } from './floating-words.ts';
import { hunterOwner } from './word-placement.ts';
import { MarbleEffects } from './marble-effects.ts';
import { ringSegments } from './ring-detail.ts';
import { ReusePool } from './reuse-pool.ts';
import { CharacterImages } from '../renderers/character-images.ts';
import { childLabel } from '../renderers/dream-cues.ts';
import { LEVEL_DEPTH } from '../renderers/level-depths.ts';
import { sentBackWords } from '../renderers/stealth-cues.ts';
import { CHARACTERS_TEXTURE } from '../scene-keys.ts';
import { accessibility } from '../accessibility.ts';
import { gameSounds } from '../sounds.ts';
import { ERROR_COLOR, colorNumber } from '../ui/palette.ts';

/** Noise rings: a pale blue, apart from the cones' colours. */
const NOISE_RING_COLOR = 0x9ad8ff;
/** The hunt's words over an Enforcer, in its colour: made before play, so the first of each draws nothing. */
const HUNT_WORDS = { heard: '?', heardLoud: '!?', chase: '!', bumped: 'bump!', lost: 'lost her', gaveUp: 'gave up' } as const;
const HUNT_WORD_COLOR = '#ffe08a';
/** A catch's word: the alarm's red, lighter so it reads on the night's dark tiles. */
const ERROR_WORD_COLOR = '#ff8a8a';
/** How long the alert mark stays over the Enforcer that caught Mira, in ticks. */
const ALERT_AFTER_CATCH_TICKS = 60;
/** How long the HUD says "caught!" after a catch, in ticks. */
const CAUGHT_WORD_TICKS = 60;

interface LevelEffectsOptions { readonly camera: LevelCamera; readonly mira: MiraSprite; readonly worldLayer: Phaser.GameObjects.Layer; readonly words: FloatingWords; readonly tileSize: number }

export class LevelEffects {
  /** Until which tick each Enforcer's mark stays full after a catch. */
  readonly alertedUntil = new Map<number, number>();
  #caughtAtTick: number | null = null;
  /** Times a Watcher (or the drone) sent Mira back this run: the world counts only the Enforcers' catches. */
  #sentBackCount = 0;
  /** Tick of Mira's first step this run: it dismisses the goal hint. */
  #firstStepTick: number | null = null;
  readonly #marbles: MarbleEffects;
  readonly #rings = new ReusePool<number, Phaser.GameObjects.Arc>();

  readonly #scene: Phaser.Scene;
  readonly #options: LevelEffectsOptions;

  constructor(
    scene: Phaser.Scene,
    options: LevelEffectsOptions,
  ) {
    this.#scene = scene;
    this.#options = options;
    this.#marbles = new MarbleEffects(scene, new CharacterImages(scene, options.worldLayer));
    // Made while the level loads: the first noise and the first words of a hunt then only show what is ready.
    for (let tiles = 1; tiles <= MAX_NOISE_TILES; tiles += 1) {
      const radius = this.#ringRadius(tiles);
      this.#rings.give(radius, this.#makeRing(radius).setVisible(false));
    }
    options.words.prepare(Object.values(HUNT_WORDS), HUNT_WORD_COLOR);
  }

  get firstMoveTick(): number | null {
    return this.#firstStepTick;
  }

  get sentBack(): number {
    return this.#sentBackCount;
  }

  /** The HUD says "caught!" for a moment after a catch. */
  caughtLately(tick: number): boolean {
    return this.#caughtAtTick !== null && tick - this.#caughtAtTick < CAUGHT_WORD_TICKS;
  }

  /** A fresh run: nothing caught, nobody moved yet. */
  #reset(): void {
    this.alertedUntil.clear();
    this.#caughtAtTick = null;
    this.#sentBackCount = 0;
    this.#firstStepTick = null;
    this.#marbles.reset();
  }

  noteMove(world: World, moved: boolean): void {
    if (moved && this.#firstStepTick === null) this.#firstStepTick = world.tick;
  }

  play(world: World, events: readonly SimEvent[]): void {
    const sounds = gameSounds();
    for (const hum of droneHums(world)) sounds.play('drone-hum', { volume: 0.5 * hum.volume, pan: this.#options.camera.panFor(hum.x) });
    for (const event of events) {
      switch (event.type) {
        case 'caught':
          this.alertedUntil.set(event.enforcerId, world.tick + ALERT_AFTER_CATCH_TICKS);
          this.#caughtAtTick = world.tick;
          this.#options.camera.world.flash(160, 255, 70, 90);
          this.#options.camera.shake(180, 0.006);
          this.#leaveCaughtGhost();
          sounds.play('caught');
          this.#sayCatch(world, event.childId);
          break;
        case 'spotted':
          sounds.play('spotted', { volume: 0.7, pan: this.#panFor(world, event.enforcerId) });
          break;
        case 'lost-sight':
          sounds.play('lost-sight', { volume: 0.5, pan: this.#panFor(world, event.enforcerId) });
          break;
        case 'restarted':
          this.#reset();
          sounds.play('restart', { volume: 0.6 });
          break;
        case 'footstep':
          if (event.gait !== 'still') sounds.play(`step-${event.gait}`, { volume: 0.5 });
          break;
        case 'finished':
          sounds.play('finished');
          break;
        case 'tiles-changed':
          // Drawn by the level's tilemap; a door's sound comes with its own event.
          break;
        case 'door':
          sounds.play(event.open ? 'door-open' : 'door-close', { volume: 0.6 });
          break;
        case 'state':
          this.#stateChanged(world, event);
          break;
        case 'noise':
          this.#noiseRing(event);
          break;
        case 'marble-tossed':
          this.#marbles.tossed(event);
          break;
        case 'marble-landed':
          this.#marbles.landed(event);
          break;
        case 'radio':
          sounds.play('radio', { volume: 0.6, pan: this.#panFor(world, event.enforcerId) });
          this.#floatWord(world, { enforcerId: event.enforcerId, word: `radio → ${event.recipients.length}` });
          break;
        case 'lost':
          sounds.play('lost', { volume: 0.6, pan: this.#panFor(world, event.enforcerId) });
          this.#floatWord(world, { enforcerId: event.enforcerId, word: HUNT_WORDS.lost });
          break;
        case 'gave-up':
          sounds.play('give-up', { volume: 0.5, pan: this.#panFor(world, event.enforcerId) });
          this.#floatWord(world, { enforcerId: event.enforcerId, word: HUNT_WORDS.gaveUp });
          break;
        case 'sent-back':
          this.#sentBackCount += 1;
          this.#caughtAtTick = world.tick;
          this.#leaveCaughtGhost();
          sounds.play('caught', { volume: 0.5 });
          this.#sayCatch(world, null, sentBackWords(world.level.enforcers.find((watcher) => watcher.id === event.enforcerId)?.name ?? ''));
          break;
        case 'heard':
          this.#floatWord(world, { enforcerId: event.enforcerId, word: event.loud ? HUNT_WORDS.heardLoud : HUNT_WORDS.heard });
          break;
        case 'bumped':
          this.#floatWord(world, { enforcerId: event.enforcerId, word: HUNT_WORDS.bumped });
          break;
        case 'child-joined':
        case 'group-order':
        case 'dream-interrupted':
        case 'dream-started':
        case 'dream-phase':
        case 'dream-fading':
        case 'dream-ended':
          // The group's and the dream's sounds and words are dream-effects.ts's.
          break;
        case 'clue':
        case 'flag':
        case 'locked':
        case 'reveal':
        case 'scene-opened':
        case 'scene-line':
        case 'scene-closed':
        case 'trigger':
        case 'alert':
        case 'checkpoint':
          // The HUD shows the alert and its time to calm; a checkpoint has its own drawing on the map.
          break;
      }
    }
  }

  #stateChanged(world: World, event: Extract<SimEvent, { type: 'state' }>): void {
    const sounds = gameSounds();
    const pan = this.#panFor(world, event.enforcerId);
    // The mark over its head and the cone's colour and shape show the state; the sound says it changed.
    if (event.to === 'suspicious' || event.to === 'investigate') sounds.play('suspicious', { volume: 0.5, pan });
    if (event.to === 'chase') {
      sounds.play('alarm', { volume: 0.7, pan });
      this.#floatWord(world, { enforcerId: event.enforcerId, word: HUNT_WORDS.chase });
    }
  }

  /** A ring that grows to the radius a noise carries (tiles of path; drawn as a circle of that size): her step, a marble's click. */
  #noiseRing(event: Extract<SimEvent, { type: 'noise' }>): void {
    const radius = this.#ringRadius(event.radius);
    const ring = this.#rings.take(radius, () => this.#makeRing(radius)).setPosition(event.x / SUBPIXELS_PER_PIXEL, event.y / SUBPIXELS_PER_PIXEL).setScale(0.2).setAlpha(1).setVisible(true);
    // High contrast: a bold white ring over a dark disc reads on pale ground as on dark.
    if (accessibility().highContrastCones) ring.setStrokeStyle(2, 0xffffff, 1).setFillStyle(0x05040a, 0.3);
    else ring.setStrokeStyle(1, NOISE_RING_COLOR, 0.8).setFillStyle();
    this.#scene.tweens.add({ targets: ring, scale: 1, alpha: 0, duration: 450, onComplete: () => { this.#rings.give(radius, ring.setVisible(false)); } });
  }

  /** World pixels of a noise's ring: its tiles of path, drawn as a circle. The kept rings are found by it. */
  #ringRadius(tiles: number): number {
    return tiles * this.#options.tileSize;
  }

  #makeRing(radius: number): Phaser.GameObjects.Arc {
    const ring = this.#scene.add.circle(0, 0, radius).setIterations(1 / ringSegments(radius)).setDepth(LEVEL_DEPTH.characters);
    this.#options.worldLayer.add(ring);
    return ring;
  }

  /**
   * A word that rises over an Enforcer: every sound of the hunt has one, so nothing is told by sound alone.
   * Each hunter has one word at a time: a new one replaces its last ("!?" heard every tick stays one word).
   */
  #floatWord(world: World, options: { readonly enforcerId: number; readonly word: string }): void {
    const enforcer = world.enforcers.find((candidate) => candidate.id === options.enforcerId);
    if (!enforcer) return;
    this.#options.words.show({ at: enforcer, word: options.word, color: HUNT_WORD_COLOR, lift: 22, depth: LEVEL_DEPTH.characters + 1, milliseconds: 900, owner: hunterOwner(enforcer.id) });
  }

  /**
   * The one word a catch says, alone on screen: over the child caught, else over Mira where she was caught
   * (the world still holds her there this tick). `word` for a Watcher's own words.
   */
  #sayCatch(world: World, childId: number | null, word?: string): void {
    const child = childId === null ? undefined : world.children.find((candidate) => candidate.id === childId);
    const said = word ?? (child === undefined ? 'caught!' : `${childLabel(child)} caught!`);
    this.#options.words.showCatch({ at: child ?? world.mira, word: said, color: ERROR_WORD_COLOR, lift: 26, depth: LEVEL_DEPTH.marks + 2, milliseconds: 1200 });
  }

  /**
   * Mira is back at the spawn on the next tick; a copy of her fades where she was caught, so the catch
   * reads as a capture rather than a teleport while the camera glides home.
   */
  #leaveCaughtGhost(): void {
    const { body } = this.#options.mira;
    const ghost = this.#scene.add
      .image(body.x, body.y, CHARACTERS_TEXTURE, body.frame.name)
      .setOrigin(body.originX, body.originY)
      .setDepth(LEVEL_DEPTH.characters)
      .setTint(colorNumber(ERROR_COLOR));
    this.#options.worldLayer.add(ghost);
    this.#scene.tweens.add({
      targets: ghost,
      alpha: 0,
      y: ghost.y - 6,
      duration: CATCH_GLIDE_MILLISECONDS + 250,
      onComplete: () => {
        ghost.destroy();
      },
    });
  }

  #panFor(world: World, enforcerId: number): number {
    const enforcer = world.enforcers.find((candidate) => candidate.id === enforcerId);
    return enforcer ? this.#options.camera.panFor(enforcer.x / SUBPIXELS_PER_PIXEL) : 0;
  }
}
