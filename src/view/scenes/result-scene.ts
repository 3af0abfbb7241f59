// After the exit: the in-game time, the catches, and the way on: the campaign's next chapter, or the
// same level again when it was opened by itself.
import Phaser from 'phaser';
import { recordFinish, type FinishRecord, type SaveWrite } from '../../platform/save-storage.ts';
import { campaignPlay, requestChapter } from '../game-data.ts';
import { formatTicks } from '../../run/time-format.ts';
import { CHARACTERS_TEXTURE, SCENE_KEYS } from '../scene-keys.ts';
import { drawStarfield } from '../ui/starfield.ts';
import { resultKeysLine } from '../input/controls-text.ts';
import { finishLine, runLine } from '../ui/finish-text.ts';
import { bindMenuKeys, interfaceScale, layoutOnResize } from '../ui/menu-screen.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, WARNING_COLOR, textStyle } from '../ui/palette.ts';

export interface ResultData {
  readonly finishTick: number;
  readonly catches: number;
  /** Chases begun in the run: a run that was chased is never called "never caught" alone. */
  readonly chases: number;
  /** The children who came out with Mira, and how many the level held (0: a level without children). */
  readonly childrenOut: number;
  readonly childrenTotal: number;
  /** Which best time this run competes with: the run identity of the chapter and map played (src/run/run-identity.ts). */
  readonly runIdentity: string;
  /** A campaign chapter's finish: the next chapter's title (null after the last) and whether progress was saved. */
  readonly campaign?: { readonly next: string | null; readonly saved: SaveWrite };
}

export class ResultScene extends Phaser.Scene {
  private result: ResultData = { finishTick: 0, catches: 0, chases: 0, childrenOut: 0, childrenTotal: 0, runIdentity: '' };
  /** The best before this run, recorded once when the scene starts (layout runs again on resize). */
  private record: FinishRecord = { kind: 'unknown' };

  constructor() {
    super(SCENE_KEYS.result);
  }

  init(data: Partial<ResultData> | undefined): void {
    this.result = {
      finishTick: data?.finishTick ?? 0,
      catches: data?.catches ?? 0,
      chases: data?.chases ?? 0,
      childrenOut: data?.childrenOut ?? 0,
      childrenTotal: data?.childrenTotal ?? 0,
      runIdentity: data?.runIdentity ?? '',
      ...(data?.campaign === undefined ? {} : { campaign: data.campaign }),
    };
    const { runIdentity, finishTick } = this.result;
    this.record = runIdentity !== '' && finishTick > 0 ? recordFinish({ identity: runIdentity, ticks: finishTick }) : { kind: 'unknown' };
  }

  create(): void {
    layoutOnResize(this, () => {
      this.layout();
    });
    bindMenuKeys(this, {
      confirm: () => {
        this.goOn();
      },
      back: () => {
        this.scene.start(SCENE_KEYS.title);
      },
    });
  }

  /** The next chapter; the title after the campaign's last; the same level again outside a campaign. */
  private goOn(): void {
    if (this.result.campaign === undefined) {
      this.scene.start(SCENE_KEYS.level);
      return;
    }
    const next = campaignPlay(this.game).goOn();
    if (!next.ok) {
      this.scene.start(SCENE_KEYS.title);
      return;
    }
    requestChapter(this.game, next.chapter.key);
    this.scene.start(SCENE_KEYS.boot);
  }

  private layout(): void {
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
    this.add.text(centreX, y, 'Under the stars', textStyle(28 * scale, ACCENT_COLOR)).setOrigin(0.5, 0);
    y += 56 * scale;
    this.add.text(centreX, y, formatTicks(this.result.finishTick), textStyle(48 * scale, TEXT_COLOR)).setOrigin(0.5, 0);
    y += 64 * scale;
    const line = finishLine(this.record, this.result.finishTick);
    if (line !== null) {
      this.add.text(centreX, y, line.text, textStyle(18 * scale, line.good ? ACCENT_COLOR : DIM_TEXT_COLOR)).setOrigin(0.5, 0);
    }
    y += 40 * scale;
    const { catches, chases, childrenOut, childrenTotal } = this.result;
    this.add
      .text(centreX, y, runLine({ catches, chases }), textStyle(16 * scale, catches === 0 && chases === 0 ? ACCENT_COLOR : WARNING_COLOR))
      .setOrigin(0.5, 0);
    y += 26 * scale;
    if (childrenTotal > 0) {
      const brought = `${childrenOut} of ${childrenTotal} ${childrenTotal === 1 ? 'child' : 'children'} brought out with Mira`;
      this.add.text(centreX, y, brought, textStyle(16 * scale, childrenOut > 0 ? ACCENT_COLOR : DIM_TEXT_COLOR)).setOrigin(0.5, 0);
      y += 26 * scale;
    }
    // The exact count, for runners comparing times: the game runs 60 ticks a second.
    this.add.text(centreX, y, `${this.result.finishTick} ticks`, textStyle(13 * scale, DIM_TEXT_COLOR)).setOrigin(0.5, 0);
    y += 44 * scale;
    const { campaign } = this.result;
    if (campaign !== undefined) {
      // Claimed only when written; a refused write says why (the next chapter is still offered).
      const { saved: written } = campaign;
      const saved = written.ok ? 'Progress saved' : `${written.message.charAt(0).toUpperCase()}${written.message.slice(1)}`;
      this.add
        .text(centreX, y, saved, { ...textStyle(14 * scale, written.ok ? DIM_TEXT_COLOR : WARNING_COLOR), align: 'center', wordWrap: { width: Math.min(width - 40, 640 * scale) } })
        .setOrigin(0.5, 0);
      y += 34 * scale;
    }
    const goesOn = campaign === undefined ? 'run again' : campaign.next === null ? 'back to the title' : `on to ${campaign.next}`;
    this.add
      .text(centreX, y, resultKeysLine(goesOn), textStyle(16 * scale, DIM_TEXT_COLOR))
      .setOrigin(0.5, 0);
  }
}

