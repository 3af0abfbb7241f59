// The speedrun side of a level: splits raced against the save's comparison for this chapter's category and
// run identity, the live panel in speedrun mode, each attempt written back, the run's marks, and the pause
// when the page loses focus (in-game time never runs unseen). The level scene makes one per run of itself.
import Phaser from 'phaser';
import { readSpeedrunMode, writeLiveSplitLink, writeSpeedrunMode } from '../platform/preferences.ts';
import { downloadText, pickTextFile } from '../platform/text-files.ts';
import { MAX_LSS_CHARACTERS, raceImported, readLss, writeLss } from '../run/lss.ts';
import { encodeReplay } from '../run/replay.ts';
import { loadComparison } from '../platform/splits-storage.ts';
import { keepAttempt } from '../platform/attempt-keeping.ts';
import { ChapterSplitter, chapterSegments } from '../run/chapter-splits.ts';
import type { LevelSession } from '../run/level-session.ts';
import { runIdentity } from '../run/run-identity.ts';
import { marksLabel, type RunMarks } from '../run/run-marks.ts';
import type { SplitTime, SplitsRecord } from '../run/splits.ts';
import { RULES_VERSION, hashWorld, type InputFrame, type SimEvent, type World } from '../sim/index.ts';
import { chapterCategory, type RunCategory } from '../story/categories.ts';
import { liveSplitDate, type FullGameSplits } from './full-game-splits.ts';
import { campaignPlay, type LoadedLevel } from './game-data.ts';
import { isSplitsShown } from './display-preferences.ts';
import { currentBindings } from './input/current-bindings.ts';
import { onKeyPresses } from './input/key-presses.ts';
import { SplitsPanel } from './ui/splits-panel.ts';
import { splitsPanelText } from './ui/splits-lines.ts';
import { LevelReplays } from './replays/level-replays.ts';
import { liveSplitLink } from './live-split-connection.ts';


/** The last finished run as a replay file and its name: the result screen offers it (X). */
let lastFinished: { readonly name: string; readonly text: string } | null = null;

/** Offers the last finished run as a download; false when no run has finished this visit. */
export function downloadLastRun(): boolean {
  if (lastFinished === null) return false;
  downloadText(lastFinished.name, lastFinished.text, 'application/json');
  return true;
}


interface SpeedrunViewOptions {
  readonly loaded: LoadedLevel;
  readonly session: LevelSession;
  readonly interfaceLayer: Phaser.GameObjects.Layer;
  /** Where the ghost is drawn, among the characters. */
  readonly worldLayer: Phaser.GameObjects.Layer;
  /** Speedrun mode or the link changed: the pause overlay says so again. */
  readonly onSwitchesChanged: () => void;
  /** Speedrun mode was turned on: the walks go, for a clean screen. */
  readonly onSpeedrunOn: () => void;
}

export class SpeedrunView {
  readonly category: RunCategory;
  readonly identity: string;
  #splitter: ChapterSplitter;
  #notice: string | null;
  readonly #panel: SplitsPanel;
  #speedrun = readSpeedrunMode();
  #started: string | null = null;
  #practice = false;
  /** Where practice can go back to: each checkpoint reached since the scene began, with the inputs that reach it. */
  readonly #practicePoints = new Map<number, { readonly inputs: readonly InputFrame[]; readonly splits: readonly (SplitTime | null)[]; readonly tick: number }>();
  /** The point a practice restart is going back to, while its restart is told. */
  #goingBackTo: { readonly splits: readonly (SplitTime | null)[] } | null = null;
  /** What the next attempt races once this one was saved: the finished run stays shown against its own comparison. */
  #nextRecord: SplitsRecord | null = null;
  /** The campaign's Full Game race when this level is its chapter (the panel shows it), with the time before it. */
  private readonly fullGame: { readonly race: FullGameSplits; readonly before: { readonly ticks: number; readonly realMilliseconds: number } } | null;
  /** A replay watched, the ghost raced, the input display. */
  readonly #replays: LevelReplays;

  readonly #options: SpeedrunViewOptions;

