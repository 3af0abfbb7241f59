// What an Enforcer's awareness looks like: the mark over its head (which the rules choose, in
// enforcerCue) and the look of its cone (its meter and whether it sees Mira).
import type Phaser from 'phaser';
import { DETECTION_FULL, type EnforcerCue, type EnforcerState } from '../../sim/index.ts';
import type { CharacterImages } from './character-images.ts';
import { drawCone } from './cone-renderer.ts';
import type { ConeShape } from './cone-shape.ts';
import { LEVEL_DEPTH } from './level-depths.ts';
import type { Position } from './motion.ts';

export function drawEnforcerCone(
  graphics: Phaser.GameObjects.Graphics,
  shape: ConeShape,
  options: { readonly enforcer: EnforcerState; readonly cue: EnforcerCue },
): void {
  const { enforcer, cue } = options;
  drawCone(graphics, shape, { detection: enforcer.detection, seesMira: enforcer.seesMira, style: cue.coneStyle, look: enforcer.look });
}

/** The mark over one Enforcer: a question mark that fills from the bottom as its meter rises, then "!". */
export class EnforcerMark {
  readonly #background: Phaser.GameObjects.Image;
  readonly #fill: Phaser.GameObjects.Image;

  readonly #images: CharacterImages;

  constructor(images: CharacterImages) {
    this.#images = images;
    this.#background = images.image('icon-question', { depth: LEVEL_DEPTH.marks, originY: 1 }).setAlpha(0.3);
    this.#fill = images.image('icon-question', { depth: LEVEL_DEPTH.marks, originY: 1 });
  }

  /** `alerted`: it caught Mira a moment ago, so the mark stays full whatever the meter says now. */
  draw(cue: EnforcerCue, options: { readonly position: Position; readonly bodyHeight: number; readonly alerted: boolean }): void {
    const { position, alerted } = options;
    const fraction = cue.glyphFill / DETECTION_FULL;
    const shown = cue.glyph !== null || alerted;
    this.#background.setVisible(shown);
    this.#fill.setVisible(shown);
    if (!shown) return;
    const icon = alerted || cue.glyph === 'alert' ? 'icon-alert' : 'icon-question';
    const markY = position.y - options.bodyHeight - 1;
    this.#images.setFrame(this.#background, icon);
    this.#images.setFrame(this.#fill, icon);
    this.#background.setPosition(position.x, markY);
    this.#fill.setPosition(position.x, markY);
    const filled = alerted ? 1 : fraction;
    const height = this.#fill.frame.height;
    const visible = Math.max(1, Math.round(height * filled));
    this.#fill.setCrop(0, height - visible, this.#fill.frame.width, visible);
  }
}
