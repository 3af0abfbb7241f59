// The level's heads-up display: in-game time, catches, whether Mira is seen, the level's alert and its
// time to calm, her marbles left, the goal at the start (where goal-hint-place.ts says, clear of her), an
// arrow to an exit off screen, a controls hint at the start, and the finish banner (the pause overlay is
// pause-overlay.ts).
// Drawn by a camera at zoom 1 so text stays sharp whatever zoom the world uses.
import Phaser from 'phaser';
import { formatTicks } from '../../run/time-format.ts';
import { TICKS_PER_SECOND, type AlertLevel, type AlertState } from '../../sim/index.ts';
import { hudHintEntries, marbleLine } from '../input/controls-text.ts';
import { coneColor, meterWordDetection } from '../renderers/cone-shape.ts';
import { alertLine, goalHintAlpha, visibilityWord, type EdgeArrow, type MiraVisibility } from '../renderers/stealth-cues.ts';
import { GOAL_HINT_PADDING, PANEL_OVER_MIRA_ALPHA, goalHintPlace, goalHintWrapWidth, miraHeightOnScreen, panelOverMira } from './goal-hint-place.ts';
import { isSplitsShown, isTimerShown } from '../display-preferences.ts';
import { readSpeedrunMode } from '../../platform/preferences.ts';
import { radarReach } from './radar.ts';
import { ARROW_BADGE_RADIUS } from './arrow-clearance.ts';
import { ACCENT_COLOR, BACKGROUND_COLOR, DIM_TEXT_COLOR, ERROR_COLOR, TEXT_COLOR, WARNING_COLOR, colorNumber, textStyle, wordScale } from './palette.ts';
import { changeTextAndColor } from './text-changes.ts';
import { clockFont } from './glyph-font.ts';
import { BakedGraphics } from './baked-graphics.ts';
import { mirrorBoxAround, setMirrorBox } from './mirror-box.ts';

// Entries joined by single spaces, everything else no-break: a narrow window wraps between entries,
// never inside "Esc: pause", and wrapped lines carry no stray spaces that would shift them off centre.
// Built as it is shown: the keys are the player's, on the device used last.
function hintText(): string {
  return hudHintEntries()
    .map((entry) => `\u00a0\u00a0${entry}\u00a0\u00a0`.replaceAll(' ', '\u00a0'))
    .join(' ')
    .trim();
}
/** The hint stays this long into a run, then fades over a second: by then the player has moved. */
const HINT_TICKS = 6 * TICKS_PER_SECOND;
const PANEL_COLOR = colorNumber(BACKGROUND_COLOR);
/** Nearly opaque: a cone passing under the panel must not show through the time. */
const PANEL_ALPHA = 0.85;
/** The time panel over Mira (her bed in the map's corner) steps back this far, so she shows through. */
/** Unscaled size of the time panel. */
const TIME_PANEL = { width: 214, height: 105 } as const;
const ARROW_COLOR = colorNumber(ACCENT_COLOR);
/** The alert line's colour; its glyph (alertLine) carries the same news for eyes that miss the colour. */
const ALERT_COLORS: Readonly<Record<AlertLevel, string>> = { calm: DIM_TEXT_COLOR, caution: WARNING_COLOR, alarm: ERROR_COLOR };

export interface HudState {
  readonly tick: number;
  readonly catches: number;
  readonly visibility: MiraVisibility;
  readonly sneaking: boolean;
  /** Tick of Mira's first step this run, null until she moves: it dismisses the goal hint. */
  readonly firstMoveTick: number | null;
  /** Screen pixels; null while the exit is on screen. */
  readonly exitArrow: EdgeArrow | null;
  readonly alert: AlertState;
  /** Marbles left to toss this chapter. */
  readonly marbles: number;
  /** Said after the catches for a marked run (` (assisted)`); '' for a plain one. */
  readonly marks?: string;
  /** Mira's feet on screen (interface pixels): the goal hint keeps clear of her. */
  readonly miraScreen?: { readonly x: number; readonly y: number };
}

