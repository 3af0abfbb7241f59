// Any chapter's level: draws the session's world between ticks and turns its events into effects. The
// session has the loop and the rules; this scene builds the pictures, forwards time and view keys, and
// moves on to the result screen. What differs per chapter comes from its row in src/story/chapters.ts.
import Phaser from 'phaser';
import { LevelSession } from '../../run/level-session.ts';
import { runIdentity } from '../../run/run-identity.ts';
import { RULES_VERSION, type SimEvent, type World } from '../../sim/index.ts';
import { LevelCamera } from '../camera/level-camera.ts';
import { FloatingWords } from '../effects/floating-words.ts';
import { LevelEffects } from '../effects/level-effects.ts';
import {
  OVERLAY_PROBLEMS_CHANGED,
  campaignPlay,
  getLoadedLevel,
  getOverlayProblems,
  isHoldingOnFinish,
  setHoldOnFinish,
  setLevelProbe,
  setLevelSession,
  setOverlayProblems,
  takeCameraHold,
  type LoadedLevel,
} from '../game-data.ts';
import { currentBindings, type Action } from '../input/bindings.ts';
import { onKeyPresses } from '../input/key-presses.ts';
import { PlayerInput } from '../input/player-input.ts';
import { CharacterImages } from '../renderers/character-images.ts';
import { EnforcerSprites } from '../renderers/enforcer-sprites.ts';
import { LEVEL_DEPTH } from '../renderers/level-depths.ts';
import { LevelTilemap } from '../renderers/level-tilemap.ts';
import { MiraSprite } from '../renderers/mira-sprite.ts';
import { Motion } from '../renderers/motion.ts';
import { StealthCueRenderer } from '../renderers/stealth-cue-renderer.ts';
import { goalHint, miraVisibility } from '../renderers/stealth-cues.ts';
import { CHARACTERS_TEXTURE, SCENE_KEYS } from '../scene-keys.ts';
import { gameSounds, toggleMuted } from '../sounds.ts';
import { Hud } from '../ui/hud.ts';
import { PauseOverlay, levelPauseActions } from '../ui/pause-overlay.ts';
import { Radar } from '../ui/radar.ts';
import { NoisePreview } from '../renderers/noise-preview.ts';
import { DarknessView } from '../renderers/darkness-view.ts';
import { LookAheadPan } from '../camera/look-ahead-pan.ts';
import { ProblemsOverlay, bindProblemsDismiss } from '../ui/problems-overlay.ts';
import { DreamView } from '../dream-view.ts';
import { toggleReducedMotion, isReducedMotion } from '../motion-preference.ts';
import { accessibility } from '../accessibility.ts';
import { chooseInterfaceScale } from '../ui/zoom.ts';
import { StoryView } from '../story-view.ts';
import { SpeedrunView } from '../speedrun-view.ts';
import { levelTime, typingTime } from '../replays/level-replays.ts';
import { resultOfRun } from './result-scene.ts';

/** Wait before the result screen, so the player sees Mira step onto the exit. */
const RESULT_DELAY_MILLISECONDS = 700;

/** What one run of the scene builds; gone at shutdown, rebuilt at the next start. */
interface LevelView {
  readonly loaded: LoadedLevel;
  readonly session: LevelSession;
  readonly camera: LevelCamera;
  readonly tilemap: LevelTilemap;
  readonly motion: Motion;
  readonly images: CharacterImages;
  readonly mira: MiraSprite;
  readonly enforcers: EnforcerSprites;
  readonly exitMarker: Phaser.GameObjects.Image | null;
  readonly stealthCues: StealthCueRenderer;
  readonly effects: LevelEffects;
  readonly hud: Hud;
  readonly pause: PauseOverlay;
  readonly radar: Radar;
  readonly noisePreview: NoisePreview;
  readonly darkness: DarknessView;
  readonly dream: DreamView;
  readonly story: StoryView;
  readonly playerInput: PlayerInput;
  readonly problems: ProblemsOverlay;
  readonly speedrun: SpeedrunView;
}

export class LevelScene extends Phaser.Scene {
  #view: LevelView | null = null;
  /** The timestamp of the frame being updated: the session clock's time source. */
  #frameTime = 0;
  /** The assist that draws each Enforcer's planned walk; P toggles it, and it survives restarts. */
  #showWalks = true;
  #shownPaused = false;
  #leaving: Phaser.Time.TimerEvent | null = null;
  /** Mira was caught last tick: the tick being run puts her back at the spawn. */
  #respawning = false;
  /** The interpolation of the last frame drawn: a pause freezes the picture there instead of snapping back. */
  #lastAlpha = 1;
  /** The radar in the corner; V toggles it, and it survives restarts. */
  private showRadar = true;
  readonly #lookAhead = new LookAheadPan();
  /** Where a frame's JavaScript goes (the test hook's frame figures): performance.now() only, no rule reads it. */
  #timings = { stepStarted: 0, step: 0, events: 0, draw: 0, screen: 0 };

