// The level: runs the rules at a fixed 60 Hz from the player's (or a replay's) input and draws the world
// between ticks. It reads the world; only `step` changes it.
import Phaser from 'phaser';
import {
  DETECTION_FULL,
  SUBPIXELS_PER_PIXEL,
  createWorld,
  step,
  type EnforcerState,
  type SimEvent,
  type World,
} from '../../sim/index.ts';
import { bestTimeKey } from '../../platform/preferences.ts';
import { FixedStepClock } from '../../run/fixed-step-clock.ts';
import { getLoadedLevel, type LoadedLevel } from '../game-data.ts';
import type { InputSource } from '../../run/input-source.ts';
import { PlayerInput } from '../input/player-input.ts';
import { characterFrameName, facingOf, walkFrame } from '../renderers/character-frames.ts';
import { drawCone } from '../renderers/cone-renderer.ts';
import { traceCone } from '../renderers/cone-shape.ts';
import { StealthCueRenderer } from '../renderers/stealth-cue-renderer.ts';
import { edgeArrow, goalHint, miraVisibility, type EdgeArrow } from '../renderers/stealth-cues.ts';
import { buildTilemap } from '../renderers/tilemap-builder.ts';
import { CHARACTERS_TEXTURE, SCENE_KEYS } from '../scene-keys.ts';
import { gameSounds, toggleMuted } from '../sounds.ts';
import { Hud } from '../ui/hud.ts';
import { colorNumber, ERROR_COLOR } from '../ui/palette.ts';
import type { ResultData } from './result-scene.ts';
import { chooseInterfaceScale, chooseWorldZoom } from '../ui/zoom.ts';

/** The seed every run of this level starts from; the golden replay was recorded with it. */
export const LEVEL_SEED = 1;

/** Detection at or above this shows the alert mark instead of the filling question mark. */
const ALERT_FRACTION = 0.7;
/** How long the alert mark stays over the Enforcer that caught Mira, in ticks. */
const ALERT_AFTER_CATCH_TICKS = 60;
/** Wait before the result screen, so the player sees Mira step onto the exit. */
const RESULT_DELAY_MILLISECONDS = 700;
/**
 * After a catch Mira is at the spawn at once (the rules do not wait), but the camera glides there over
 * this long, so the player sees where she went instead of a cut. View only: it never delays a tick.
 */
const CATCH_GLIDE_MILLISECONDS = 450;
/** How long the HUD says "caught!" after a catch, in ticks. */
const CAUGHT_WORD_TICKS = 60;
/** Screen pixels between the exit arrow's tip and the screen's edge, before the interface scale. */
const EXIT_ARROW_INSET = 14;

const DEPTH = {
  exit: 5,
  cones: 10,
  groundCues: 12,
  shadows: 15,
  markers: 19,
  characters: 20,
  above: 1000,
  marks: 1100,
} as const;

interface Position {
  x: number;
  y: number;
}

interface EnforcerSprites {
  /** Drawn once a tick around (0, 0) and moved to the Enforcer every frame. */
  readonly cone: Phaser.GameObjects.Graphics;
  readonly shadow: Phaser.GameObjects.Image;
  readonly body: Phaser.GameObjects.Image;
  readonly markBackground: Phaser.GameObjects.Image;
  readonly markFill: Phaser.GameObjects.Image;
}

export class NightEscapeScene extends Phaser.Scene {
  private loaded: LoadedLevel | null = null;
  private currentWorld: World | null = null;
  /** The timestamp of the frame being updated: the clock's time source. */
  private frameTime = 0;
  /** Where the camera was looking when Mira was caught, and when: the start of the glide back. */
  private catchGlide: { readonly x: number; readonly y: number; readonly startTime: number } | null = null;
  private readonly clock = new FixedStepClock({ timeSource: { now: () => this.frameTime } });
  private playerInput: PlayerInput | null = null;
  private inputSource: InputSource | null = null;
  private paused = false;
  /** Set by the test hook: stay on the finished level instead of moving to the result screen. */
  private holdOnFinish = false;
  private leaving = false;

