// Problems over a playing level, until dismissed: a playable map's warnings, or the errors of a save
// that live reload could not play. Grouped and capped like the problems screen; drawn by the interface
// camera, like the HUD.
import Phaser from 'phaser';
import { digestProblems, moreProblemsLine } from '../../level/problem-digest.ts';
import type { OverlayProblems } from '../game-data.ts';
import { BINDINGS } from '../input/bindings.ts';
import { dismissLine } from '../input/controls-text.ts';
import { onKeyPresses } from '../input/key-presses.ts';
import { padButtonsOf } from '../input/pad-buttons.ts';
import { ERROR_COLOR, TEXT_COLOR, WARNING_COLOR, textStyle, wordScale } from './palette.ts';

/** Entries listed over the game: a panel, not a page; the problems screen is where long lists go. */
const OVERLAY_ENTRIES = 6;

export class ProblemsOverlay {
  readonly #panel: Phaser.GameObjects.Rectangle;
  readonly #text: Phaser.GameObjects.Text;
  #shown: OverlayProblems | null = null;
  #size = { width: 1, height: 1, scale: 1 };

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer) {
    this.#panel = scene.add.rectangle(0, 0, 1, 1, 0x05040a, 0.86).setOrigin(0, 0).setStrokeStyle(1, 0x9a93c0, 0.6);
    this.#text = scene.add.text(0, 0, '', { ...textStyle(13, TEXT_COLOR), lineSpacing: 3 });
    layer.add([this.#panel, this.#text]);
    this.show(null);
  }

  get visible(): boolean {
    return this.#shown !== null;
  }

  show(overlay: OverlayProblems | null): void {
    this.#shown = overlay;
    this.#panel.setVisible(overlay !== null);
    this.#text.setVisible(overlay !== null);
    if (overlay === null) return;
    const digest = digestProblems(overlay.problems, OVERLAY_ENTRIES);
    const lines = [overlay.title, ''];
    for (const entry of digest.entries) {
      lines.push(`${entry.severity === 'error' ? 'ERROR' : 'WARNING'}${entry.count > 1 ? ` (${entry.count} times)` : ''}  ${entry.place}`, `  ${entry.message}`, `  → ${entry.hint}`);
    }
    const more = moreProblemsLine(digest);
    if (more !== null) lines.push(more);
    lines.push('', dismissLine());
    this.#text.setText(lines).setColor(digest.errors > 0 ? ERROR_COLOR : WARNING_COLOR);
    this.layout(this.#size.width, this.#size.height, this.#size.scale);
  }

  layout(width: number, height: number, scale: number): void {
    this.#size = { width, height, scale };
    const margin = 12 * scale;
    const wrap = Math.min(width - margin * 4, 760 * scale);
    this.#text.setFontSize(13 * wordScale(scale)).setLineSpacing(3 * scale).setWordWrapWidth(wrap).setPosition(margin * 2, margin * 2 + 40 * scale);
    this.#panel.setPosition(margin, margin + 40 * scale).setSize(wrap + margin * 2, Math.min(height - margin * 2, this.#text.height + margin * 2));
  }
}

/**
 * Hides the warnings shown over a custom level on the dismiss key, a click or the pad's dismiss button,
 * for as long as this run of the scene lasts; `onDismissed` forgets them so a restart does not show them again.
 */
export function bindProblemsDismiss(scene: Phaser.Scene, options: { readonly overlay: ProblemsOverlay; readonly onDismissed: () => void }): void {
  const dismiss = (): void => {
    if (!options.overlay.visible) return;
    options.onDismissed();
    options.overlay.show(null);
  };
  onKeyPresses(scene, { keys: BINDINGS.dismiss.keys, handler: dismiss });
  scene.input.on(Phaser.Input.Events.POINTER_UP, dismiss);
  const dismissButtons = padButtonsOf(BINDINGS.dismiss.pad);
  const onPadButton = (_pad: Phaser.Input.Gamepad.Gamepad, button: Phaser.Input.Gamepad.Button): void => {
    if (dismissButtons.includes(button.index)) dismiss();
  };
  scene.input.gamepad?.on(Phaser.Input.Gamepad.Events.BUTTON_DOWN, onPadButton);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.input.gamepad?.off(Phaser.Input.Gamepad.Events.BUTTON_DOWN, onPadButton));
}