  constructor() {
    super(SCENE_KEYS.level);
  }

  create(): void {
    this.#view = null;
    this.#leaving = null;
    this.#shownPaused = false;
    const loaded = getLoadedLevel(this.game);
    if (!loaded) {
      this.scene.start(SCENE_KEYS.boot);
      return;
    }
    const { level } = loaded;
    // Holding the finished level on screen is asked for per run (by the test hook's replays), not kept.
    setHoldOnFinish(this.game, false);
    const worldLayer = this.add.layer();
    // Words over the world, drawn at screen resolution by their own camera (the world's is pixel-sized).
    const wordLayer = this.add.layer();
    const interfaceLayer = this.add.layer();
    const camera = new LevelCamera(this, { level, worldLayer, wordLayer, interfaceLayer, timings: this.#timings });
    const images = new CharacterImages(this, worldLayer);
    // Centred on the exit (origin 0.5, 0.5); none when the sheet lacks it.
    const exitMarker = images.has('exit-0') ? images.image('exit-0', { depth: LEVEL_DEPTH.exit, originY: 0.5 }).setPosition(Math.round(level.exit.x + level.exit.width / 2), Math.round(level.exit.y + level.exit.height / 2)) : null;
    const mira = new MiraSprite(images);
    const enforcers = new EnforcerSprites(this, { layer: worldLayer, images, enforcerIds: level.enforcers.map((enforcer) => enforcer.id) });
    const stealthCues = new StealthCueRenderer(this, worldLayer, {
      depths: { ground: LEVEL_DEPTH.groundCues, marker: LEVEL_DEPTH.markers, overhead: LEVEL_DEPTH.marks },
      texture: CHARACTERS_TEXTURE,
      markerFrame: images.has('icon-question') ? 'icon-question' : null,
    });
    const hud = new Hud(this, interfaceLayer, goalHint(level));
    const pause = new PauseOverlay(this, { layer: interfaceLayer, actions: levelPauseActions(this, () => this.#view) });
    const problems = new ProblemsOverlay(this, interfaceLayer);
    problems.show(getOverlayProblems(this.game));
    const playerInput = new PlayerInput(this);
    // What the chapter before handed on, when this is the campaign's chapter (not one opened by its address).
    const start = campaignPlay(this.game).startFor(loaded.chapter.key);
    const session = new LevelSession({
      level,
      seed: loaded.chapter.seed,
      input: playerInput, presses: playerInput,
      timeSource: levelTime(this, () => this.#frameTime),
      scenes: loaded.director, detectionPercent: accessibility().detectionAssist, gameSpeedPercent: accessibility().gameSpeedAssist,
      ...(start === undefined ? {} : { start }),
    });
    // Drawn under everything else by depth, from the session's own world.
    const tilemap = new LevelTilemap(this, { layer: worldLayer, worldCamera: camera.world, loaded, tiles: session.world.tiles });
    const motion = new Motion();
    // One set of floating words for the hunt's and the dream's, so words near one spot stack.
    const words = new FloatingWords(this, wordLayer);
    const effects = new LevelEffects(this, { camera, mira, worldLayer, words, tileSize: level.tileSize });
    const radar = new Radar(this, interfaceLayer);
    const noisePreview = new NoisePreview(this, { layer: worldLayer, depth: LEVEL_DEPTH.groundCues });
    const darkness = new DarknessView(this, { layer: worldLayer, darkness: level.darkness });
    const dream = new DreamView(this, { world: session.world, worldLayer, wordLayer, interfaceLayer, images, camera, words });
    const story = new StoryView(this, { world: session.world, worldLayer, interfaceLayer, input: playerInput, words });
    const speedrun = new SpeedrunView(this, {
      loaded, session, interfaceLayer, worldLayer,
      onSwitchesChanged: () => { this.#showSwitches(); this.#draw(view, null); },
      onSpeedrunOn: () => { this.#showWalks = false; },
    });
    if (speedrun.speedrunMode) this.#showWalks = false; // a clean screen to race on: off at each start
    const view: LevelView = {
      loaded,
      session,
      camera,
      tilemap,
      motion,
      images,
      mira,
      enforcers,
      exitMarker,
      stealthCues,
      effects,
      hud,
      pause,
      radar,
      noisePreview,
      darkness,
      dream,
      story,
      playerInput,
      problems,
      speedrun,
    };
    const hold = import.meta.env.DEV ? takeCameraHold(this.game) : null; // only live reload (npm run dev) holds the view
    if (hold !== null) camera.holdAt(hold);
    this.#view = view;
    session.setListener({
      beforeTick: (world) => {
        this.#timings.stepStarted = performance.now();
        this.#respawning = world.respawnPending;
        motion.rememberAll(world);
      },
      afterTick: (world, events) => {
        const stepped = performance.now();
        this.#timings.step = stepped - this.#timings.stepStarted;
        this.#afterTick(view, world, events);
        this.#timings.events = performance.now() - stepped;
      },
    });
    motion.rememberAll(session.world);
    this.#bindViewKeys(view);
    this.#showSwitches();
    // Back from the settings opened in the pause: the overlay shows what they are now.
    const showSwitches = (): void => {
      this.#showSwitches();
    };
    this.events.on(Phaser.Scenes.Events.RESUME, showSwitches);
    const layout = (): void => {
      const { width, height } = this.scale;
      const scale = chooseInterfaceScale(width, height);
      camera.layout(width, height);
      hud.layout(width, height, scale);
      pause.layout(width, height, scale);
      radar.layout(width, height, scale);
      problems.layout(width, height, scale);
      dream.layout(width, height, scale);
      story.layout(width, height, scale);
      speedrun.layout(width, height, scale);
    };
    layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, layout);
    setLevelSession(this.game, session);
    setLevelProbe(this.game, { lastInput: () => playerInput.lastSample, dream: () => dream.lastDrawn, dialogue: () => story.shown, timings: () => this.#timings, words: () => words.shown });
    const showOverlay = (): void => {
      problems.show(getOverlayProblems(this.game));
    };
    if (import.meta.env.DEV) this.game.events.on(OVERLAY_PROBLEMS_CHANGED, showOverlay); // only live reload changes them
    // The scene's own emitter outlives a restart: listeners added here must go, or every restart adds more.
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.events.off(Phaser.Scenes.Events.RESUME, showSwitches);
      this.scale.off(Phaser.Scale.Events.RESIZE, layout);
      if (import.meta.env.DEV) this.game.events.off(OVERLAY_PROBLEMS_CHANGED, showOverlay);
      session.setListener(null);
      setLevelSession(this.game, null);
      setLevelProbe(this.game, null);
      this.#view = null;
    });
    this.#draw(view, 0);
  }

  override update(time: number, delta: number): void {
    const view = this.#view;
    if (!view) return;
    // Real time between frames, not Phaser's smoothed delta: that one is clamped to 1/60 s when the page
    // is not focused and averaged over ten frames, so the game would run slow on a slow machine.
    this.#frameTime = time;
    view.session.frame(delta);
    if (view.session.paused !== this.#shownPaused) {
      this.#shownPaused = view.session.paused;
      view.pause.setVisible(this.#shownPaused);
      view.camera.endGlide();
    }
    const drawStarted = performance.now();
    this.#draw(view, view.session.paused ? null : view.session.alpha);
    this.#timings.draw = performance.now() - drawStarted;
  }

  #afterTick(view: LevelView, world: World, events: readonly SimEvent[]): void {
    const { motion } = view;
    if (events.some((event) => event.type === 'restarted')) {
      // The restart tick: a fresh world, drawn at once from where it is.
      motion.rememberAll(world);
      view.tilemap.restore(world.tiles);
      view.enforcers.forgetCones();
      view.camera.endGlide();
      view.hud.showFinished(null);
      this.#leaving?.remove();
      this.#leaving = null;
    } else if (this.#respawning) {
      // The tick after a catch puts Mira back at the spawn: a jump to draw at once, never a slide, however
      // close to the spawn she was caught; the camera glides there instead.
      motion.rememberMira(world);
      motion.rememberChildren(world);
      view.camera.startCatchGlide(this.#frameTime);
    }
    view.dream.afterTick(world, events, (event) => { view.tilemap.redraw(world.tiles, event.cells); });
    motion.noteMoves(world);
    if (motion.miraMoved) view.camera.release(this.#frameTime);
    view.effects.noteMove(world, motion.miraMoved);
    view.effects.play(world, events);
    view.story.afterTick(world, events, this.#frameTime);
    view.speedrun.afterTick(world, events);
    if (events.some((event) => event.type === 'finished')) this.#finish(view, world);
    // A restart from outside a frame (the pause overlay, the test hook) is shown at once.
    if (events.some((event) => event.type === 'restarted')) this.#draw(view, 0);
  }

  #finish(view: LevelView, world: World): void {
    const { chapter } = view.loaded;
    // Saved at once, not when the result screen opens: a page closed in between keeps the chapter won.
    const campaign = campaignPlay(this.game).finishLevel(chapter.key, world, view.session.elapsedRealMilliseconds);
    const result = resultOfRun(world, {
      heading: chapter.finishBanner,
      runIdentity: runIdentity(chapter.key, view.loaded.mapHash, RULES_VERSION),
      realMilliseconds: view.session.elapsedRealMilliseconds,
      marks: view.speedrun.marks, sentBack: view.effects.sentBack,
      ...(campaign === null ? {} : { campaign: { next: campaign.next?.title ?? null, saved: campaign.written } }),
    });
    view.hud.showFinished({ banner: view.loaded.chapter.finishBanner, finishTick: result.finishTick });
    if (isHoldingOnFinish(this.game) || this.#leaving) return;
    this.#leaving = this.time.delayedCall(RESULT_DELAY_MILLISECONDS, () => {
      // A chapter's outro plays first; the story scene then opens the result.
      if (campaign?.outro === true) this.scene.start(SCENE_KEYS.story, { result });
      else this.scene.start(SCENE_KEYS.result, result);
    });
  }

  /** View settings and menu keys, not inputs the rules see: they never reach an InputFrame or a replay. */
  #bindViewKeys(view: LevelView): void {
    this.input.keyboard?.on('keydown', () => {
      gameSounds().unlock();
    });
    this.#onAction('toggleWalks', () => {
      this.#showWalks = !this.#showWalks;
      this.#showSwitches();
      this.#draw(view, null);
    });
    this.#onAction('toggleRadar', () => {
      this.showRadar = !this.showRadar;
      this.#draw(view, null);
    });
    this.#onAction('toggleMotion', () => {
      toggleReducedMotion();
      this.#showSwitches();
      this.#draw(view, null);
    });
    this.#onAction('mute', () => {
      toggleMuted();
      this.#showSwitches();
    });
    bindProblemsDismiss(this, {
      overlay: view.problems,
      onDismissed: () => {
        setOverlayProblems(this.game, null);
      },
    });
    // Quitting is offered from the pause overlay only, so a stray Q in play costs nothing.
    this.#onAction('quit', () => {
      if (view.session.paused) this.scene.start(SCENE_KEYS.title);
    });
  }

  /** Calls `action` on each fresh press of the action's keys, for as long as this run of the scene lasts. */
  #onAction(action: Action, handler: () => void): void {
    onKeyPresses(this, { keys: () => currentBindings()[action].keys, handler });
  }

  #showSwitches(): void {
    this.#view?.pause.setSwitches({ walksShown: this.#showWalks, muted: gameSounds().isMuted, reducedMotion: isReducedMotion(), speedrun: this.#view.speedrun.speedrunMode, liveSplit: this.#view.speedrun.liveSplitState });
  }

  // ---- drawing: reads the world, never writes it ----

  /** `alpha` null draws at the interpolation of the last frame drawn. */
  #draw(view: LevelView, alpha: number | null): void {
    const world = view.session.world;
    const { tick } = world;
    if (alpha !== null) this.#lastAlpha = alpha;
    const { motion } = view;
    motion.place(world, this.#lastAlpha);
    const mira = motion.drawnMira;
    view.mira.draw(world.mira, { position: mira, moved: motion.miraMoved, tick, tiles: world.tiles });
    if (view.exitMarker) view.images.setFrame(view.exitMarker, `exit-${Math.floor(tick / 10) % 4}`);
    view.enforcers.draw(world, { motion, alertedUntil: view.effects.alertedUntil });
    const visibility = miraVisibility(world.enforcers, view.effects.caughtLately(tick));
    view.stealthCues.draw({
      world,
      enforcerPositions: motion.drawnEnforcers,
      mira,
      visibility,
      showWalks: this.#showWalks,
      tick,
    });
    view.noisePreview.draw(world);
    view.dream.draw(world, { motion, mira });
    view.story.draw(world, { time: this.#frameTime, typingTime: typingTime(this, this.#frameTime), paused: view.session.paused });
    view.camera.follow(mira, this.#frameTime, this.#lookAhead.offset({
      direction: view.playerInput.lookDirection(),
      now: this.#frameTime,
      viewSize: view.camera.viewSize(),
    }));
    view.darkness.draw(world, { view: { ...view.camera.viewWindow(), ...view.camera.viewSize() }, mira });
    view.speedrun.draw(world);
    view.radar.shown = this.showRadar;
    view.radar.draw(world, view.camera.viewWindow());
    view.hud.update({
      tick,
      catches: world.catches + view.effects.sentBack,
      visibility,
      sneaking: world.mira.gait === 'sneak',
      firstMoveTick: view.effects.firstMoveTick,
      exitArrow: view.dream.keepArrowClear(view.camera.goalArrow(world)),
      alert: world.alert,
      marbles: world.marbles.left, miraScreen: view.camera.toScreen(mira.x, mira.y),
      marks: view.speedrun.marksText,
    });
  }
}