  /** Positions at the previous tick, sub-pixels: the start of the interpolation. */
  private readonly previousMira: Position = { x: 0, y: 0 };
  private readonly previousEnforcers = new Map<number, Position>();
  /** Where each is drawn this frame, whole world pixels; kept between frames so drawing allocates nothing. */
  private readonly drawnMira: Position = { x: 0, y: 0 };
  private readonly drawnEnforcers = new Map<number, Position>();
  /** The interpolation of the last frame drawn: a pause freezes the picture there instead of snapping back. */
  private drawnAlpha = 1;
  /** Whether each moved during the last tick, for the walk cycle. */
  private miraMoved = false;
  private readonly enforcersMoved = new Map<number, boolean>();
  private readonly alertUntilTick = new Map<number, number>();
  /** Tick of the last catch this run, for the HUD's "caught!"; null when not caught lately. */
  private caughtAtTick: number | null = null;
  /** Tick of Mira's first step this run: it dismisses the goal hint. */
  private firstMoveTick: number | null = null;
  /** The assist that draws each Enforcer's planned walk; P toggles it, and it survives restarts. */
  private showWalks = true;
  /** The tick the cones were last traced and drawn for: they change only when the world does. */
  private conesTick = -1;

  private worldLayer!: Phaser.GameObjects.Layer;
  private interfaceLayer!: Phaser.GameObjects.Layer;
  private interfaceCamera!: Phaser.Cameras.Scene2D.Camera;
  private miraShadow!: Phaser.GameObjects.Image;
  private miraBody!: Phaser.GameObjects.Image;
  private exitMarker: Phaser.GameObjects.Image | null = null;
  private readonly enforcerSprites = new Map<number, EnforcerSprites>();
  private stealthCues!: StealthCueRenderer;
  private hud!: Hud;

  constructor() {
    super(SCENE_KEYS.nightEscape);
  }

