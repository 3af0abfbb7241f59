// After the exit: the in-game time, the best, the catches, and a menu: the campaign's next chapter (when
// there is one), a retry of the chapter, the title. Keys, pad and pointer all work it.
import Phaser from 'phaser';
import { childrenBroughtOut, type World } from '../../sim/index.ts';
import { recordFinish, type FinishRecord, type SaveWrite } from '../../platform/save-storage.ts';
import type { CampaignBegin } from '../campaign-play.ts';
import { campaignPlay, getPlayback } from '../game-data.ts';
import { playCampaignChapter } from '../campaign-flow.ts';
import { downloadLastRun } from '../speedrun-view.ts';
import { currentBindings, keysLabel } from '../input/bindings.ts';
import { onKeyPresses } from '../input/key-presses.ts';
import { formatMilliseconds, formatTicks } from '../../run/time-format.ts';
import { PLAIN_RUN, competes, marksLabel, type RunMarks } from '../../run/run-marks.ts';
import { CHARACTERS_TEXTURE, SCENE_KEYS } from '../scene-keys.ts';
import { drawStarfield } from '../ui/starfield.ts';
import { menuHintLines } from '../input/controls-text.ts';
import { finishLine, runLine } from '../ui/finish-text.ts';
import { interfaceScale, layoutOnResize } from '../ui/menu-screen.ts';
import { MenuList, bindMenuList } from '../ui/menu-list.ts';
import { MenuModel, type MenuItem } from '../ui/menu-model.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, WARNING_COLOR, textStyle } from '../ui/palette.ts';

export interface ResultData {
  readonly finishTick: number;
  /** The heading: what the chapter's finish was (its finish banner); `Under the stars` when none is given. */
  readonly heading?: string;
  readonly catches: number;
  /** Chases begun in the run: a run that was chased is never called "never caught" alone. */
  readonly chases: number;
  /** Times a Watcher (or the drone) sent Mira back: the world's `catches` counts only the Enforcers'. */
  readonly sentBack?: number;
  /** The children who came out with Mira, and how many the level held (0: a level without children). */
  readonly childrenOut: number;
  readonly childrenTotal: number;
  /** Which best time this run competes with: the run identity of the chapter and map played (src/run/run-identity.ts). */
  readonly runIdentity: string;
  /** The real time beside the in-game time, pauses included. */
  readonly realMilliseconds?: number;
  /** Assisted or practice: said beside the time; a practice run never replaces a best. */
  readonly marks?: RunMarks;
  /**
   * A chapter's finish in the campaign or played on its own: the next chapter's title (null after the last)
   * and whether progress was saved (null: played on its own, nothing saved).
   */
  readonly campaign?: { readonly next: string | null; readonly saved: SaveWrite | null };
}

/** What the result screen shows of a won level: the world's count of the run, and what the scene knows beside it. */
export function resultOfRun(world: World, known: Pick<ResultData, 'heading' | 'runIdentity' | 'realMilliseconds' | 'marks' | 'campaign' | 'sentBack'>): ResultData {
  return {
    finishTick: world.finishTick ?? world.tick,
    catches: world.catches,
    chases: world.chases,
    childrenOut: childrenBroughtOut(world).length,
    childrenTotal: world.children.length,
    ...known,
  };
}

/** How long a watched full game shows each chapter's result before it goes on. */
const WATCHED_RESULT_MILLISECONDS = 1500;

export const RESULT_ENTRY = { next: 'next', retry: 'retry', title: 'title' } as const;

/** Next chapter first when the campaign has one, then a retry, then the title; after the campaign's last, the title first. */
export function resultEntries(campaign: ResultData['campaign']): MenuItem[] {
  const retry = { id: RESULT_ENTRY.retry, label: 'Retry this chapter' };
  const title = { id: RESULT_ENTRY.title, label: 'Back to the title' };
  if (campaign === undefined) return [retry, title];
  if (campaign.next === null) return [title, retry];
  return [{ id: RESULT_ENTRY.next, label: `Next chapter: ${campaign.next}` }, retry, title];
}

