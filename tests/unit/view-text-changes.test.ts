import type Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { changeTextAndColor } from '../../src/view/ui/text-changes.ts';

/** Phaser's Text as these helpers use it: every setText of new words and every updateText draws the canvas once. */
function fakeText(words: string, color: string): { text: Phaser.GameObjects.Text; draws: () => string[] } {
  const drawn: string[] = [];
  const fake = {
    style: { color },
    text: words,
    setText(value: string) {
      if (value !== fake.text) {
        fake.text = value;
        fake.updateText();
      }
      return fake;
    },
    updateText() {
      drawn.push(`${fake.text}|${fake.style.color}`);
      return fake;
    },
  };
  return { text: fake as unknown as Phaser.GameObjects.Text, draws: () => drawn };
}

describe('changeTextAndColor', () => {
  it('draws new words in a new colour once, with both', () => {
    const { text, draws } = fakeText('○ hidden', '#888888');
    changeTextAndColor(text, '● seen', '#ff8028');
    expect(draws()).toEqual(['● seen|#ff8028']);
  });

  it('draws once for a colour alone, once for words alone, and not at all when nothing changed', () => {
    const { text, draws } = fakeText('● seen', '#ff8028');
    changeTextAndColor(text, '● seen', '#ff6030');
    changeTextAndColor(text, '● seen · sneaking', '#ff6030');
    changeTextAndColor(text, '● seen · sneaking', '#ff6030');
    expect(draws()).toEqual(['● seen|#ff6030', '● seen · sneaking|#ff6030']);
  });
});
