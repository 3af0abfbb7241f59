// The colours of the stealth cues (cones, the radar's marks, the eye over Mira, the HUD's seen word), in two
// palettes: the game's own, and a colour-blind-safe one from Okabe and Ito's set, whose states also differ
// in lightness (pale yellow to dark vermillion as a meter fills). Each state has a shape of its own as well
// (cone-renderer.ts, radar-marks.ts): the palette helps, the shapes carry the meaning. No Phaser.
import type { ConeStyle } from '../../sim/index.ts';
import { accessibility } from '../accessibility.ts';

export interface CueColors {
  /** Each Enforcer state's colour; a calm or wary cone warms with its meter instead (coneColor). */
  readonly styles: Readonly<Record<ConeStyle, number>>;
  /** The first glimpse, then a full meter: a filling meter blends from one to the other. */
  readonly glimpse: number;
  readonly full: number;
}

export const STANDARD_CUE_COLORS: CueColors = {
  styles: { calm: 0x4fd8e8, wary: 0xff8028, hunting: 0xff3040, searching: 0xb070ff },
  glimpse: 0xff8028,
  full: 0xff3040,
};

/** Sky blue, yellow, vermillion and reddish purple: apart for protan, deutan and tritan eyes alike. */
export const COLOR_BLIND_CUE_COLORS: CueColors = {
  styles: { calm: 0x56b4e9, wary: 0xf0e442, hunting: 0xd55e00, searching: 0xcc79a7 },
  glimpse: 0xf0e442,
  full: 0xd55e00,
};

/** The palette the player chose in Settings. */
export function cueColors(): CueColors {
  return accessibility().colorBlindPalette ? COLOR_BLIND_CUE_COLORS : STANDARD_CUE_COLORS;
}