  /** The world being played, or null before the level is loaded. Read it; never change it. */
  get world(): World | null {
    return this.currentWorld;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  create(): void {
    this.loaded = getLoadedLevel(this.game);
    this.currentWorld = null;
    this.paused = false;
    this.holdOnFinish = false;
    this.leaving = false;
    this.enforcerSprites.clear();
    // The scene object outlives a restart, and the next level may have other Enforcers.
    this.previousEnforcers.clear();
    this.drawnEnforcers.clear();
    const loaded = this.loaded;
    if (!loaded) {
      this.scene.start(SCENE_KEYS.boot);
      return;
    }
    const { level } = loaded;

    this.worldLayer = this.add.layer();
    this.interfaceLayer = this.add.layer();
    const camera = this.cameras.main;
    camera.setBackgroundColor('#07060d');
    // The catch flash tints the scene instead of blanking it: the player should still see where she was.
    camera.flashEffect.alpha = 0.45;
    camera.setBounds(0, 0, level.width * level.tileSize, level.height * level.tileSize);
    camera.ignore(this.interfaceLayer);
    this.interfaceCamera = this.cameras.add(0, 0, this.scale.width, this.scale.height, false, 'interface');
    this.interfaceCamera.ignore(this.worldLayer);

    const tilemap = buildTilemap(this, level.map, loaded.tilesetTextures);
    tilemap.below.forEach((layer, index) => {
      layer.setDepth(index);
      this.worldLayer.add(layer);
    });
    tilemap.above.forEach((layer, index) => {
      layer.setDepth(DEPTH.above + index);
      this.worldLayer.add(layer);
    });

    const exitX = level.exit.x + level.exit.width / 2;
    const exitY = level.exit.y + level.exit.height / 2;
    this.exitMarker = this.hasFrame('exit-0')
      ? this.add.image(Math.round(exitX), Math.round(exitY), CHARACTERS_TEXTURE, 'exit-0').setDepth(DEPTH.exit)
      : null;
    if (this.exitMarker) this.worldLayer.add(this.exitMarker);

    this.miraShadow = this.characterImage('shadow', DEPTH.shadows, 0.5);
    this.miraBody = this.characterImage('mira-down-0', DEPTH.characters, 1);
    for (const definition of level.enforcers) {
      const cone = this.add.graphics().setDepth(DEPTH.cones);
      this.worldLayer.add(cone);
      this.enforcerSprites.set(definition.id, {
        cone,
        shadow: this.characterImage('shadow', DEPTH.shadows, 0.5),
        body: this.characterImage('enforcer-down-0', DEPTH.characters, 1),
        markBackground: this.characterImage('icon-question', DEPTH.marks, 1).setAlpha(0.3),
        markFill: this.characterImage('icon-question', DEPTH.marks, 1),
      });
    }

    this.stealthCues = new StealthCueRenderer(this, this.worldLayer, {
      depths: { ground: DEPTH.groundCues, marker: DEPTH.markers, overhead: DEPTH.marks },
      texture: CHARACTERS_TEXTURE,
      markerFrame: this.hasFrame('icon-question') ? 'icon-question' : null,
    });
    this.hud = new Hud(this, this.interfaceLayer, goalHint(level));
    this.showSwitches();
    this.playerInput = new PlayerInput(this);
    this.inputSource = this.playerInput;
    this.input.keyboard?.on('keydown', () => {
      gameSounds().unlock();
    });
    // View settings and menu keys, not inputs the rules see: they never reach an InputFrame or a replay.
    this.onKeyPress(Phaser.Input.Keyboard.KeyCodes.P, () => {
      this.toggleWalks();
    });
    this.onKeyPress(Phaser.Input.Keyboard.KeyCodes.M, () => {
      toggleMuted();
      this.showSwitches();
    });
    // Quitting is offered from the pause overlay only, so a stray Q in play costs nothing.
    this.onKeyPress(Phaser.Input.Keyboard.KeyCodes.Q, () => {
      if (this.paused) this.scene.start(SCENE_KEYS.title);
    });

    const layout = (): void => {
      this.layout();
    };
    layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, layout);
    const forgetHeldKeys = (): void => {
      this.playerInput?.reset();
    };
    // The scene's own emitter outlives a restart: listeners added here must go, or every restart adds more.
    this.events.on(Phaser.Scenes.Events.RESUME, forgetHeldKeys);
    this.events.on(Phaser.Scenes.Events.WAKE, forgetHeldKeys);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, layout);
      this.events.off(Phaser.Scenes.Events.RESUME, forgetHeldKeys);
      this.events.off(Phaser.Scenes.Events.WAKE, forgetHeldKeys);
      this.currentWorld = null;
    });

    this.resetLevel();
  }

  /** A fresh world at tick 0, drawn at once; keeps the current input source. */
  resetLevel(): void {
    const loaded = this.loaded;
    if (!loaded) return;
    const world = createWorld(loaded.level, { seed: LEVEL_SEED });
    this.currentWorld = world;
    this.clock.reset();
    this.setPaused(false);
    this.leaving = false;
    this.alertUntilTick.clear();
    this.caughtAtTick = null;
    this.firstMoveTick = null;
    this.conesTick = -1;
    this.catchGlide = null;
    this.hud.showFinished(null);
    this.rememberPositions(world);
    this.miraMoved = false;
    this.enforcersMoved.clear();
    this.inputSource?.reset();
    this.draw(0);
  }

  /** Swaps where ticks get their input (a replay in tests); null goes back to the player's keys and pad. */
  useInputSource(source: InputSource | null): void {
    this.inputSource = source ?? this.playerInput;
    this.playerInput?.reset();
  }

  /** Shows or hides the Enforcers' planned walks (the P key). */
  toggleWalks(): void {
    this.showWalks = !this.showWalks;
    this.showSwitches();
    this.draw(this.drawnAlpha);
  }

  /**
   * Mira is back at the spawn on the next tick; a copy of her fades where she was caught, so the catch
   * reads as a capture rather than a teleport while the camera glides home.
   */
  private leaveCaughtGhost(): void {
    const ghost = this.add
      .image(this.miraBody.x, this.miraBody.y, CHARACTERS_TEXTURE, this.miraBody.frame.name)
      .setOrigin(this.miraBody.originX, this.miraBody.originY)
      .setDepth(DEPTH.characters)
      .setTint(colorNumber(ERROR_COLOR));
    this.worldLayer.add(ghost);
    this.tweens.add({
      targets: ghost,
      alpha: 0,
      y: ghost.y - 6,
      duration: CATCH_GLIDE_MILLISECONDS + 250,
      onComplete: () => {
        ghost.destroy();
      },
    });
  }

  /** Calls `action` on each press of the key, for as long as this run of the scene lasts. */
  private onKeyPress(keyCode: number, action: () => void): void {
    const key = this.input.keyboard?.addKey(keyCode);
    key?.on(Phaser.Input.Keyboard.Events.DOWN, action);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => key?.off(Phaser.Input.Keyboard.Events.DOWN, action));
  }

  private showSwitches(): void {
    this.hud.setSwitches({ walksShown: this.showWalks, muted: gameSounds().isMuted });
  }

  /** Keep showing the finished level instead of moving on to the result screen (tests read it). */
  setHoldOnFinish(hold: boolean): void {
    this.holdOnFinish = hold;
  }

  override update(time: number, delta: number): void {
    const world = this.currentWorld;
    const playerInput = this.playerInput;
    if (!world || !playerInput) return;

    if (playerInput.takePausePress() && world.status === 'playing') this.setPaused(!this.paused);
    if (this.paused) {
      if (playerInput.takeRestartPress()) this.resetLevel();
      this.draw(this.drawnAlpha);
      return;
    }

    // Real time between frames, not Phaser's smoothed delta: that one is clamped to 1/60 s when the page
    // is not focused and averaged over ten frames, so the game would run slow on a slow machine.
    this.frameTime = time;
    const ticks = world.status === 'playing' ? this.clock.frame(delta) : 0;
    for (let index = 0; index < ticks && world.status === 'playing'; index += 1) {
      this.runTick(world);
    }
    this.draw(world.status === 'playing' ? this.clock.alpha : 1);
  }

  private runTick(world: World): void {
    const input = (this.inputSource ?? this.playerInput)?.sample();
    if (!input) return;
    // The tick after a catch puts Mira back at the spawn: a jump to draw at once, never a slide, however
    // close to the spawn she was caught.
    const respawning = world.respawnPending;
    this.rememberPositions(world);
    const events = step(world, input);
    if (events.some((event) => event.type === 'restarted')) this.rememberPositions(world);
    else if (respawning) {
      this.rememberMira(world);
      // From where the camera looks now: a catch during a glide continues it instead of jumping.
      const { midPoint } = this.cameras.main;
      this.catchGlide = { x: midPoint.x, y: midPoint.y, startTime: this.frameTime };
    }
    this.miraMoved = this.previousMira.x !== world.mira.x || this.previousMira.y !== world.mira.y;
    if (this.miraMoved && this.firstMoveTick === null) this.firstMoveTick = world.tick;
    for (const enforcer of world.enforcers) {
      const before = this.previousEnforcers.get(enforcer.id);
      this.enforcersMoved.set(enforcer.id, before !== undefined && (before.x !== enforcer.x || before.y !== enforcer.y));
    }
    this.handleEvents(world, events);
  }

  private handleEvents(world: World, events: readonly SimEvent[]): void {
    const sounds = gameSounds();
    for (const event of events) {
      switch (event.type) {
        case 'caught': {
          this.alertUntilTick.set(event.enforcerId, world.tick + ALERT_AFTER_CATCH_TICKS);
          this.caughtAtTick = world.tick;
          this.cameras.main.flash(160, 255, 70, 90);
          this.cameras.main.shake(180, 0.006);
          this.leaveCaughtGhost();
          sounds.play('caught');
          break;
        }
        case 'spotted':
          sounds.play('spotted', { volume: 0.7, pan: this.panFor(world, event.enforcerId) });
          break;
        case 'lost-sight':
          sounds.play('lost-sight', { volume: 0.5, pan: this.panFor(world, event.enforcerId) });
          break;
        case 'restarted':
          this.alertUntilTick.clear();
          this.caughtAtTick = null;
          this.firstMoveTick = null;
          // The tick count starts again: a later tick of the same number is another world.
          this.conesTick = -1;
          sounds.play('restart', { volume: 0.6 });
          break;
        case 'footstep':
          if (event.gait !== 'still') sounds.play(`step-${event.gait}`, { volume: 0.5 });
          break;
        case 'finished':
          sounds.play('finished');
          this.finish(world);
          break;
      }
    }
  }

  private finish(world: World): void {
    const result: ResultData = {
      finishTick: world.finishTick ?? world.tick,
      catches: world.catches,
      bestTimeKey: bestTimeKey(world.level.name, this.loaded?.mapHash ?? ''),
    };
    this.hud.showFinished(result.finishTick);
    if (this.holdOnFinish || this.leaving) return;
    this.leaving = true;
    this.time.delayedCall(RESULT_DELAY_MILLISECONDS, () => {
      this.scene.start(SCENE_KEYS.result, result);
    });
  }

  private setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    // Held keys are forgotten both ways, and time spent paused is not caught up afterwards; a camera
    // glide ends, rather than snapping on resume.
    this.playerInput?.reset();
    this.catchGlide = null;
    this.clock.reset();
    this.hud.setPaused(paused);
  }

  /** The world's positions become the start of the next interpolation (in place: this runs every tick). */
  private rememberPositions(world: World): void {
    this.rememberMira(world);
    for (const enforcer of world.enforcers) {
      const previous = this.previousEnforcers.get(enforcer.id);
      if (previous) {
        previous.x = enforcer.x;
        previous.y = enforcer.y;
      } else {
        this.previousEnforcers.set(enforcer.id, { x: enforcer.x, y: enforcer.y });
      }
    }
  }

  private rememberMira(world: World): void {
    this.previousMira.x = world.mira.x;
    this.previousMira.y = world.mira.y;
  }

  private panFor(world: World, enforcerId: number): number {
    const enforcer = world.enforcers.find((candidate) => candidate.id === enforcerId);
    if (!enforcer) return 0;
    const camera = this.cameras.main;
    const offset = enforcer.x / SUBPIXELS_PER_PIXEL - camera.midPoint.x;
    return Math.max(-0.8, Math.min(0.8, offset / (camera.displayWidth / 2)));
  }

  // ---- drawing: reads the world, never writes it ----

  /** Brings every sprite up to the current tick (after ticks were run without drawing). */
  redraw(): void {
    this.draw(1);
  }

  private draw(alpha: number): void {
    const world = this.currentWorld;
    if (!world) return;
    const tick = world.tick;
    this.drawnAlpha = alpha;

    const mira = this.interpolate(this.previousMira, world.mira, { alpha, into: this.drawnMira });
    this.miraShadow.setPosition(mira.x, mira.y);
    const miraFacing = facingOf(world.mira.facingX, world.mira.facingY);
    this.setFrame(
      this.miraBody,
      characterFrameName('mira', miraFacing, walkFrame({ moving: this.miraMoved, gait: world.mira.gait, tick })),
    );
    this.miraBody.setPosition(mira.x, mira.y + 1).setDepth(DEPTH.characters + mira.y / 10_000);
    // Sneaking reads at a glance as "harder to see".
    // Sneaking shows as a slight fade: enough to read, not so much that she is lost on dark tiles.
    this.miraBody.setAlpha(world.mira.gait === 'sneak' ? 0.85 : 1);

    if (this.exitMarker) this.setFrame(this.exitMarker, `exit-${Math.floor(tick / 10) % 4}`);

    const newTick = this.conesTick !== tick;
    this.conesTick = tick;
    for (const enforcer of world.enforcers) {
      let position = this.drawnEnforcers.get(enforcer.id);
      if (!position) {
        position = { x: 0, y: 0 };
        this.drawnEnforcers.set(enforcer.id, position);
      }
      this.interpolate(this.previousEnforcers.get(enforcer.id) ?? enforcer, enforcer, { alpha, into: position });
      const sprites = this.enforcerSprites.get(enforcer.id);
      if (!sprites) continue;
      // The cone is traced from the tick's position and only follows the sprite between ticks.
      if (newTick) {
        sprites.cone.clear();
        drawCone(sprites.cone, traceCone(world.level, enforcer), { detection: enforcer.detection, seesMira: enforcer.seesMira });
      }
      sprites.cone.setPosition(position.x, position.y);
      this.drawEnforcer(enforcer, sprites, { position, tick });
    }

    const caught = this.caughtAtTick !== null && tick - this.caughtAtTick < CAUGHT_WORD_TICKS;
    const visibility = miraVisibility(world.enforcers, caught);
    this.stealthCues.draw({
      level: world.level,
      enforcers: world.enforcers,
      enforcerPositions: this.drawnEnforcers,
      mira,
      visibility,
      showWalks: this.showWalks,
      tick,
    });

    this.cameras.main.centerOn(...this.cameraTarget(mira));
    this.hud.update({
      tick,
      catches: world.catches,
      visibility,
      sneaking: world.mira.gait === 'sneak',
      firstMoveTick: this.firstMoveTick,
      exitArrow: this.exitArrow(world),
    });
  }

  /** Mira, or a point gliding towards her after a catch (eased out, so it starts fast and settles). */
  private cameraTarget(mira: Position): [number, number] {
    const glide = this.catchGlide;
    if (glide === null) return [mira.x, mira.y];
    const progress = (this.frameTime - glide.startTime) / CATCH_GLIDE_MILLISECONDS;
    if (progress >= 1 || progress < 0) {
      this.catchGlide = null;
      return [mira.x, mira.y];
    }
    const eased = 1 - (1 - progress) ** 3;
    return [glide.x + (mira.x - glide.x) * eased, glide.y + (mira.y - glide.y) * eased];
  }

  /** The arrow towards the exit while it is off screen, in the interface camera's pixels. */
  private exitArrow(world: World): EdgeArrow | null {
    const camera = this.cameras.main;
    const { exit } = world.level;
    // centerOn has already clamped the scroll to the map: the middle of the view is scroll + half the size.
    const middleX = camera.scrollX + camera.width / 2;
    const middleY = camera.scrollY + camera.height / 2;
    const target = {
      x: (exit.x + exit.width / 2 - middleX) * camera.zoom + camera.width / 2,
      y: (exit.y + exit.height / 2 - middleY) * camera.zoom + camera.height / 2,
    };
    const scale = chooseInterfaceScale(camera.width, camera.height);
    return edgeArrow({
      target,
      width: camera.width,
      height: camera.height,
      inset: EXIT_ARROW_INSET * scale,
    });
  }

  private drawEnforcer(
    enforcer: EnforcerState,
    sprites: EnforcerSprites,
    { position, tick }: { readonly position: Position; readonly tick: number },
  ): void {
    const facing = facingOf(enforcer.facingX, enforcer.facingY);
    const moving = this.enforcersMoved.get(enforcer.id) ?? false;
    this.setFrame(sprites.body, characterFrameName('enforcer', facing, walkFrame({ moving, gait: 'walk', tick })));
    sprites.body.setPosition(position.x, position.y + 1).setDepth(DEPTH.characters + position.y / 10_000);
    sprites.shadow.setPosition(position.x, position.y);

    const fraction = Math.min(1, enforcer.detection / DETECTION_FULL);
    const alerted = (this.alertUntilTick.get(enforcer.id) ?? -1) > tick;
    const showMark = fraction > 0 || alerted;
    sprites.markBackground.setVisible(showMark);
    sprites.markFill.setVisible(showMark);
    if (!showMark) return;
    const icon = alerted || fraction >= ALERT_FRACTION ? 'icon-alert' : 'icon-question';
    const markY = position.y - sprites.body.height - 1;
    this.setFrame(sprites.markBackground, icon);
    this.setFrame(sprites.markFill, icon);
    sprites.markBackground.setPosition(position.x, markY);
    sprites.markFill.setPosition(position.x, markY);
    // The mark fills from the bottom as the meter rises.
    const filled = alerted ? 1 : fraction;
    const height = sprites.markFill.frame.height;
    const visible = Math.max(1, Math.round(height * filled));
    sprites.markFill.setCrop(0, height - visible, sprites.markFill.frame.width, visible);
  }

  /** Sub-pixel positions in, whole world pixels out: every object steps on the same pixel grid as the camera. */
  private interpolate(
    previous: Readonly<Position>,
    current: Readonly<Position>,
    { alpha, into }: { readonly alpha: number; readonly into: Position },
  ): Position {
    const x = previous.x + (current.x - previous.x) * alpha;
    const y = previous.y + (current.y - previous.y) * alpha;
    into.x = Math.round(x / SUBPIXELS_PER_PIXEL);
    into.y = Math.round(y / SUBPIXELS_PER_PIXEL);
    return into;
  }

  private layout(): void {
    const { width, height } = this.scale;
    const camera = this.cameras.main;
    camera.setSize(width, height);
    camera.setZoom(chooseWorldZoom(width, height));
    this.interfaceCamera.setSize(width, height);
    this.hud.layout(width, height, chooseInterfaceScale(width, height));
  }

  private hasFrame(frame: string): boolean {
    return this.textures.exists(CHARACTERS_TEXTURE) && this.textures.get(CHARACTERS_TEXTURE).has(frame);
  }

  private characterImage(frame: string, depth: number, originY: number): Phaser.GameObjects.Image {
    const known = this.hasFrame(frame);
    // A missing frame would show the whole sheet: hide the sprite instead (boot reports missing art).
    const image = this.add
      .image(0, 0, CHARACTERS_TEXTURE, known ? frame : undefined)
      .setOrigin(0.5, originY)
      .setDepth(depth)
      .setVisible(known);
    this.worldLayer.add(image);
    return image;
  }

  private setFrame(image: Phaser.GameObjects.Image, frame: string): void {
    if (image.frame.name !== frame && this.hasFrame(frame)) image.setFrame(frame, false, false);
  }
}
