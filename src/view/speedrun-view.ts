// The speedrun side of a level: splits raced against the save's comparison for this chapter's category and
// run identity, the live panel in speedrun mode, each attempt written back, the run's marks, and the pause
// when the page loses focus (in-game time never runs unseen). The level scene makes one per run of itself.
import Phaser from 'phaser';
import { readSpeedrunMode, writeSpeedrunMode } from '../platform/preferences.ts';
import { loadComparison, saveAttempt } from '../platform/splits-storage.ts';
import { ChapterSplitter, chapterSegments } from '../run/chapter-splits.ts';
import type { LevelSession } from '../run/level-session.ts';
import { runIdentity } from '../run/run-identity.ts';
import { marksLabel, type RunMarks } from '../run/run-marks.ts';
import type { SplitsRecord } from '../run/splits.ts';
import { RULES_VERSION, type SimEvent, type World } from '../sim/index.ts';
import { chapterCategory, type RunCategory } from '../story/categories.ts';
import type { LoadedLevel } from './game-data.ts';
import { SplitsPanel } from './ui/splits-panel.ts';
import { splitsPanelText } from './ui/splits-lines.ts';

/** LiveSplit's date form, `MM/dd/yyyy HH:mm:ss` in UTC: the attempt history is exported as it is kept. */
export function liveSplitDate(date: Date): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${two(date.getUTCMonth() + 1)}/${two(date.getUTCDate())}/${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
}

export class SpeedrunView {
  readonly category: RunCategory;
  readonly identity: string;
  private splitter: ChapterSplitter;
  private notice: string | null;
  private readonly panel: SplitsPanel;
  private speedrun = readSpeedrunMode();
  private started: string | null = null;
  private practice = false;
  /** What the next attempt races once this one was saved: the finished run stays shown against its own comparison. */
  private nextRecord: SplitsRecord | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: { readonly loaded: LoadedLevel; readonly session: LevelSession; readonly interfaceLayer: Phaser.GameObjects.Layer },
  ) {
    const { loaded, session } = options;
    this.category = chapterCategory(loaded.chapter);
    this.identity = runIdentity(loaded.chapter.key, loaded.mapHash, RULES_VERSION);
    const comparison = loadComparison({ category: this.category.key, identity: this.identity, segments: chapterSegments(loaded.level, loaded.chapter.title) });
    this.notice = comparison.notice;
    this.splitter = this.splitterFor(comparison.record);
    this.panel = new SplitsPanel(scene, options.interfaceLayer);
    this.panel.setVisible(this.speedrun);
    const pause = (): void => {
      session.setPaused(true);
    };
    // A hidden or unfocused page pauses: the world never plays on where the player cannot see it.
    scene.game.events.on(Phaser.Core.Events.BLUR, pause);
    scene.game.events.on(Phaser.Core.Events.HIDDEN, pause);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      scene.game.events.off(Phaser.Core.Events.BLUR, pause);
      scene.game.events.off(Phaser.Core.Events.HIDDEN, pause);
    });
  }

  /** Speedrun mode: the splits shown, and the planned walks (an assist) off at each start. */
  get speedrunMode(): boolean {
    return this.speedrun;
  }

  /** Returns whether speedrun mode is now on. */
  toggleSpeedrunMode(): boolean {
    this.speedrun = !this.speedrun;
    writeSpeedrunMode(this.speedrun);
    this.panel.setVisible(this.speedrun);
    return this.speedrun;
  }

  get marks(): RunMarks {
    return { assisted: this.options.session.record.assisted, practice: this.practice };
  }

  /** The marks as said after a time: '' for a plain run. */
  get marksText(): string {
    return marksLabel(this.marks);
  }

  /** The record as it stands after this run (saved or not): the exports read it. */
  get record(): SplitsRecord {
    return this.nextRecord ?? this.splitter.live.comparison;
  }

  afterTick(world: World, events: readonly SimEvent[]): void {
    const restarted = events.some((event) => event.type === 'restarted');
    // A restart ends an attempt: one that reached a split goes in the history (LiveSplit's reset attempts).
    if (restarted) {
      if (this.splitter.live.splits.some((time) => time !== null) && !this.splitter.live.finished) this.save(false);
      this.started = null;
      this.splitter = this.splitterFor(this.nextRecord ?? this.splitter.live.comparison);
      this.nextRecord = null;
      return;
    }
    if (world.tick === 1 && this.started === null) this.started = liveSplitDate(new Date());
    this.splitter.afterTick(world, events);
    if (events.some((event) => event.type === 'finished')) this.save(true);
  }

  draw(world: World): void {
    this.panel.update(splitsPanelText({
      category: this.category.name,
      view: this.splitter.live.view(world.tick),
      ticks: world.tick,
      realMilliseconds: this.options.session.record.realMilliseconds,
      marks: this.marks,
      notice: this.notice,
    }));
  }

  layout(width: number, height: number, scale: number): void {
    this.panel.layout(width, height, scale);
  }

  private splitterFor(record: SplitsRecord): ChapterSplitter {
    const { session } = this.options;
    return new ChapterSplitter(record, { realMilliseconds: () => session.record.realMilliseconds });
  }

  private save(finished: boolean): void {
    const live = this.splitter.live;
    const saved = saveAttempt({
      comparison: live.comparison,
      attempt: { started: this.started, ended: liveSplitDate(new Date()), splits: live.splits, finished, marks: this.marks },
    });
    // The next attempt races what is now kept (a refused write still compares with it, and says so).
    this.nextRecord = saved.record;
    this.notice = saved.written.ok ? null : `Splits not saved: ${saved.written.message}`;
  }
}
