// What an Enforcer's awareness looks like: the mark over its head and the look of its cone. The only
// place the level's drawing reads `detection` and `seesMira`, so a change to how the rules expose an
// Enforcer's awareness is rewired here.
import type Phaser from 'phaser';
import { DETECTION_FULL, type EnforcerState } from '../../sim/index.ts';
import type { CharacterImages } from './character-images.ts';
import { drawCone } from './cone-renderer.ts';
import type { ConeShape } from './cone-shape.ts';
import { LEVEL_DEPTH } from './level-depths.ts';
import type { Position } from './motion.ts';

/** Detection at or above this shows the alert mark instead of the filling question mark. */
const ALERT_FRACTION = 0.7;

export function drawEnforcerCone(graphics: Phaser.GameObjects.Graphics, shape: ConeShape, enforcer: EnforcerState): void {
  drawCone(graphics, shape, { detection: enforcer.detection, seesMira: enforcer.seesMira });
}

/** The mark over one Enforcer: a question mark that fills from the bottom as its meter rises. */
export class EnforcerMark {
  private readonly background: Phaser.GameObjects.Image;
  private readonly fill: Phaser.GameObjects.Image;

  constructor(private readonly images: CharacterImages) {
    this.background = images.image('icon-question', { depth: LEVEL_DEPTH.marks, originY: 1 }).setAlpha(0.3);
    this.fill = images.image('icon-question', { depth: LEVEL_DEPTH.marks, originY: 1 });
  }

  /** `alerted`: it caught Mira a moment ago, so the mark stays full whatever the meter says now. */
  draw(enforcer: EnforcerState, options: { readonly position: Position; readonly bodyHeight: number; readonly alerted: boolean }): void {
    const { position, alerted } = options;
    const fraction = Math.min(1, enforcer.detection / DETECTION_FULL);
    const shown = fraction > 0 || alerted;
    this.background.setVisible(shown);
    this.fill.setVisible(shown);
    if (!shown) return;
    const icon = alerted || fraction >= ALERT_FRACTION ? 'icon-alert' : 'icon-question';
    const markY = position.y - options.bodyHeight - 1;
    this.images.setFrame(this.background, icon);
    this.images.setFrame(this.fill, icon);
    this.background.setPosition(position.x, markY);
    this.fill.setPosition(position.x, markY);
    const filled = alerted ? 1 : fraction;
    const height = this.fill.frame.height;
    const visible = Math.max(1, Math.round(height * filled));
    this.fill.setCrop(0, height - visible, this.fill.frame.width, visible);
  }
}
