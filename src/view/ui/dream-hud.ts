// The HUD's corner for the group and the dream, top right: how many children follow (and wait), and while
// the dream lasts its meter, a bar that empties as it slips away. Hidden on a level without children or
// circles, so the night escape's HUD is unchanged.
import type Phaser from 'phaser';
import type { World } from '../../sim/index.ts';
import { groupLine, meterShare } from '../renderers/dream-cues.ts';
import type { EdgeArrow } from '../renderers/stealth-cues.ts';
import { ARROW_BADGE_RADIUS, arrowClearOf } from './arrow-clearance.ts';
import { PANEL_OVER_MIRA_ALPHA, miraHeightOnScreen, panelOverMira, type ScreenRect } from './goal-hint-place.ts';
import { BACKGROUND_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, colorNumber, textStyle, wordScale } from './palette.ts';

const PANEL_WIDTH = 210;
const GOLD = 0xffc94a;
const MAGENTA = 0xe0479e;
const STAGE_WORDS = { waking: '', dreaming: 'dreaming together', fading: 'the dream is fading' } as const;

/** What the HUD shows now, for the test hook. */
export interface DreamHudShown {
  readonly group: string | null;
  readonly meter: number | null;
  /** The corner's panel on screen (null when hidden), and the goal arrow's badge as last kept clear of it. */
  readonly panel: ScreenRect | null;
  readonly arrowBadge: { readonly x: number; readonly y: number; readonly radius: number } | null;
}

export class DreamHud {
  readonly #panel: Phaser.GameObjects.Graphics;
  readonly #group: Phaser.GameObjects.Text;
  readonly #stage: Phaser.GameObjects.Text;
  readonly #bar: Phaser.GameObjects.Graphics;
  #width = 0;
  #height = 0;
  #scale = 1;
  #shownKey = '';
  #shown: DreamHudShown = { group: null, meter: null, panel: null, arrowBadge: null };
  #panelShown: ScreenRect | null = null;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer) {
    this.#panel = scene.add.graphics();
    this.#group = scene.add.text(0, 0, '', textStyle(13, TEXT_COLOR)).setOrigin(1, 0);
    this.#stage = scene.add.text(0, 0, '', textStyle(13, DIM_TEXT_COLOR)).setOrigin(1, 0);
    this.#bar = scene.add.graphics();
    layer.add([this.#panel, this.#group, this.#stage, this.#bar]);
  }

  get lastShown(): DreamHudShown {
    return this.#shown;
  }

  /** The goal arrow moved along the screen's edge off this corner's panel, so the two never touch. */
  keepArrowClear(arrow: EdgeArrow | null): EdgeArrow | null {
    const radius = ARROW_BADGE_RADIUS * this.#scale;
    const kept = arrowClearOf(arrow, { panel: this.#panelShown, radius, gap: 6 * this.#scale });
    const arrowBadge = kept === null ? null : { x: kept.x - Math.cos(kept.angle) * radius, y: kept.y - Math.sin(kept.angle) * radius, radius };
    this.#shown = { ...this.#shown, arrowBadge };
    return kept;
  }

  layout(width: number, height: number, scale: number): void {
    this.#width = width;
    this.#height = height;
    this.#scale = scale;
    this.#shownKey = '';
  }

  /** The panel fades while Mira stands under it (the night escape's gate is in that corner of its map). */
  stepBackFrom(mira: { readonly x: number; readonly y: number }): void {
    const panel = this.#panelShown;
    const over = panel !== null && panelOverMira(panel, mira, { bodyHeight: miraHeightOnScreen(this.#width, this.#height), slack: 4 * this.#scale });
    const alpha = over ? PANEL_OVER_MIRA_ALPHA : 1;
    if (this.#panel.alpha === alpha) return;
    for (const object of [this.#panel, this.#group, this.#stage, this.#bar]) object.setAlpha(alpha);
  }

  update(world: World): void {
    const group = groupLine(world);
    const meter = meterShare(world);
    this.#shown = { ...this.#shown, group, meter };
    const visible = group !== null || meter !== null;
    // Redrawn only when what it says changes: the meter moves in steps of a hundredth.
    const key = `${group}|${meter === null ? '' : Math.round(meter * 100)}|${world.dream.stage}|${this.#width}|${this.#scale}`;
    if (key === this.#shownKey) return;
    this.#shownKey = key;
    for (const object of [this.#panel, this.#group, this.#stage, this.#bar]) object.setVisible(visible);
    this.#panelShown = null;
    this.#shown = { ...this.#shown, panel: null };
    if (!visible) return;
    const scale = this.#scale;
    const margin = 12 * scale;
    const right = this.#width - margin;
    // The panel grows with the player's text size, the words and the meter bar inside it too.
    const words = wordScale(scale);
    const panelWidth = PANEL_WIDTH * words;
    const height = (meter === null ? 30 : 62) * words;
    this.#panel.clear().fillStyle(colorNumber(BACKGROUND_COLOR), 0.85).fillRoundedRect(right - panelWidth, margin, panelWidth, height, 6 * scale);
    this.#panelShown = { left: right - panelWidth, top: margin, width: panelWidth, height };
    this.#shown = { ...this.#shown, panel: this.#panelShown };
    this.#group.setFontSize(13 * words).setPosition(right - 8 * scale, margin + 7 * words).setText(group ?? '');
    this.#stage.setFontSize(13 * words).setPosition(right - 8 * scale, margin + 24 * words).setText(STAGE_WORDS[world.dream.stage]);
    this.#bar.clear();
    if (meter === null) return;
    const barLeft = right - panelWidth + 8 * scale;
    const barWidth = panelWidth - 16 * scale;
    const barTop = margin + 44 * words;
    this.#bar.fillStyle(colorNumber(BACKGROUND_COLOR), 1).fillRect(barLeft, barTop, barWidth, 8 * scale);
    this.#bar.fillStyle(world.dream.stage === 'fading' ? MAGENTA : GOLD, 1).fillRect(barLeft, barTop, barWidth * meter, 8 * scale);
    this.#bar.lineStyle(1, GOLD, 0.6).strokeRect(barLeft, barTop, barWidth, 8 * scale);
  }
}
