// Words that change every tick (the HUD's time) drawn from glyphs rendered once. A Phaser Text redraws its
// canvas and uploads it to the GPU whenever its words change: every frame for a running clock, a cost the
// software-WebGL player pays twice (our JavaScript, then the GPU process). A bitmap font built from the same
// canvas font costs one upload per size and colour, and the clock then only moves quads.
import Phaser from 'phaser';
import { FONT_FAMILY } from './palette.ts';

/** What a clock, a split's difference and the splits' `Game` and `Real` lines can say: single code units, split safely. */
export const CLOCK_GLYPHS = '0123456789:.-+ GameRl';

/** Fonts kept at once: a window resized through many interface scales must not pile up textures. */
const KEPT_FONTS = 8;
const keptFonts: string[] = [];

/**
 * The key of a bitmap font (in the game's bitmap-font cache) holding the clock's glyphs at this size and
 * colour, rendered the first time it is asked for. Each glyph comes from a Phaser Text of the same style,
 * so its ink and its place against the baseline are the Text's own; the glyphs advance by the font's own
 * (fractional) advance, as the characters of a monospace Text do.
 */
export function clockFont(scene: Phaser.Scene, options: { readonly sizePixels: number; readonly color: string }): string {
  const { sizePixels, color } = options;
  if (!(sizePixels > 0) || !Number.isFinite(sizePixels)) throw new Error(`clockFont: size must be a positive number of pixels, got ${sizePixels}`);
  const key = `clock-font:${sizePixels}:${color}`;
  const kept = keptFonts.indexOf(key);
  if (kept >= 0) keptFonts.splice(kept, 1);
  keptFonts.push(key);
  if (scene.cache.bitmapFont.exists(key)) return key;
  renderClockFont(scene, { key, sizePixels, color });
  while (keptFonts.length > KEPT_FONTS) {
    const oldest = keptFonts.shift()!;
    scene.cache.bitmapFont.remove(oldest);
    scene.textures.remove(oldest);
  }
  return key;
}

function renderClockFont(scene: Phaser.Scene, options: { readonly key: string; readonly sizePixels: number; readonly color: string }): void {
  const { key, sizePixels, color } = options;
  const style = { fontFamily: FONT_FAMILY, fontSize: `${sizePixels}px`, color };
  const glyphs = CLOCK_GLYPHS.split('').map((glyph) => scene.make.text({ text: glyph, style }, false));
  // A Text's context keeps its font: a long run of one character gives the advance to a fraction of a pixel.
  const advance = glyphs[0]!.context.measureText('0'.repeat(100)).width / 100;
  const cellWidth = Math.max(...glyphs.map((glyph) => glyph.canvas.width));
  const cellHeight = Math.max(...glyphs.map((glyph) => glyph.canvas.height));
  const texture = scene.textures.createCanvas(key, cellWidth * glyphs.length, cellHeight);
  if (texture === null) throw new Error(`clockFont: the texture ${key} could not be made`);
  glyphs.forEach((glyph, index) => {
    texture.context.drawImage(glyph.canvas, index * cellWidth, 0);
  });
  texture.refresh();
  for (const text of glyphs) text.destroy();
  // Its typings say it returns the font's data; it returns the cache entry holding it (ParseRetroFont.js).
  const entry = Phaser.GameObjects.RetroFont.Parse(scene, { image: key, width: cellWidth, height: cellHeight, chars: CLOCK_GLYPHS, charsPerRow: CLOCK_GLYPHS.length, 'offset.x': 0, 'offset.y': 0, 'spacing.x': 0, 'spacing.y': 0, lineSpacing: 0 }) as unknown as {
    data: { size: number; chars: Record<string, { xAdvance: number }> };
  };
  // A BitmapText scales its glyphs by its font size over this: at the size asked for, they show 1:1.
  entry.data.size = sizePixels;
  for (const glyph of Object.values(entry.data.chars)) glyph.xAdvance = advance;
  scene.cache.bitmapFont.add(key, entry);
}