  constructor(
    private readonly scene: Phaser.Scene,
    options: SpeedrunViewOptions,
  ) {
    this.#options = options;
    const { loaded, session } = options;
    this.category = chapterCategory(loaded.chapter);
    this.identity = runIdentity(loaded.chapter.key, loaded.mapHash, RULES_VERSION);
    const comparison = loadComparison({ category: this.category.key, identity: this.identity, segments: chapterSegments(loaded.level, loaded.chapter.title) });
    this.#notice = comparison.notice;
    this.#splitter = this.#splitterFor(comparison.record);
    const campaign = campaignPlay(scene.game);
    const race = campaign.startFor(loaded.chapter.key) === undefined ? null : campaign.fullGame;
    this.fullGame = race === null || campaign.progress === null ? null : { race, before: campaign.progress };
    this.#panel = new SplitsPanel(scene, options.interfaceLayer);
    this.#panel.setVisible(this.#speedrun);
    const pause = (): void => {
      session.setPaused(true);
    };
    // A hidden or unfocused page pauses: the world never plays on where the player cannot see it.
    scene.game.events.on(Phaser.Core.Events.BLUR, pause);
    scene.game.events.on(Phaser.Core.Events.HIDDEN, pause);
    const link = liveSplitLink();
    link.onStateChange = () => {
      options.onSwitchesChanged();
    };
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      scene.game.events.off(Phaser.Core.Events.BLUR, pause);
      scene.game.events.off(Phaser.Core.Events.HIDDEN, pause);
      link.onStateChange = null;
    });
    this.#bindKeys();
    this.#replays = new LevelReplays(scene, { loaded, session, worldLayer: options.worldLayer, interfaceLayer: options.interfaceLayer, speedrun: this });
  }

  /** The link's state as the pause overlay says it. */
  get liveSplitState(): string {
    return liveSplitLink().state;
  }

  #bindKeys(): void {
    const { scene } = this;
    const { session } = this.#options;
    onKeyPresses(scene, { keys: () => currentBindings().speedrunMode.keys, handler: () => {
      if (this.#toggleSpeedrunMode()) this.#options.onSpeedrunOn();
      this.#options.onSwitchesChanged();
    } });
    // The rest from the pause only: a stray key in play changes nothing.
    onKeyPresses(scene, { keys: () => currentBindings().liveSplitLink.keys, handler: () => {
      if (!session.paused) return;
      const link = liveSplitLink();
      const on = link.state === 'off' || link.state === 'failed' || link.state === 'dropped';
      if (on) {
        link.disconnect();
        link.connect();
      } else link.disconnect();
      writeLiveSplitLink(on);
      this.#options.onSwitchesChanged();
    } });
    onKeyPresses(scene, { keys: () => currentBindings().practiceRestart.keys, handler: () => {
      this.#goBack();
    } });
    onKeyPresses(scene, { keys: () => currentBindings().exportReplay.keys, handler: () => {
      if (session.paused || session.finished) this.#exportReplay();
    } });
    onKeyPresses(scene, { keys: () => currentBindings().exportSplits.keys, handler: () => {
      if (session.paused) this.#exportSplits();
    } });
    onKeyPresses(scene, { keys: () => currentBindings().importSplits.keys, handler: () => {
      if (session.paused) this.#importSplits();
    } });
  }

  /**
   * Practice: the world as it was at the last checkpoint reached (or, within half a second of one, the one
   * before), its splits kept; the run is marked practice until a plain restart.
   */
  #goBack(): void {
    const { session } = this.#options;
    // A replay being watched goes back only to its start (R), where its inputs begin.
    if (this.#replays.playingBack) return;
    const points = [...this.#practicePoints.values()].sort((a, b) => a.tick - b.tick);
    if (points.length === 0) {
      this.#notice = 'Practice: no checkpoint reached yet';
      return;
    }
    const target = points.filter((point) => point.tick < session.world.tick - 30).at(-1) ?? points[0]!;
    this.#goingBackTo = target;
    try {
      session.restartFrom(target.inputs);
    } finally {
      this.#goingBackTo = null;
    }
  }

  /** The run since its last restart, as the replay file verify-replay reads (its level: the map's file name). */
  #exportReplay(): void {
    const replay = this.#replayFile();
    downloadText(replay.name, replay.text, 'application/json');
    this.#notice = `Replay saved: ${this.#options.session.record.inputs.length} steps${marksLabel(this.marks)}`;
  }

  #replayFile(): { readonly name: string; readonly text: string } {
    const { session, loaded } = this.#options;
    const record = session.record;
    const level = (loaded.fileName.split('/').at(-1) ?? loaded.fileName).replace(/\.(tmj|tmx|json)$/, '');
    const text = encodeReplay({ level, mapHash: loaded.mapHash, seed: record.seed, finishTick: record.finishTick, finalHash: hashWorld(session.world), inputs: record.inputs, choices: record.choices, detectionPercent: record.detectionPercent });
    return { name: `${level}-${record.finishTick ?? `unfinished-${session.world.tick}`}${this.#practice ? '-practice' : ''}.replay.json`, text };
  }

  /** The race under way as a .lss: the Full Game's when this level is one of its chapters, else the chapter's. */
  #exportSplits(): void {
    const race = this.fullGame?.race;
    const file = race?.lssFile() ?? { name: `analog-dreams-${this.category.key}.lss`, text: writeLss({ gameName: 'Analog Dreams', categoryName: this.category.name, record: this.#record }) };
    downloadText(file.name, file.text);
    this.#notice = `${race?.category.name ?? this.category.name} splits exported as a LiveSplit .lss file`;
  }

  #importSplits(): void {
    pickTextFile({ accept: '.lss,.xml', maximumBytes: MAX_LSS_CHARACTERS, onText: (result) => {
      if (!result.ok) {
        this.#notice = result.message;
        return;
      }
      const read = readLss(result.text);
      if (!read.ok) {
        this.#notice = `${result.name}: ${read.place}: ${read.message}`;
        return;
      }
      if (this.fullGame !== null) {
        const fits = campaignPlay(this.scene.game).raceImportedSplits(read.value);
        this.#notice = fits ? `Racing ${result.name} in the Full Game` : `${result.name} splits at ${read.value.segments.length} places, not the Full Game's ${this.fullGame.race.category.chapters.length} chapters: not used`;
        return;
      }
      const raced = raceImported(this.#splitter.live.comparison, read.value);
      if (raced === null) {
        this.#notice = `${result.name} splits at ${read.value.segments.length} places, not this level's ${this.#splitter.live.comparison.segments.length}: not used`;
        return;
      }
      // Raced from the next start; the run under way keeps its own comparison.
      this.#nextRecord = raced;
      this.#notice = `Racing ${result.name} from the next start (R)`;
    } });
  }

  /** Speedrun mode: the splits shown, and the planned walks off at each start. */
  get speedrunMode(): boolean {
    return this.#speedrun;
  }

  /** Returns whether speedrun mode is now on. */
  #toggleSpeedrunMode(): boolean {
    this.#speedrun = !this.#speedrun;
    writeSpeedrunMode(this.#speedrun);
    this.#panel.setVisible(this.#speedrun);
    return this.#speedrun;
  }

  get marks(): RunMarks {
    return { assisted: this.#options.session.isAssisted, practice: this.#practice };
  }

  /** The marks as said after a time on the HUD: the same everywhere the run is shown or saved. */
  get marksText(): string {
    return marksLabel(this.marks);
  }

  /** The record as it stands after this run (saved or not): the exports read it. */
  get #record(): SplitsRecord {
    return this.#nextRecord ?? this.#splitter.live.comparison;
  }

  afterTick(world: World, events: readonly SimEvent[]): void {
    const restarted = events.some((event) => event.type === 'restarted');
    this.fullGame?.race.afterLevelTick(this.fullGame.before.ticks, world, events);
    // A restart ends an attempt: one that reached a split goes in the history (LiveSplit's reset attempts).
    if (restarted) {
      // In the Full Game a chapter's restart is no new run: LiveSplit's time just falls back with the game's.
      if (this.fullGame === null) liveSplitLink().reset();
      if (this.#splitter.live.splits.some((time) => time !== null) && !this.#splitter.live.finished) this.#save(false);
      this.#started = null;
      this.#splitter = this.#splitterFor(this.#nextRecord ?? this.#splitter.live.comparison);
      this.#nextRecord = null;
      const back = this.#goingBackTo;
      this.#practice = back !== null;
      back?.splits.forEach((time, index) => {
        if (time !== null) this.#splitter.live.split(index, time);
      });
      return;
    }
    // The chapter's race drives the link, or the Full Game's when this level is one of its chapters.
    const link = this.fullGame === null ? liveSplitLink() : null;
    if (world.tick === 1 && this.#started === null) {
      this.#started = liveSplitDate(new Date());
      link?.start();
    }
    for (const index of this.#splitter.afterTick(world, events)) {
      link?.split(this.#splitter.live.splits[index]!.ticks);
      if (index < world.level.checkpoints.length) {
        const { session } = this.#options;
        this.#practicePoints.set(index, { inputs: session.record.inputs, splits: this.#splitter.live.splits, tick: world.tick });
      }
    }
    if (events.some((event) => event.type === 'scene-opened')) link?.pauseForScene();
    else if (world.tick % 60 === 0) link?.showTime(world.tick);
    if (events.some((event) => event.type === 'finished')) {
      // Before the level scene hands the finish to the campaign, which takes the Full Game split.
      this.fullGame?.race.markRun(this.marks);
      this.#save(true, world);
      lastFinished = this.#replayFile();
    }
  }

  draw(world: World): void {
    // Every frame: a hidden panel (speedrun mode off, or the splits hidden in the settings) costs nothing.
    this.#panel.setVisible(this.#speedrun && isSplitsShown());
    if (!this.#panel.isVisible) return;
    if (this.fullGame !== null) {
      this.#drawFullGame(world, this.fullGame);
      return;
    }
    this.#panel.update(splitsPanelText({
      category: this.category.name,
      view: this.#splitter.live.view(world.tick),
      ticks: world.tick,
      realMilliseconds: this.#options.session.elapsedRealMilliseconds,
      marks: this.marks,
      notice: this.#notice,
    }));
  }

  /** In the campaign the panel races the whole game: its chapters' ends, at the time summed over them. */
  #drawFullGame(world: World, { race, before }: NonNullable<SpeedrunView['fullGame']>): void {
    const ticks = before.ticks + world.tick;
    const { marks } = this;
    this.#panel.update(splitsPanelText({
      category: race.category.name,
      view: race.view(ticks),
      ticks,
      realMilliseconds: before.realMilliseconds + this.#options.session.elapsedRealMilliseconds,
      marks: { assisted: marks.assisted || race.marks.assisted, practice: marks.practice || race.marks.practice },
      notice: this.#notice ?? race.notice,
    }));
  }

  layout(width: number, height: number, scale: number): void {
    this.#panel.layout(width, height, scale);
  }

  #splitterFor(record: SplitsRecord): ChapterSplitter {
    const { session } = this.#options;
    return new ChapterSplitter(record, { realMilliseconds: () => session.elapsedRealMilliseconds });
  }

  /** `finishedWorld`: the world at the run's finish, whose run becomes the ghost when it is the personal best. */
  #save(finished: boolean, finishedWorld?: World): void {
    // A replay being watched is not the player's attempt.
    if (this.#replays.playingBack) return;
    const live = this.#splitter.live;
    const { session } = this.#options;
    const finishTick = finishedWorld?.finishTick ?? null;
    const saved = keepAttempt({
      comparison: live.comparison,
      attempt: { started: this.#started, ended: liveSplitDate(new Date()), splits: live.splits, finished, marks: this.marks },
      run: finishTick === null ? null : { ticks: finishTick, seed: session.seed, start: this.#replays.runStart, inputs: session.record.inputs },
    });
    // The next attempt races what is now kept (a refused write still compares with it, and says so).
    this.#nextRecord = saved.record;
    this.#notice = saved.written.ok ? null : `Splits not saved: ${saved.written.message}`;
  }
}
