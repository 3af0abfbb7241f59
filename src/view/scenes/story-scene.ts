// A scene the campaign plays outside a level: a chapter's intro before its level, its outro after it, or a
// chapter that is only a scene (the aftermath). The same ScenePlay the Node campaign runner steps (one
// input a frame, recorded), the same dialogue box as in a level, in front of the story backdrop; no world
// and no timer. When it closes, the campaign goes on: the level, the result screen, the next chapter, or
// the run's statistics after the last. A scene of a replay being watched follows the playback's speed, hold
// and frame step (src/run/scene-pace.ts), with the same keys and strip as a watched level.
import Phaser from 'phaser';
import { ScenePlay } from '../../story/scene-play.ts';
import { chapterLoader } from '../../story/chapter-loader.ts';
import type { SceneDirector, SceneLine } from '../../sim/index.ts';
import { playCampaignChapter } from '../campaign-flow.ts';
import type { PendingScene } from '../campaign-play.ts';
import { campaignPlay, getLoadedLevel, getPlayback, setProblemReport, setStoryProbe } from '../game-data.ts';
import { PlayerInput } from '../input/player-input.ts';
import { isReducedMotion } from '../motion-preference.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { DialogueBox } from '../ui/dialogue-box.ts';
import { interfaceScale, layoutOnResize } from '../ui/menu-screen.ts';
import { StoryBackdrop } from '../ui/story-backdrop.ts';
import type { ResultData } from './result-scene.ts';
import { repositoryFileSet } from './boot-scene.ts';
import { compileStory } from '../built-stories.ts';
import { ReplayInput, type InputSource } from '../../run/input-source.ts';
import type { PlaybackSpeed } from '../../run/playback-speed.ts';
import { WatchedScenePace } from '../../run/scene-pace.ts';
import { currentBindings } from '../input/current-bindings.ts';
import { onKeyPresses } from '../input/key-presses.ts';
import { PLAYBACK_CONTROLS, pollPlaybackPad, type PlaybackAction } from '../replays/level-replays.ts';
import { BACKGROUND_COLOR, TEXT_COLOR, textStyle } from '../ui/palette.ts';
import { playbackLine } from '../ui/playback-lines.ts';

export interface StorySceneData {
  /** An outro's level result: the result screen shows it once the outro closes. */
  readonly result?: ResultData;
}

const PART_NAMES = { intro: 'Before', outro: 'After', chapter: '' } as const;

export class StoryScene extends Phaser.Scene {
  #pending: PendingScene | null = null;
  #play: ScenePlay | null = null;
  #playerInput: PlayerInput | null = null;
  /** Where the scene's steps come from: the player, or the part of a replay being watched. */
  #source: InputSource | null = null;
  #box: DialogueBox | null = null;
  #backdrop: StoryBackdrop | null = null;
  #result: ResultData | null = null;
  #closed = false;
  /** The line the stage last stood its people for: each line moves them once. */
  #lastLine: SceneLine | null = null;
  /** A watched scene's pace at the playback's speed; null when the player plays it. */
  #pace: WatchedScenePace | null = null;
  #strip: Phaser.GameObjects.Text | null = null;
  #frameTime = 0;
  readonly #padDown = new Set<PlaybackAction>();
  /** A playback key or pad button of a watched scene: its speed (kept for what follows), hold or step. */
  #playbackAct: ((action: PlaybackAction) => void) | null = null;

  constructor() {
    super(SCENE_KEYS.story);
  }

  init(data: StorySceneData | undefined): void {
    this.#result = data?.result ?? null;
    this.#play = null;
    this.#closed = false;
    this.#lastLine = null;
    this.#pace = null;
    this.#strip = null;
    this.#playbackAct = null;
    this.#padDown.clear();
  }