export class ResultScene extends Phaser.Scene {
  #result: ResultData = { finishTick: 0, catches: 0, chases: 0, childrenOut: 0, childrenTotal: 0, runIdentity: '' };
  /** The best before this run, recorded once when the scene starts (layout runs again on resize). */
  #record: FinishRecord = { kind: 'unknown' };
  #list: MenuList | null = null;

  constructor() {
    super(SCENE_KEYS.result);
  }

  init(data: Partial<ResultData> | undefined): void {
    this.#result = {
      finishTick: data?.finishTick ?? 0,
      catches: data?.catches ?? 0,
      chases: data?.chases ?? 0,
      sentBack: data?.sentBack ?? 0,
      childrenOut: data?.childrenOut ?? 0,
      childrenTotal: data?.childrenTotal ?? 0,
      runIdentity: data?.runIdentity ?? '',
      realMilliseconds: data?.realMilliseconds ?? 0,
      marks: data?.marks ?? PLAIN_RUN,
      ...(data?.heading === undefined ? {} : { heading: data.heading }),
      ...(data?.campaign === undefined ? {} : { campaign: data.campaign }),
    };
    const { runIdentity, finishTick } = this.#result;
    // A replay being watched is not the player's run: it keeps no best.
    const counts = competes(this.#result.marks ?? PLAIN_RUN) && getPlayback(this.game) === null;
    this.#record = counts && runIdentity !== '' && finishTick > 0 ? recordFinish({ identity: runIdentity, ticks: finishTick }) : { kind: 'unknown' };
  }

