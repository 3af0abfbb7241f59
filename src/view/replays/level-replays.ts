// Replays and ghosts in a level: a replay being watched (its inputs fed to the session, its speed, hold
// and frame step, its verdict at the end), the ghost of the personal best or of an imported run (a track
// simulated once at the start, drawn translucent) and the input display of speedrun mode; the speedrun
// view keeps a personal best's run as the next ghost. The speedrun view makes one per run of the level scene; it draws after
// the scene's own update and never touches the world.
import Phaser from 'phaser';
import { loadGhost } from '../../platform/ghost-storage.ts';
import { readGhostShown, readInputDisplay, writeGhostShown, writeInputDisplay } from '../../platform/preferences.ts';
import type { TimeSource } from '../../run/fixed-step-clock.ts';
import { GhostTrack } from '../../run/ghost-track.ts';
import { ReplayInput, type InputSource } from '../../run/input-source.ts';
import type { LevelSession } from '../../run/level-session.ts';
import { PlaybackClock, controlPlayback, type PlaybackControl } from '../../run/playback-speed.ts';
import { PlaybackPlan, type PlaybackPart } from '../../run/playback-plan.ts';
import { SUBPIXELS_PER_PIXEL, hashWorld, type InputFrame, type World, type WorldStart } from '../../sim/index.ts';
import { campaignPlay, getLevelProbe, getPlayback, getRacedReplay, setHoldOnFinish, type LoadedLevel } from '../game-data.ts';
import { keysLabel, type Action } from '../input/bindings.ts';
import { currentBindings } from '../input/current-bindings.ts';
import { onKeyPresses } from '../input/key-presses.ts';
import { PAD_BUTTON } from '../input/pad-buttons.ts';
import { CharacterImages } from '../renderers/character-images.ts';
import { characterFrameName, facingOf, walkFrame } from '../renderers/character-frames.ts';
import { LEVEL_DEPTH } from '../renderers/level-depths.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { ACCENT_COLOR, BACKGROUND_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, WARNING_COLOR, textStyle } from '../ui/palette.ts';
import { chooseInterfaceScale } from '../ui/zoom.ts';
import { inputCaps, playbackLine, verdictLine } from '../ui/playback-lines.ts';
import { changeColor, changeWordWrapWidth } from '../ui/text-changes.ts';

/** What this needs of the speedrun view: the race whose ghost is raced, and speedrun mode. */
export interface SpeedrunSide {
  readonly category: { readonly key: string };
  readonly identity: string;
  readonly speedrunMode: boolean;
}

/** The level scene's clock for each run of it: the playback speeds and holds it. */
const clocks = new WeakMap<Phaser.Scene, PlaybackClock>();

/** The level session's time: the frame's own, through a clock a replay being watched can speed up, hold or step. */
export function levelTime(scene: Phaser.Scene, frameTime: () => number): TimeSource {
  const clock = new PlaybackClock({ now: frameTime });
  clocks.set(scene, clock);
  return clock;
}

/** The playback's pad buttons, each press once (`held`: the buttons down at the last frame). */
export function pollPlaybackPad(scene: Phaser.Scene, held: Set<PlaybackAction>, act: (action: PlaybackAction) => void): void {
  const pads = scene.input.gamepad;
  const pad = pads && pads.total > 0 ? pads.getAll().find((candidate) => candidate.connected) : undefined;
  for (const action of PAD_ACTIONS) {
    const down = pad !== undefined && currentBindings()[action].pad.some((control) => {
      const index = (PAD_BUTTON as Partial<Record<string, number>>)[control];
      return index !== undefined && pad.buttons[index]?.pressed === true;
    });
    if (down && !held.has(action)) act(action);
    if (down) held.add(action);
    else held.delete(action);
  }
}

/** The time a level's dialogue types at: the clock's, so a watched scene's words keep its speed and hold. */
export function typingTime(scene: Phaser.Scene, frameTime: number): number {
  return clocks.get(scene)?.now() ?? frameTime;
}

/** The recorded inputs, one a tick, remembering the last handed out (the input display draws it). */
class WatchedReplay implements InputSource {
  last: InputFrame | null = null;
  readonly #replay: ReplayInput;

  constructor(frames: readonly InputFrame[]) {
    this.#replay = new ReplayInput(frames);
  }

