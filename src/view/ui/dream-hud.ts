// The HUD's corner for the group and the dream, top right: how many children follow (and wait), while
// the dream lasts its meter, a bar that empties as it slips away, and the count an exit waits for (the
// hidden door's fragments, exit-tally.ts). Hidden on a level with none of these.
import type Phaser from 'phaser';
import type { World } from '../../sim/index.ts';
import { groupLine, meterShare } from '../renderers/dream-cues.ts';
import { tallyLine } from '../renderers/exit-tally.ts';
import { dreamWayOpen } from '../renderers/dream-way.ts';
import type { EdgeArrow } from '../renderers/stealth-cues.ts';
import { ARROW_BADGE_RADIUS, arrowClearOf } from './arrow-clearance.ts';
import { PANEL_OVER_MIRA_ALPHA, miraHeightOnScreen, panelOverMira, type ScreenRect } from './goal-hint-place.ts';
import { BakedGraphics } from './baked-graphics.ts';
import { mirrorBoxAround, setMirrorBox } from './mirror-box.ts';
import { BACKGROUND_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, colorNumber, textStyle, wordScale } from './palette.ts';

const PANEL_WIDTH = 210;
/** The panel's height with the meter, its tallest. */
const PANEL_MAX_HEIGHT = 62;
const GOLD = 0xffc94a;
const MAGENTA = 0xe0479e;
const STAGE_WORDS = { waking: '', dreaming: 'dreaming together', fading: 'the dream is fading' } as const;
/** Said after the stage while the dream's way to the exit is open: the trail of sparks (dream-way.ts) is that way. */
const WAY_WORDS = ' · follow the sparks';
/** The stage's lines while the dream lasts, the panel's widest. */
const DREAM_LINES = [`${STAGE_WORDS.dreaming}${WAY_WORDS}`, STAGE_WORDS.fading];

/** What the HUD shows now, for the test hook. */
export interface DreamHudShown {
  readonly group: string | null;
  readonly meter: number | null;
  /** The count the exit waits for ("1 of 3 fragments for the analog door"), null where it counts nothing. */
  readonly tally: string | null;
  /** The corner's panel on screen (null when hidden), and the goal arrow's badge as last kept clear of it. */
  readonly panel: ScreenRect | null;
  readonly arrowBadge: { readonly x: number; readonly y: number; readonly radius: number } | null;
}

export class DreamHud {
  readonly #panel: BakedGraphics;
  readonly #group: Phaser.GameObjects.Text;
  readonly #stage: Phaser.GameObjects.Text;
  readonly #bar: Phaser.GameObjects.Graphics;
  #width = 0;
  #height = 0;
  #scale = 1;
  #shownKey = '';
  #shown: DreamHudShown = { group: null, meter: null, tally: null, panel: null, arrowBadge: null };
  #panelShown: ScreenRect | null = null;
  /** The panel's rectangle as last drawn into its texture: the meter's steps do not move it. */
  #panelDrawn: ScreenRect | null = null;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer) {
    // First on the layer, under the words: the image is added as it is made.
    this.#panel = new BakedGraphics(scene, { layer, key: 'dream-hud-panel' });
    this.#group = scene.add.text(0, 0, '', textStyle(13, TEXT_COLOR)).setOrigin(1, 0);
    this.#stage = scene.add.text(0, 0, '', textStyle(13, DIM_TEXT_COLOR)).setOrigin(1, 0);
    this.#bar = scene.add.graphics();
    layer.add([this.#group, this.#stage, this.#bar]);
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
    // The panel first shows mid-play (when the dream starts): its texture is made big enough now, for the
    // dream's longest line (update() sets the line again, the key being reset).
    const words = wordScale(scale);
    const longest = Math.max(...DREAM_LINES.map((line) => this.#stage.setFontSize(13 * words).setText(line).width));
    this.#stage.setText('');
    const widest = Math.max(PANEL_WIDTH * words, longest + 16 * scale);
    this.#panel.reserve({ width: Math.ceil(widest) + 1, height: Math.ceil(PANEL_MAX_HEIGHT * words) + 1 });
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
    const tally = tallyLine(world);
    this.#shown = { ...this.#shown, group, meter, tally };
    const visible = group !== null || meter !== null || tally !== null;
    // Redrawn only when what it says changes: the meter moves in steps of a hundredth.
    const key = `${group}|${tally}|${dreamWayOpen(world)}|${meter === null ? '' : Math.round(meter * 100)}|${world.dream.stage}|${this.#width}|${this.#scale}`;
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
    // The group's line first; a count shares the corner under it while no dream's stage needs that line.
    const stageWords = `${STAGE_WORDS[world.dream.stage]}${stageWordsTail(world)}`;
    const second = stageWords === '' && group !== null ? (tally ?? '') : stageWords;
    this.#group.setFontSize(13 * words).setText(group ?? tally ?? '');
    this.#stage.setFontSize(13 * words).setText(second);
    // Wide enough for its longest line: "1 of 3 fragments for the analog door" outgrows the group's width.
    const panelWidth = Math.max(PANEL_WIDTH * words, this.#group.width + 16 * scale, this.#stage.width + 16 * scale);
    const height = (meter !== null ? PANEL_MAX_HEIGHT : second !== '' ? 47 : 30) * words;
    const panel = { left: right - panelWidth, top: margin, width: panelWidth, height };
    const drawn = this.#panelDrawn;
    if (drawn?.left !== panel.left || drawn.top !== panel.top || drawn.width !== panel.width || drawn.height !== panel.height) {
      this.#panelDrawn = panel;
      this.#panel.redraw(panel, (graphics) => {
        graphics.fillStyle(colorNumber(BACKGROUND_COLOR), 0.85).fillRoundedRect(panel.left, panel.top, panel.width, panel.height, 6 * scale);
      });
    }
    this.#panelShown = panel;
    this.#shown = { ...this.#shown, panel: this.#panelShown };
    this.#group.setPosition(right - 8 * scale, margin + 7 * words);
    this.#stage.setPosition(right - 8 * scale, margin + 24 * words);
    this.#bar.clear();
    if (meter === null) return;
    const barLeft = right - panelWidth + 8 * scale;
    const barWidth = panelWidth - 16 * scale;
    const barTop = margin + 44 * words;
    this.#bar.fillStyle(colorNumber(BACKGROUND_COLOR), 1).fillRect(barLeft, barTop, barWidth, 8 * scale);
    this.#bar.fillStyle(world.dream.stage === 'fading' ? MAGENTA : GOLD, 1).fillRect(barLeft, barTop, barWidth * meter, 8 * scale);
    this.#bar.lineStyle(1, GOLD, 0.6).strokeRect(barLeft, barTop, barWidth, 8 * scale);
    setMirrorBox(this.#bar, mirrorBoxAround(this.#bar, { left: barLeft, top: barTop, right: barLeft + barWidth, bottom: barTop + 8 * scale }, 1));
  }
}

/** While the dream runs (not while it fades) and its way to the exit is open, the stage line points at the trail. */
function stageWordsTail(world: World): string {
  return world.dream.stage === 'dreaming' && dreamWayOpen(world) ? WAY_WORDS : '';
}