  create(): void {
    const pending = campaignPlay(this.game).pendingScene;
    if (pending === null) {
      this.scene.start(SCENE_KEYS.title);
      return;
    }
    this.#pending = pending;
    const playerInput = new PlayerInput(this);
    this.#playerInput = playerInput;
    const plan = getPlayback(this.game);
    const watched = plan?.take(pending.row.key, pending.part) ?? null;
    this.#source = watched === null ? playerInput : new ReplayInput(watched.inputs);
    if (plan !== null && watched !== null) this.#watchAt(plan);
    playerInput.followScene(() => (this.#play === null || this.#play.done ? null : this.#play.display.choices.length));
    playerInput.followDialogue({ finishLine: () => this.#box?.finishLine() ?? false, skipAll: () => this.#box?.skipAll() ?? false });
    this.#backdrop = new StoryBackdrop(this);
    layoutOnResize(this, () => {
      this.#arrange(pending);
    });
    setStoryProbe(this.game, { dialogue: () => this.#box?.shown ?? null, part: pending.part, knot: pending.knot, chapter: pending.row.key });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      setStoryProbe(this.game, null);
    });
    void this.#directorFor(pending).then((director) => {
      if (director === null || !this.scene.isActive()) return;
      this.#play = new ScenePlay({ director, knot: pending.knot, flags: pending.flags, seed: pending.seed, heldTick: pending.heldTick });
    });
  }

  override update(time: number): void {
    this.#frameTime = time;
    if (this.#playbackAct !== null) pollPlaybackPad(this, this.#padDown, this.#playbackAct);
    const play = this.#play;
    const playerInput = this.#playerInput;
    const box = this.#box;
    const source = this.#source;
    const pace = this.#pace;
    if (play === null || playerInput === null || box === null || source === null || this.#closed) return;
    const steps = pace === null ? 1 : pace.stepsDue();
    for (let step = 0; step < steps && !play.done; step += 1) play.step(source.sample());
    if (play.done) {
      this.#close(play);
      return;
    }
    // The scene's end shows no line of its own: the people stay as the last line left them.
    if (play.display.line !== null && play.display.line !== this.#lastLine) {
      this.#lastLine = play.display.line;
      this.#backdrop?.speaking(play.display.line);
    }
    box.draw({ display: play.display }, { time: pace?.typingTime() ?? time, focus: playerInput.choiceFocus, reducedMotion: isReducedMotion(), paused: false });
    if (pace !== null) this.#strip?.setText(playbackLine({ name: this.#pending?.row.title ?? '', speed: pace.clock.speed, holding: pace.clock.holding }));
  }

  /** A replay being watched: the scene at its speed, worked by the playback keys, which keep the speed for what follows. */
  #watchAt(plan: { speed: PlaybackSpeed }): void {
    const pace = new WatchedScenePace({ now: () => this.#frameTime }, plan.speed);
    this.#pace = pace;
    const act = (action: PlaybackAction): void => {
      pace.control(PLAYBACK_CONTROLS[action]);
      plan.speed = pace.clock.speed;
    };
    for (const action of Object.keys(PLAYBACK_CONTROLS) as PlaybackAction[]) {
      onKeyPresses(this, { keys: () => currentBindings()[action].keys, handler: () => { act(action); } });
    }
    this.#playbackAct = act;
  }

  /** Everything on screen, again at each resize: the backdrop (the cast keeps its places) and a fresh box. */
  #arrange(pending: PendingScene): void {
    const scale = interfaceScale(this);
    const { width, height } = this.scale;
    const part = PART_NAMES[pending.part];
    this.#backdrop?.layout({ width, height, scale, heading: pending.row.title, part });
    const layer = this.add.layer().setDepth(10);
    this.#box = new DialogueBox(this, layer, this.#playerInput!);
    this.#box.layout(width, height, scale);
    if (this.#pace !== null) {
      // Under the heading and the part's name, clear of the music caption in the corner and of the box.
      this.#strip = this.add.text(Math.floor(width / 2), Math.floor(height * 0.08) + 56 * scale, '', textStyle(13 * scale, TEXT_COLOR)).setOrigin(0.5, 0).setBackgroundColor(BACKGROUND_COLOR).setPadding(8, 4, 8, 4).setDepth(11);
    }
  }

  /** The chapter's story: the loaded level's for its intro and outro, compiled from its own file for a scene chapter. */
  async #directorFor(pending: PendingScene): Promise<SceneDirector | null> {
    if (pending.row.kind === 'level') {
      const loaded = getLoadedLevel(this.game);
      if (loaded !== null && loaded.chapter.key === pending.row.key && loaded.director !== null) return loaded.director;
      this.#report(`the story of chapter "${pending.row.key}" is not loaded`, 'Start the chapter again from the title.');
      return null;
    }
    const files = repositoryFileSet(pending.row.storyPath);
    const load = await chapterLoader({ readFile: files.readFile, compile: compileStory })(pending.row);
    if (!load.ok) {
      this.#report(`${load.problem.message} (${load.problem.place})`, load.problem.hint);
      return null;
    }
    return load.value.director;
  }

  #report(message: string, hint: string): void {
    const pending = this.#pending;
    setProblemReport(this.game, {
      fileName: pending?.row.kind === 'scene' ? pending.row.storyPath : pending?.row.key ?? 'the story',
      problems: [{ severity: 'error', message, place: pending?.knot ?? '', hint }],
    });
    this.scene.start(SCENE_KEYS.problems);
  }

  #close(play: ScenePlay): void {
    const pending = this.#pending;
    if (pending === null) return;
    this.#closed = true;
    const campaign = campaignPlay(this.game);
    campaign.closeScene(play.flags(pending.flags));
    if (pending.part === 'intro') {
      this.scene.start(SCENE_KEYS.level);
      return;
    }
    if (pending.part === 'outro' && this.#result !== null) {
      this.scene.start(SCENE_KEYS.result, this.#result);
      return;
    }
    const next = campaign.goOn();
    if (next.ok) playCampaignChapter(this, next.chapter);
    else this.scene.start(campaign.phase === 'finished' ? SCENE_KEYS.statistics : SCENE_KEYS.title);
  }
}
