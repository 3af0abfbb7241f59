import type Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { changeLineSpacing, changeTextAndColor, wrappedLines } from '../../src/view/ui/text-changes.ts';

/** Phaser's Text as these helpers use it: every setText of new words and every updateText draws the canvas once. */
function fakeText(words: string, color: string): { text: Phaser.GameObjects.Text; draws: () => string[] } {
  const drawn: string[] = [];
  const fake = {
    style: { color, wordWrapWidth: null as number | null },
    text: words,
    lineSpacing: 0,
    setLineSpacing(spacing: number) {
      fake.lineSpacing = spacing;
      return fake.updateText();
    },
    /** Wraps after as many characters as the width's tens, as a monospace font would at 10 pixels a character. */
    getWrappedText(value: string) {
      const width = fake.style.wordWrapWidth;
      if (width === null) return [value];
      const per = Math.max(1, Math.floor(width / 10));
      return value.match(new RegExp(`.{1,${per}}`, 'g')) ?? [];
    },
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

describe('changeLineSpacing', () => {
  it('draws only when the spacing changes', () => {
    const { text, draws } = fakeText('a line', '#ffffff');
    changeLineSpacing(text, 4);
    changeLineSpacing(text, 4);
    expect(draws()).toEqual(['a line|#ffffff']);
    expect(text.lineSpacing).toBe(4);
  });
});

describe('wrappedLines', () => {
  it('wraps at the width asked, draws nothing and leaves the text\'s own wrap width as it was', () => {
    const { text, draws } = fakeText('  ', '#ffffff');
    expect(wrappedLines(text, 'abcdefgh', 30)).toEqual(['abc', 'def', 'gh']);
    expect(text.style.wordWrapWidth).toBeNull();
    expect(draws()).toEqual([]);
  });
});