  create(): void {
    const toTitle = (): void => {
      this.#leave();
    };
    const list = new MenuList(this, new MenuModel(resultEntries(this.#result.campaign)), {
      activate: (item) => {
        if (item.id === RESULT_ENTRY.next) this.#play(campaignPlay(this.game).goOn());
        else if (item.id === RESULT_ENTRY.retry) this.#retry();
        else toTitle();
      },
    });
    this.#list = list;
    layoutOnResize(this, () => {
      this.#layout();
    });
    onKeyPresses(this, { keys: () => currentBindings().exportReplay.keys, handler: () => { downloadLastRun(); } });
    bindMenuList(this, list, { back: toTitle });
    // A full game being watched goes on by itself, as its player did.
    if (getPlayback(this.game)?.kind === 'full-game') this.time.delayedCall(WATCHED_RESULT_MILLISECONDS, () => { this.#play(campaignPlay(this.game).goOn()); });
  }

  /** The title; after the campaign's last chapter, by way of the run's statistics ("The end"), which lead there. */
  #leave(): void {
    const campaignOver = this.#result.campaign !== undefined && this.#result.campaign.next === null;
    this.scene.start(campaignOver ? SCENE_KEYS.statistics : SCENE_KEYS.title);
  }

  /** The same chapter again: in the campaign from where it started, with what it was handed; else as it was opened. */
  #retry(): void {
    if (this.#result.campaign === undefined) this.scene.start(SCENE_KEYS.level);
    else this.#play(campaignPlay(this.game).retry());
  }

  /** The chapter begun; after the campaign's last, its statistics; when nothing could begin, the title. */
  #play(begun: CampaignBegin): void {
    if (!begun.ok) {
      this.scene.start(campaignPlay(this.game).phase === 'finished' ? SCENE_KEYS.statistics : SCENE_KEYS.title);
      return;
    }
    playCampaignChapter(this, begun.chapter);
  }

  #layout(): void {
    const scale = interfaceScale(this);
    const { width, height } = this.scale;
    const centreX = Math.floor(width / 2);
    drawStarfield(this, { width, height, scale });
    let y = Math.floor(height * 0.18);
    if (this.textures.exists(CHARACTERS_TEXTURE) && this.textures.get(CHARACTERS_TEXTURE).has('mira-up-0')) {
      // Mira seen from behind, looking up at the sky she came for.
      this.add.image(centreX, y + 56 * scale, CHARACTERS_TEXTURE, 'mira-up-0').setScale(4 * scale).setOrigin(0.5, 1);
      y += 72 * scale;
    }
    this.add.text(centreX, y, this.#result.heading ?? 'Under the stars', textStyle(28 * scale, ACCENT_COLOR)).setOrigin(0.5, 0);
    y += 56 * scale;
    this.add.text(centreX, y, formatTicks(this.#result.finishTick), textStyle(48 * scale, TEXT_COLOR)).setOrigin(0.5, 0);
    y += 64 * scale;
    const marks = this.#result.marks ?? PLAIN_RUN;
    this.add
      .text(centreX, y - 8 * scale, `real time ${formatMilliseconds(this.#result.realMilliseconds ?? 0)}${marksLabel(marks)}`, textStyle(14 * scale, competes(marks) ? DIM_TEXT_COLOR : WARNING_COLOR))
      .setOrigin(0.5, 0);
    y += 20 * scale;
    const line = competes(marks) ? finishLine(this.#record, this.#result.finishTick) : { text: 'A practice run: your best times stay as they were', good: false };
    if (line !== null) {
      this.add.text(centreX, y, line.text, textStyle(18 * scale, line.good ? ACCENT_COLOR : DIM_TEXT_COLOR)).setOrigin(0.5, 0);
    }
    y += 40 * scale;
    const { catches, chases, childrenOut, childrenTotal } = this.#result;
    const sentBack = this.#result.sentBack ?? 0;
    const untouched = catches === 0 && chases === 0 && sentBack === 0;
    this.add
      .text(centreX, y, runLine({ catches, chases, sentBack }), textStyle(16 * scale, untouched ? ACCENT_COLOR : WARNING_COLOR))
      .setOrigin(0.5, 0);
    y += 26 * scale;
    if (childrenTotal > 0) {
      const brought = `${childrenOut} of ${childrenTotal} ${childrenTotal === 1 ? 'child' : 'children'} brought out with Mira`;
      this.add.text(centreX, y, brought, textStyle(16 * scale, childrenOut > 0 ? ACCENT_COLOR : DIM_TEXT_COLOR)).setOrigin(0.5, 0);
      y += 26 * scale;
    }
    // The exact count, for runners comparing times: the game runs 60 ticks a second.
    this.add.text(centreX, y, `${this.#result.finishTick} ticks      ${keysLabel('exportReplay')}: save the run as a replay`, textStyle(13 * scale, DIM_TEXT_COLOR)).setOrigin(0.5, 0);
    y += 44 * scale;
    const { campaign } = this.#result;
    if (campaign !== undefined && campaign.saved !== null) {
      // Claimed only when written; a refused write says why (the next chapter is still offered).
      const { saved: written } = campaign;
      const saved = getPlayback(this.game) !== null ? 'A replay being watched: nothing is saved' : written.ok ? 'Progress saved' : `${written.message.charAt(0).toUpperCase()}${written.message.slice(1)}`;
      this.add
        .text(centreX, y, saved, { ...textStyle(14 * scale, written.ok || getPlayback(this.game) !== null ? DIM_TEXT_COLOR : WARNING_COLOR), align: 'center', wordWrap: { width: Math.min(width - 40, 640 * scale) } })
        .setOrigin(0.5, 0);
      y += 34 * scale;
    }
    const bottom = this.#list?.place({ centreX, top: y, size: 20 * scale, gap: 6 * scale }) ?? y;
    this.add
      .text(centreX, Math.max(bottom + 16 * scale, height - 40 * scale), menuHintLines({ changes: false, back: true }).join('\n'), {
        ...textStyle(12 * scale, DIM_TEXT_COLOR),
        align: 'center',
        lineSpacing: 3 * scale,
      })
      .setOrigin(0.5, 0);
  }
}

