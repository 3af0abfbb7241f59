// What a cone's picture is made from. A Graphics holds its commands until cleared, so while none of these
// change the cone drawn before is still right: tracing and drawing it again (41 rays, ~400 path commands)
// every tick an Enforcer stands or waits would only cost the frame. No Phaser.
import type { ConeStyle, EnforcerCue, EnforcerState, World } from '../../sim/index.ts';
import { accessibility } from '../accessibility.ts';

export interface ConeInputs {
  x: number;
  y: number;
  facingX: number;
  facingY: number;
  detection: number;
  seesMira: boolean;
  style: ConeStyle | null;
  /** The world's tiles' change count: a door shut or a wall dreamt away cuts the rays elsewhere. */
  tilesChanged: number;
  /** The settings that change a cone's colours and edges (cue-colors.ts, cone-renderer.ts). */
  colorBlindPalette: boolean;
  highContrastCones: boolean;
}

/** Inputs no cone is drawn from: the first comparison always differs. */
export function noConeInputs(): ConeInputs {
  return { x: Number.NaN, y: 0, facingX: 0, facingY: 0, detection: 0, seesMira: false, style: null, tilesChanged: -1, colorBlindPalette: false, highContrastCones: false };
}

/**
 * Whether the cone drawn from `drawn` would look different now; if so, `drawn` becomes what it is now.
 * The one object is kept and rewritten, so a tick allocates nothing here.
 */
export function coneChanged(drawn: ConeInputs, world: World, options: { readonly enforcer: EnforcerState; readonly cue: EnforcerCue }): boolean {
  const { enforcer, cue } = options;
  const { colorBlindPalette, highContrastCones } = accessibility();
  const same =
    drawn.x === enforcer.x &&
    drawn.y === enforcer.y &&
    drawn.facingX === enforcer.facingX &&
    drawn.facingY === enforcer.facingY &&
    drawn.detection === enforcer.detection &&
    drawn.seesMira === enforcer.seesMira &&
    drawn.style === cue.coneStyle &&
    drawn.tilesChanged === world.tiles.changeCount &&
    drawn.colorBlindPalette === colorBlindPalette &&
    drawn.highContrastCones === highContrastCones;
  if (same) return false;
  drawn.x = enforcer.x;
  drawn.y = enforcer.y;
  drawn.facingX = enforcer.facingX;
  drawn.facingY = enforcer.facingY;
  drawn.detection = enforcer.detection;
  drawn.seesMira = enforcer.seesMira;
  drawn.style = cue.coneStyle;
  drawn.tilesChanged = world.tiles.changeCount;
  drawn.colorBlindPalette = colorBlindPalette;
  drawn.highContrastCones = highContrastCones;
  return true;
}