  sample(): InputFrame {
    this.last = this.#replay.sample();
    return this.last;
  }

  reset(): void {
    this.#replay.reset();
  }
}

/** The HUD's time panel (ui/hud.ts), unscaled: the playback strip keeps clear of it. */
const HUD_PANEL_WIDTH = 214;
const HUD_PANEL_HEIGHT = 113;
/** The strip's two lines at 13 px, unscaled, roughly. */
const STRIP_WIDTH = 430;
const GHOST_ALPHA = 0.45;
const GHOST_TINT = 0x9ad8ff;
const REPLAYS_KEY = 'analog-dreams/level-replays';
const PAD_ACTIONS = ['playbackSlower', 'playbackFaster', 'playbackPause', 'playbackStep'] as const;
export type PlaybackAction = (typeof PAD_ACTIONS)[number];
/** The playback keys' actions, as the clock takes them. */
export const PLAYBACK_CONTROLS: Readonly<Record<PlaybackAction, PlaybackControl>> = { playbackSlower: 'slower', playbackFaster: 'faster', playbackPause: 'hold', playbackStep: 'step' };

interface LevelReplaysOptions {
  readonly loaded: LoadedLevel;
  readonly session: LevelSession;
  readonly worldLayer: Phaser.GameObjects.Layer;
  readonly interfaceLayer: Phaser.GameObjects.Layer;
  readonly speedrun: SpeedrunSide;
}

export class LevelReplays {
  readonly #part: PlaybackPart | null;
  readonly #clock: PlaybackClock;
  #watched: WatchedReplay | null;
  readonly #ghostTrack: GhostTrack | null;
  readonly #ghostImage: Phaser.GameObjects.Image | null;
  readonly #images: CharacterImages;
  /** What the chapter before handed this level: a kept ghost starts from it as the run did. */
  readonly #start: WorldStart;
  #ghostShown = readGhostShown();
  #inputDisplay = readInputDisplay();
  readonly #strip: Phaser.GameObjects.Text;
  readonly #verdict: Phaser.GameObjects.Text;
  readonly #caps: Phaser.GameObjects.Text[];
  #finishSeen = false;
  #lastTick = 0;
  readonly #padDown = new Set<PlaybackAction>();
  #verdictSaid: string | null = null;

  readonly #scene: Phaser.Scene;
  readonly #options: LevelReplaysOptions;

