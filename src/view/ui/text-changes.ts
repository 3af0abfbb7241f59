// Phaser's Text redraws its canvas and uploads it to the GPU on every setColor and setWordWrapWidth, even
// when nothing changes (setText and setFontSize check first). Texts set every frame go through these, so
// a frame that shows the same words costs no redraw and no upload.
import type Phaser from 'phaser';

export function changeColor(text: Phaser.GameObjects.Text, color: string): Phaser.GameObjects.Text {
  return text.style.color === color ? text : text.setColor(color);
}

export function changeWordWrapWidth(text: Phaser.GameObjects.Text, width: number): Phaser.GameObjects.Text {
  return text.style.wordWrapWidth === width ? text : text.setWordWrapWidth(width);
}