export class Hud {
  readonly #panel: BakedGraphics;
  /** Bitmap glyphs, not a Text: the clock changes every tick, and a Text would redraw and upload each time. */
  readonly #time: Phaser.GameObjects.BitmapText;
  readonly #catches: Phaser.GameObjects.Text;
  readonly #visibilityText: Phaser.GameObjects.Text;
  readonly #alertText: Phaser.GameObjects.Text;
  #shownAlert = '';
  readonly #marblesText: Phaser.GameObjects.Text;
  #shownMarbles = '';
  readonly #goal: Phaser.GameObjects.Text;
  readonly #goalBackdrop: BakedGraphics;
  readonly #arrow: Phaser.GameObjects.Graphics;
  readonly #hint: Phaser.GameObjects.Text;
  readonly #hintBackdrop: BakedGraphics;
  readonly #banner: Phaser.GameObjects.Text;
  #shownTick = -1;
  #shownCatches = '';
  #shownVisibility = '';
  #scale = 1;
  #size = { width: 0, height: 0 };
  /** Which edge the goal hint stands at now: it moves only when Mira's place says the other. */
  #goalEdge: 'top' | 'bottom' | null = null;
  /** Whether speedrun mode's splits fill the top-right corner (read at each layout): the goal hint keeps off the top. */
  #splitsCorner = false;
  /** The exit arrow as last drawn (x, y, angle, breath, scale): the same arrow is not built again. */
  #shownArrow: readonly number[] | null = null;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer, goalText: string) {
    // First on the layer, under the words: the image is added as it is made.
    this.#panel = new BakedGraphics(scene, { layer, key: 'hud-time-panel' });
    this.#time = scene.add.bitmapText(0, 0, clockFont(scene, { sizePixels: 20, color: TEXT_COLOR }), '');
    this.#catches = scene.add.text(0, 0, '', textStyle(13, DIM_TEXT_COLOR));
    this.#visibilityText = scene.add.text(0, 0, '', textStyle(13, DIM_TEXT_COLOR));
    this.#alertText = scene.add.text(0, 0, '', textStyle(13, DIM_TEXT_COLOR));
    this.#marblesText = scene.add.text(0, 0, '', textStyle(13, DIM_TEXT_COLOR));
    this.#goal = scene.add.text(0, 0, goalText, textStyle(16, TEXT_COLOR)).setOrigin(0.5, 0).setAlign('center');
    this.#arrow = scene.add.graphics();
    this.#hint = scene.add.text(0, 0, hintText(), textStyle(13, TEXT_COLOR)).setOrigin(0.5, 1).setAlign('center');
    this.#banner = scene.add
      .text(0, 0, '', { ...textStyle(36, ACCENT_COLOR), stroke: BACKGROUND_COLOR, strokeThickness: 6 })
      .setOrigin(0.5, 0.5)
      .setAlign('center')
      .setVisible(false);
    // The backdrops' images join the layer as they are made: each between the words it lies under and those before.
    layer.add([
      this.#time,
      this.#catches,
      this.#visibilityText,
      this.#alertText,
      this.#marblesText,
    ]);
    this.#goalBackdrop = new BakedGraphics(scene, { layer, key: 'hud-goal-backdrop' });
    layer.add([this.#goal, this.#arrow]);
    this.#hintBackdrop = new BakedGraphics(scene, { layer, key: 'hud-hint-backdrop' });
    layer.add([this.#hint, this.#banner]);
  }

  layout(width: number, height: number, scale: number): void {
    this.#scale = scale;
    const margin = 12 * scale;
    // The panel's words, their lines and the panel itself grow with the player's text size.
    const words = wordScale(scale);
    const timeSize = 20 * words;
    this.#time.setFont(clockFont(this.#time.scene, { sizePixels: timeSize, color: TEXT_COLOR }), timeSize).setPosition(margin + 8 * scale, margin + 4 * words);
    this.#catches.setFontSize(13 * words).setPosition(margin + 8 * scale, margin + 30 * words);
    this.#visibilityText.setFontSize(13 * words).setPosition(margin + 8 * scale, margin + 47 * words);
    this.#alertText.setFontSize(13 * words).setPosition(margin + 8 * scale, margin + 64 * words);
    this.#marblesText.setFontSize(13 * words).setPosition(margin + 8 * scale, margin + 81 * words);
    const panel = { left: margin, top: margin, width: TIME_PANEL.width * words, height: TIME_PANEL.height * words };
    this.#panel.redraw(panel, (graphics) => {
      graphics.fillStyle(PANEL_COLOR, PANEL_ALPHA).fillRoundedRect(panel.left, panel.top, panel.width, panel.height, 6 * scale);
    });

    this.#size = { width, height };
    this.#splitsCorner = readSpeedrunMode() && isSplitsShown();
    this.#goal.setFontSize(16 * words).setWordWrapWidth(goalHintWrapWidth(width, scale));
    this.#goalEdge = null;

    this.#hint
      .setFontSize(13 * words)
      // Centred, it keeps as clear of the left edge as of the radar in the bottom-right corner.
      .setWordWrapWidth(width - 2 * (radarReach(scale) + margin))
      .setPosition(Math.floor(width / 2), height - margin);
    this.#backdropBehind(this.#hintBackdrop, this.#hint, { top: this.#hint.y - this.#hint.height, padding: 6 * scale });

    this.#banner
      .setFontSize(36 * words)
      .setStroke(BACKGROUND_COLOR, 6 * scale)
      .setPosition(Math.floor(width / 2), Math.floor(height * 0.4));
  }

  /** The moment the level is won, said at once over the level before the result screen; null hides it. */
  showFinished(finished: { readonly banner: string; readonly finishTick: number } | null): void {
    this.#banner.setText(finished ? `${finished.banner}\n${formatTicks(finished.finishTick)}` : '').setVisible(finished !== null);
  }

  update(state: HudState): void {
    const { tick, catches } = state;
    if (tick !== this.#shownTick) {
      this.#shownTick = tick;
      this.#time.setText(formatTicks(tick));
    }
    // Once the banner is up, the start-of-run helpers stay hidden.
    const helpersShown = !this.#banner.visible;
    const fade = helpersShown ? Math.min(1, Math.max(0, (HINT_TICKS + TICKS_PER_SECOND - tick) / TICKS_PER_SECOND)) : 0;
    this.#hint.setAlpha(fade).setVisible(fade > 0);
    if (fade > 0) this.#showHint(hintText());
    this.#time.setVisible(isTimerShown());
    this.#hintBackdrop.setAlpha(fade).setVisible(fade > 0);
    const goalAlpha = helpersShown ? goalHintAlpha(tick, state.firstMoveTick) : 0;
    if (goalAlpha > 0) this.#placeGoal(state.miraScreen?.y ?? null);
    this.#goal.setAlpha(goalAlpha).setVisible(goalAlpha > 0);
    this.#goalBackdrop.setAlpha(goalAlpha).setVisible(goalAlpha > 0);
    const catchLine = `${catches === 0 ? 'never caught' : `caught ${catches}×`}${state.marks ?? ''}`;
    if (catchLine !== this.#shownCatches) {
      this.#shownCatches = catchLine;
      changeTextAndColor(this.#catches, catchLine, catches === 0 ? DIM_TEXT_COLOR : WARNING_COLOR);
    }
    this.#updateVisibility(state.visibility, state.sneaking);
    const alert = alertLine(state.alert);
    const alertKey = `${alert.text}|${alert.level}`;
    if (alertKey !== this.#shownAlert) {
      this.#shownAlert = alertKey;
      changeTextAndColor(this.#alertText, alert.text, ALERT_COLORS[alert.level]);
    }
    const marbles = marbleLine(state.marbles);
    if (marbles !== this.#shownMarbles) {
      this.#shownMarbles = marbles;
      this.#marblesText.setText(marbles);
    }
    this.#drawArrow(state.exitArrow, tick);
    this.#stepBackFrom(state.miraScreen ?? null);
  }

  /** The time panel fades while Mira stands under it, and comes back once she leaves. */
  #stepBackFrom(mira: { readonly x: number; readonly y: number } | null): void {
    const scale = this.#scale;
    const margin = 12 * scale;
    const panel = { left: margin, top: margin, width: TIME_PANEL.width * wordScale(scale), height: TIME_PANEL.height * wordScale(scale) };
    const over = mira !== null && panelOverMira(panel, mira, { bodyHeight: miraHeightOnScreen(this.#size.width, this.#size.height), slack: 4 * scale });
    const alpha = over ? PANEL_OVER_MIRA_ALPHA : 1;
    if (this.#panel.alpha === alpha) return;
    for (const object of [this.#panel, this.#time, this.#catches, this.#visibilityText, this.#alertText, this.#marblesText]) object.setAlpha(alpha);
  }

  /** The goal hint at the edge farther from Mira, above the controls hint while that shows. */
  #placeGoal(miraY: number | null): void {
    const { width, height } = this.#size;
    const scale = this.#scale;
    const bottomReserved = this.#hint.visible ? height - (this.#hint.y - this.#hint.height) + 3 * scale : 0;
    const place = goalHintPlace({ width, height, scale, goalHeight: this.#goal.height, bottomReserved, miraY, timePanelScale: wordScale(scale), topStripFree: !this.#splitsCorner });
    if (place.edge === this.#goalEdge && this.#goal.y === place.top) return;
    this.#goalEdge = place.edge;
    this.#goal.setPosition(place.centreX, place.top);
    this.#backdropBehind(this.#goalBackdrop, this.#goal, { top: place.top, padding: GOAL_HINT_PADDING * scale });
  }

  /** A new hint (a key rebound, a pad picked up): its backdrop follows its size. */
  #showHint(text: string): void {
    if (text === this.#hint.text) return;
    this.#hint.setText(text);
    this.#backdropBehind(this.#hintBackdrop, this.#hint, { top: this.#hint.y - this.#hint.height, padding: 6 * this.#scale });
  }

  #updateVisibility(visibility: MiraVisibility, sneaking: boolean): void {
    const word = visibilityWord(visibility.state);
    const text = sneaking && visibility.state !== 'caught' ? `${word} · sneaking` : word;
    const color =
      visibility.state === 'caught'
        ? ERROR_COLOR
        : visibility.state === 'seen'
          ? `#${coneColor(meterWordDetection(visibility.worstDetection)).toString(16).padStart(6, '0')}`
          : DIM_TEXT_COLOR;
    const key = `${text}|${color}`;
    if (key === this.#shownVisibility) return;
    this.#shownVisibility = key;
    changeTextAndColor(this.#visibilityText, `${visibility.state === 'hidden' ? '○' : '●'} ${text}`, color);
  }

  /** A badge at the screen's edge with an arrow pointing at the exit; its ring breathes so the eye finds it. */
  #drawArrow(arrow: EdgeArrow | null, tick: number): void {
    const breath = 0.35 + 0.25 * (Math.floor(tick / 20) % 2);
    const shown = this.#shownArrow;
    if (arrow === null ? shown === null : shown !== null && shown[0] === arrow.x && shown[1] === arrow.y && shown[2] === arrow.angle && shown[3] === breath && shown[4] === this.#scale) return;
    this.#shownArrow = arrow === null ? null : [arrow.x, arrow.y, arrow.angle, breath, this.#scale];
    this.#arrow.clear();
    if (!arrow) return;
    const radius = ARROW_BADGE_RADIUS * this.#scale;
    // The badge sits inside the screen by its radius, the arrow's tip at the side facing the exit.
    const directionX = Math.cos(arrow.angle);
    const directionY = Math.sin(arrow.angle);
    const centreX = arrow.x - directionX * radius;
    const centreY = arrow.y - directionY * radius;
    const size = 8 * this.#scale;
    const tipX = centreX + directionX * size;
    const tipY = centreY + directionY * size;
    const sideX = -directionY * size * 0.8;
    const sideY = directionX * size * 0.8;
    const backX = centreX - directionX * size * 0.7;
    const backY = centreY - directionY * size * 0.7;
    const points = [
      new Phaser.Math.Vector2(tipX, tipY),
      new Phaser.Math.Vector2(backX + sideX, backY + sideY),
      new Phaser.Math.Vector2(centreX - directionX * size * 0.2, centreY - directionY * size * 0.2),
      new Phaser.Math.Vector2(backX - sideX, backY - sideY),
    ];
    this.#arrow.fillStyle(PANEL_COLOR, 0.7).fillCircle(centreX, centreY, radius);
    this.#arrow.lineStyle(Math.max(1, this.#scale * 1.5), ARROW_COLOR, breath).strokeCircle(centreX, centreY, radius);
    this.#arrow.fillStyle(ARROW_COLOR, 1).fillPoints(points, true);
    const reach = radius + Math.max(1, this.#scale * 1.5);
    setMirrorBox(this.#arrow, mirrorBoxAround(this.#arrow, { left: centreX - reach, top: centreY - reach, right: centreX + reach, bottom: centreY + reach }, 1));
  }

  #backdropBehind(
    backdrop: BakedGraphics,
    text: Phaser.GameObjects.Text,
    options: { readonly top: number; readonly padding: number },
  ): void {
    const { padding } = options;
    const panel = { left: Math.floor(text.x - text.width / 2 - padding), top: options.top - padding / 2, width: text.width + padding * 2, height: text.height + padding };
    backdrop.redraw(panel, (graphics) => {
      graphics.fillStyle(PANEL_COLOR, PANEL_ALPHA).fillRoundedRect(panel.left, panel.top, panel.width, panel.height, 6 * this.#scale);
    });
  }
}
