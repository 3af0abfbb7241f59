// The screens under the title (chapter select, settings, credits) share one look: the night sky, a heading,
// what the screen says, its menu in one column, and how to work it at the foot.
import type Phaser from 'phaser';
import { menuHintLines } from '../input/controls-text.ts';
import type { MenuList } from './menu-list.ts';
import { interfaceScale } from './menu-screen.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, textStyle } from './palette.ts';
import { drawStarfield } from './starfield.ts';
import { textSizeFactor } from '../accessibility.ts';

export interface PageParagraph {
  readonly text: string;
  /** Font size before the interface scale; 14 when left out. */
  readonly size?: number;
  readonly color?: string;
}

export interface MenuPageContent {
  readonly heading: string;
  /** Said between the heading and the menu, each paragraph wrapped to the column. */
  readonly paragraphs?: readonly PageParagraph[];
  readonly list: MenuList;
  /** Whether the menu has settings that left and right change (said in the hint at the foot). */
  readonly changes?: boolean;
  /** False over a paused level, whose picture shows through instead; the night sky when left out. */
  readonly starfield?: boolean;
  /** Said under the menu (the settings: what the entry in focus does); kept on screen with the rest. */
  readonly footnote?: string;
}

/** Lays the page out for the window as it is now (call it from layoutOnResize); returns the footnote's text, if any. */
export function drawMenuPage(scene: Phaser.Scene, content: MenuPageContent): Phaser.GameObjects.Text | null {
  const scale = interfaceScale(scene);
  const { width, height } = scene.scale;
  const centreX = Math.floor(width / 2);
  if (content.starfield !== false) drawStarfield(scene, { width, height, scale });
  const hint = scene.add
    .text(centreX, height - 14 * scale, menuHintLines({ changes: content.changes === true, back: true }).join('\n'), {
      ...textStyle(12 * scale, DIM_TEXT_COLOR),
      align: 'center',
      lineSpacing: 4 * scale,
      // Large text in a small window: the lines wrap rather than run off the sides.
      wordWrap: { width: width - 40 },
    })
    .setOrigin(0.5, 1);
  let y = Math.floor(height * 0.12);
  const heading = scene.add.text(centreX, y, content.heading, textStyle(32 * scale, ACCENT_COLOR)).setOrigin(0.5, 0);
  y = heading.y + heading.height + 18 * scale;
  for (const paragraph of content.paragraphs ?? []) {
    const text = scene.add
      .text(centreX, y, paragraph.text, {
        ...textStyle((paragraph.size ?? 14) * scale, paragraph.color ?? TEXT_COLOR),
        align: 'center',
        wordWrap: { width: Math.min(width - 40, 720 * scale) },
        lineSpacing: 3 * scale,
      })
      .setOrigin(0.5, 0);
    y = text.y + text.height + 10 * scale;
  }
  // A long menu in a short window, or with larger text: the rows stand closer, then get smaller, until the
  // column fits between the top of the window and the hint at the foot. A short one keeps its full size.
  const roomBelow = hint.y - hint.height - 12 * scale + (heading.y - 8 * scale) + heading.height + 18 * scale;
  const spacings = textSizeFactor() > 1 && height < 720 ? [{ size: 20, gap: 8 }, { size: 20, gap: 3 }, { size: 17, gap: 2 }, { size: 14, gap: 1 }, { size: 12, gap: 0 }] : [{ size: 20, gap: 8 }, { size: 20, gap: 4 }, { size: 17, gap: 2 }];
  let bottom = 0;
  for (const spacing of spacings) {
    bottom = content.list.place({ centreX, top: y + 8 * scale, size: spacing.size * scale, gap: spacing.gap * scale });
    if (bottom <= roomBelow) break;
  }
  const footnote =
    content.footnote === undefined
      ? null
      : scene.add
          .text(centreX, bottom + 24 * scale, content.footnote, {
            ...textStyle(14 * scale, ACCENT_COLOR),
            align: 'center',
            wordWrap: { width: Math.min(width - 40, 640 * scale) },
          })
          .setOrigin(0.5, 0);
  if (footnote !== null) bottom = footnote.y + footnote.height;
  // A short window: the whole page moves up into the space above the heading, clear of the hint; with
  // large text that may not be enough, and the heading gives its place up too.
  const overflow = bottom + 12 * scale - (hint.y - hint.height);
  const aboveHeading = heading.y - 8 * scale;
  const headingRoom = overflow > aboveHeading ? heading.height + 18 * scale : 0;
  if (headingRoom > 0) heading.setVisible(false);
  const lift = Math.min(overflow, aboveHeading + headingRoom);
  if (lift > 0) {
    for (const object of scene.children.list) {
      if (object !== hint && 'y' in object && typeof object.y === 'number' && object.type === 'Text') object.y -= lift;
    }
  }
  // Still too tall (the largest text in the smallest window): the footnote is the one thing left out.
  if (footnote !== null && overflow - lift > 0) footnote.setVisible(false);
  return footnote;
}
