// The music's visual cue: a small caption ("♪ the Enforcers are near") in the top-right corner (in a level,
// under the HUD's panel at the top left) whenever the music changes, so a player who cannot hear it still reads what it says.
// A scene of its own, last in the scene list, drawn over every screen; it sleeps while nothing is shown.
import Phaser from 'phaser';
import { SCENE_KEYS } from '../scene-keys.ts';
import { interfaceScale } from '../ui/menu-screen.ts';
import { ACCENT_COLOR, textStyle, wordScale } from '../ui/palette.ts';

export const MUSIC_CAPTION_SCENE = 'music-caption';

/** How long a caption stays, then how long it fades. */
const SHOWN_MILLISECONDS = 3500;
const FADE_MILLISECONDS = 600;
/**
 * In a level, under the HUD's time panel (hud.ts: 12 px margin, a 105 px panel that grows with the text
 * size); elsewhere in the corner. Placed each frame: a caption shown over an intro stays on into its level.
 */
const PANEL_MARGIN = 12;
const PANEL_HEIGHT = 105;
const TOP = 16;
const LEFT = 12;

export class MusicCaptionScene extends Phaser.Scene {
  #caption: Phaser.GameObjects.Text | null = null;
  #backdrop: Phaser.GameObjects.Rectangle | null = null;
  #shownAt = -Infinity;
  #waiting: string | null = null;

  constructor() {
    super(MUSIC_CAPTION_SCENE);
  }

  create(): void {
    this.#backdrop = this.add.rectangle(0, 0, 1, 1, 0x07060d, 0.7).setOrigin(0, 0);
    this.#caption = this.add.text(0, 0, '', textStyle(12, ACCENT_COLOR));
    this.#shownAt = -Infinity;
    if (this.#waiting !== null) this.show(this.#waiting);
    this.#waiting = null;
    // Placed at once when the window changes, as the screens under it lay themselves out, not a step later.
    const placeResized = (): void => {
      this.#place({ resized: true });
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, placeResized);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, placeResized);
    });
  }

  /** Shows `text` now (or as soon as the scene has started), replacing the caption before. */
  show(text: string): void {
    const caption = this.#caption;
    if (caption === null || !caption.active) {
      this.#waiting = text;
      return;
    }
    caption.setText(text).setFontSize(12 * interfaceScale(this));
    this.#place({ resized: true });
    this.#shownAt = this.game.loop.time;
  }

  /** Under the level's time panel while a level runs, else in the corner. */
  #place(options: { readonly resized: boolean } = { resized: false }): void {
    const caption = this.#caption;
    const backdrop = this.#backdrop;
    if (caption === null || backdrop === null) return;
    const scale = interfaceScale(this);
    const padding = 4 * scale;
    const inLevel = this.game.scene.isActive(SCENE_KEYS.level);
    const top = inLevel ? PANEL_MARGIN * scale + PANEL_HEIGHT * wordScale(scale) + 7 * scale : TOP * scale;
    // On menus the top-right corner: a long menu in a short window reaches the top of the screen, but
    // its column stays in the middle.
    const left = inLevel ? (LEFT + 8) * scale : this.scale.width - (LEFT + 8) * scale - caption.width;
    if (!options.resized && caption.y === top && caption.x === left) return;
    caption.setPosition(left, top);
    backdrop.setPosition(caption.x - padding, caption.y - padding).setSize(caption.width + 2 * padding, caption.height + 2 * padding);
  }

  override update(time: number): void {
    const caption = this.#caption;
    const backdrop = this.#backdrop;
    if (caption === null || backdrop === null) return;
    this.#place();
    const age = time - this.#shownAt;
    const alpha = age < SHOWN_MILLISECONDS ? 1 : Math.max(0, 1 - (age - SHOWN_MILLISECONDS) / FADE_MILLISECONDS);
    caption.setAlpha(alpha);
    backdrop.setAlpha(alpha);
    // Nothing left to show: the scene sleeps and costs no frame until the next caption wakes it.
    if (alpha === 0) this.scene.sleep();
  }
}
