// Phaser's Text redraws its canvas (and so uploads it again when WebGL next draws it: text-uploads.ts) on
// every setColor, setLineSpacing and setWordWrapWidth, even when nothing changes (setText, setFontSize and
// setFontStyle check first). Texts set every frame go through these, so a frame that shows the same words
// costs no redraw and no upload.
import type Phaser from 'phaser';

export function changeColor(text: Phaser.GameObjects.Text, color: string): Phaser.GameObjects.Text {
  return text.style.color === color ? text : text.setColor(color);
}

export function changeLineSpacing(text: Phaser.GameObjects.Text, spacing: number): Phaser.GameObjects.Text {
  return text.lineSpacing === spacing ? text : text.setLineSpacing(spacing);
}

/**
 * The lines `words` wrap to at `width` in the text's font, without a draw: setWordWrapWidth would draw the
 * canvas once to set the width and once more to put it back.
 */
export function wrappedLines(text: Phaser.GameObjects.Text, words: string, width: number): string[] {
  const kept = text.style.wordWrapWidth;
  text.style.wordWrapWidth = width;
  try {
    return text.getWrappedText(words);
  } finally {
    text.style.wordWrapWidth = kept;
  }
}

export function changeWordWrapWidth(text: Phaser.GameObjects.Text, width: number): Phaser.GameObjects.Text {
  return text.style.wordWrapWidth === width ? text : text.setWordWrapWidth(width);
}

/**
 * New words and a new colour at once, drawn once: setText then setColor would draw the canvas twice (the
 * HUD's seen line changes colour every tick while a meter fills).
 */
export function changeTextAndColor(text: Phaser.GameObjects.Text, value: string, color: string): Phaser.GameObjects.Text {
  if (text.style.color === color) return text.setText(value);
  // The colour is only read when the canvas is drawn, which the one update below does.
  text.style.color = color;
  if (value !== text.text) return text.setText(value);
  return text.updateText();
}