  constructor(
    scene: Phaser.Scene,
    options: LevelReplaysOptions,
  ) {
    this.#scene = scene;
    this.#options = options;
    const { loaded, session } = options;
    const game = scene.game;
    this.#clock = clocks.get(scene) ?? new PlaybackClock({ now: () => 0 });
    this.#start = campaignPlay(game).startFor(loaded.chapter.key) ?? { flags: {}, followers: [] };
    const plan = getPlayback(game);
    this.#part = plan?.take(loaded.chapter.key, 'level') ?? null;
    this.#watched = this.#part === null ? null : new WatchedReplay(this.#part.inputs);
    if (plan !== null && this.#watched !== null) {
      session.useInput(this.#watched);
      this.#clock.setSpeed(plan.speed);
      // One chapter's replay stays on its end to be read; a full game's goes on as the campaign does.
      if (plan.kind === 'level') setHoldOnFinish(game, true);
    }
    this.#images = new CharacterImages(scene, options.worldLayer);
    this.#ghostTrack = this.#part === null ? this.#recordGhost() : null;
    this.#ghostImage = this.#ghostTrack === null ? null : this.#images.image('mira-down-0', { depth: LEVEL_DEPTH.characters, originY: 1 }).setAlpha(GHOST_ALPHA).setTint(GHOST_TINT);
    this.#strip = scene.add.text(0, 0, '', textStyle(13, TEXT_COLOR)).setOrigin(0.5, 0).setBackgroundColor(BACKGROUND_COLOR).setPadding(8, 4, 8, 4).setVisible(false);
    this.#verdict = scene.add.text(0, 0, '', { ...textStyle(20, ACCENT_COLOR), align: 'center' }).setOrigin(0.5, 0).setStroke(BACKGROUND_COLOR, 4).setVisible(false);
    this.#caps = inputCaps(null).map((cap) => scene.add.text(0, 0, cap.label, textStyle(14, TEXT_COLOR)).setOrigin(0, 0.5).setBackgroundColor(BACKGROUND_COLOR).setPadding(6, 3, 6, 3).setVisible(false));
    options.interfaceLayer.add([this.#strip, this.#verdict, ...this.#caps]);
    this.#bindKeys();
    const frame = (): void => {
      this.#frame();
    };
    scene.events.on(Phaser.Scenes.Events.POST_UPDATE, frame);
    game.registry.set(REPLAYS_KEY, this);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      scene.events.off(Phaser.Scenes.Events.POST_UPDATE, frame);
      game.registry.set(REPLAYS_KEY, null);
    });
    this.#frame();
  }

  /** A replay is being watched: nothing of this run is kept (no splits, no best, no ghost). */
  get playingBack(): boolean {
    return this.#part !== null;
  }

  /** The ghost as it stands at the world's tick (sub-pixels), null when none is raced or it is hidden. */
  ghostPose(): { readonly x: number; readonly y: number; readonly tick: number; readonly drawnX: number; readonly drawnY: number } | null {
    const track = this.#ghostTrack;
    const image = this.#ghostImage;
    if (track === null || image === null || !image.visible) return null;
    const { tick } = this.#options.session.world;
    const pose = track.poseAt(tick);
    return { x: pose.x, y: pose.y, tick, drawnX: image.x, drawnY: image.y };
  }

  /** What the chapter before handed this level: a run kept as the ghost starts from it again. */
  get runStart(): WorldStart {
    return this.#start;
  }

  /** What the verdict said at the level's end, null before it. */
  get verdictText(): string | null {
    return this.#verdictSaid;
  }

  /** The speed and hold of a replay being watched; null when none is. */
  get playback(): { readonly speed: number; readonly holding: boolean } | null {
    return this.#part === null ? null : { speed: this.#clock.speed, holding: this.#clock.holding };
  }

  /** The raced run of this chapter (an imported one first, else the personal best's), simulated once. */
  #recordGhost(): GhostTrack | null {
    const { loaded, speedrun } = this.#options;
    const raced = getRacedReplay(this.#scene.game);
    if (raced !== null && raced.chapter === loaded.chapter.key) {
      return GhostTrack.record({ level: loaded.level, seed: raced.seed, inputs: raced.inputs, scenes: loaded.director, start: this.#start });
    }
    const kept = loadGhost({ category: speedrun.category.key, identity: speedrun.identity });
    if (kept === null) return null;
    return GhostTrack.record({ level: loaded.level, seed: kept.seed, inputs: kept.inputs, scenes: loaded.director, start: kept.start });
  }

  #bindKeys(): void {
    const on = (action: Action, handler: () => void): void => {
      onKeyPresses(this.#scene, { keys: () => currentBindings()[action].keys, handler });
    };
    on('playbackSlower', () => { this.#act('playbackSlower'); });
    on('playbackFaster', () => { this.#act('playbackFaster'); });
    on('playbackPause', () => { this.#act('playbackPause'); });
    on('playbackStep', () => { this.#act('playbackStep'); });
    on('toggleGhost', () => {
      this.#ghostShown = !this.#ghostShown;
      writeGhostShown(this.#ghostShown);
    });
    on('toggleInputDisplay', () => {
      if (!this.#options.speedrun.speedrunMode) return;
      this.#inputDisplay = !this.#inputDisplay;
      writeInputDisplay(this.#inputDisplay);
    });
    if (this.#part !== null && getPlayback(this.#scene.game)?.kind === 'level') {
      on('confirm', () => {
        if (this.#options.session.finished) this.#scene.scene.start(SCENE_KEYS.title);
      });
    }
  }

  /** A playback key or pad button: only while a replay is watched and the pause overlay is not up. */
  #act(action: PlaybackAction): void {
    const { session } = this.#options;
    if (this.#part === null || session.paused || session.finished) return;
    const clock = this.#clock;
    controlPlayback(clock, PLAYBACK_CONTROLS[action], () => {
      session.tick();
    });
    const plan = getPlayback(this.#scene.game);
    if (plan !== null) plan.speed = clock.speed;
  }

  #frame(): void {
    const { session } = this.#options;
    const world = session.world;
    // A restart (the tick falls back) begins another attempt: its finish is another finish.
    if (world.tick < this.#lastTick) {
      this.#finishSeen = false;
      this.#verdict.setVisible(false);
      // The viewer's restart (R in the pause), not one the file holds: the replay starts again with the world.
      if (this.#part !== null && this.#watched !== null && this.#watched.last?.restart !== true) {
        this.#watched = new WatchedReplay(this.#part.inputs);
        session.useInput(this.#watched);
      }
    }
    this.#lastTick = world.tick;
    if (this.#part !== null) {
      pollPlaybackPad(this.#scene, this.#padDown, (action) => {
        this.#act(action);
      });
    }
    this.#drawGhost(world, session.alpha);
    this.#drawInterface();
    if (session.finished && !this.#finishSeen) {
      this.#finishSeen = true;
      this.#finished(world);
    }
  }

  #drawGhost(world: World, alpha: number): void {
    const track = this.#ghostTrack;
    const image = this.#ghostImage;
    if (track === null || image === null) return;
    image.setVisible(this.#ghostShown);
    if (!this.#ghostShown) return;
    const pose = track.poseAt(world.tick);
    const before = track.poseAt(world.tick - 1);
    const x = (before.x + (pose.x - before.x) * alpha) / SUBPIXELS_PER_PIXEL;
    const y = (before.y + (pose.y - before.y) * alpha) / SUBPIXELS_PER_PIXEL;
    const facing = facingOf(pose.facingX, pose.facingY);
    this.#images.setFrame(image, characterFrameName('mira', facing, walkFrame({ moving: pose.moving, gait: 'walk', tick: world.tick })));
    image.setPosition(Math.round(x), Math.round(y) + 1).setDepth(LEVEL_DEPTH.characters + y / 10_000 - 0.00001);
  }

  #drawInterface(): void {
    const { width, height } = this.#scene.scale;
    const scale = chooseInterfaceScale(width, height);
    const margin = 12 * scale;
    if (this.#part !== null) {
      const name = this.#options.loaded.chapter.title;
      // Beside the HUD's time panel where the window is wide enough, else under it: never over the time.
      const beside = width - 2 * (HUD_PANEL_WIDTH * scale + 2 * margin);
      const wide = beside >= STRIP_WIDTH * scale;
      changeWordWrapWidth(
        this.#strip.setText(playbackLine({ name, speed: this.#clock.speed, holding: this.#clock.holding })).setFontSize(13 * scale),
        wide ? beside : width - 2 * margin,
      )
        .setPosition(Math.floor(width / 2), wide ? margin : margin + HUD_PANEL_HEIGHT * scale)
        .setVisible(true);
    }
    this.#verdict.setFontSize(20 * scale).setPosition(Math.floor(width / 2), Math.floor(height * 0.4 + 48 * scale));
    const shown = this.#inputDisplay && this.#options.speedrun.speedrunMode;
    const frame = this.#watched?.last ?? getLevelProbe(this.#scene.game)?.lastInput() ?? null;
    const caps = inputCaps(frame);
    // Side by side, each as wide as its label: a held cap lights up, the others stay dim where they are.
    let x = margin;
    this.#caps.forEach((text, index) => {
      text.setVisible(shown);
      if (!shown) return;
      const cap = caps[index]!;
      changeColor(text.setFontSize(14 * scale), cap.down ? ACCENT_COLOR : DIM_TEXT_COLOR)
        .setPosition(x, height - margin - 64 * scale)
        .setAlpha(cap.down ? 1 : 0.6);
      x += text.width + 4 * scale;
    });
  }

  /** The level's end: a watched replay says whether it verified. */
  #finished(world: World): void {
    if (this.#part !== null) {
      const verdict = PlaybackPlan.verdict(this.#part, { finishTick: world.finishTick, hash: hashWorld(world) });
      const plan = getPlayback(this.#scene.game);
      plan?.verdicts.push({ chapter: this.#part.chapter, verdict });
      this.#verdictSaid = verdictLine(verdict);
      const more = plan?.kind === 'level' ? `\n${keysLabel('confirm')}: back to the title` : '';
      this.#verdict.setText(`${this.#verdictSaid}${more}`).setColor(verdict.verified ? ACCENT_COLOR : WARNING_COLOR).setVisible(true);
    }
  }
}

/** The running level's replays and ghost (the test hook reads them); null when no level runs. */
export function levelReplays(game: Phaser.Game): LevelReplays | null {
  return (game.registry.get(REPLAYS_KEY) as LevelReplays | null | undefined) ?? null;
}
