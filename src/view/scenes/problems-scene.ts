// When the map cannot be played: every problem with its place and what to do, instead of a blank canvas.
import Phaser from 'phaser';
import { digestProblems, moreProblemsLine } from '../../level/problem-digest.ts';
import { getProblemReport } from '../game-data.ts';
import { returnToTitle } from '../map-loading.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { backKeyLabel } from '../input/controls-text.ts';
import { bindMenuKeys, interfaceScale, layoutOnResize } from '../ui/menu-screen.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, ERROR_COLOR, TEXT_COLOR, WARNING_COLOR, textStyle } from '../ui/palette.ts';

const SCROLL_STEP = 48;

export class ProblemsScene extends Phaser.Scene {
  #contentHeight = 0;

  constructor() {
    super(SCENE_KEYS.problems);
  }

  create(): void {
    layoutOnResize(this, () => {
      this.#layout();
    });
    const scroll = (direction: number): void => {
      const camera = this.cameras.main;
      const limit = Math.max(0, this.#contentHeight - this.scale.height);
      camera.setScroll(0, Math.min(limit, Math.max(0, camera.scrollY + direction * SCROLL_STEP)));
    };
    bindMenuKeys(this, {
      back: () => {
        returnToTitle(this);
      },
    });
    this.input.keyboard?.on('keydown-DOWN', () => {
      scroll(1);
    });
    this.input.keyboard?.on('keydown-UP', () => {
      scroll(-1);
    });
    // eslint-disable-next-line max-params -- Phaser calls wheel listeners with four arguments: the signature is not ours.
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, (_pointer: unknown, _over: unknown, _deltaX: number, deltaY: number) => {
      scroll(Math.sign(deltaY));
    });
  }

  #layout(): void {
    const report = getProblemReport(this.game);
    // Grouped and capped: 10,000 rows of text took 99 s to lay out, and a map can report far more.
    const digest = digestProblems(report?.problems ?? []);
    const scale = interfaceScale(this);
    const { width } = this.scale;
    const margin = 24 * scale;
    const wrapWidth = Math.max(200, width - margin * 2);
    let y = margin;
    const { errors, warnings } = digest;
    this.add.text(margin, y, 'This level cannot be played yet', textStyle(24 * scale, ERROR_COLOR));
    y += 36 * scale;
    this.add.text(
      margin,
      y,
      `${report?.fileName ?? 'the map'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. ${report?.advice ?? 'Fix them in Tiled, save, and reload.'}`,
      { ...textStyle(14 * scale, DIM_TEXT_COLOR), wordWrap: { width: wrapWidth } },
    );
    y += 36 * scale;
    for (const problem of digest.entries) {
      const isError = problem.severity === 'error';
      const times = problem.count > 1 ? ` (${problem.count} times)` : '';
      const heading = this.add.text(margin, y, `${isError ? 'ERROR' : 'WARNING'}${times}  ${problem.place}`, {
        ...textStyle(14 * scale, isError ? ERROR_COLOR : WARNING_COLOR),
        wordWrap: { width: wrapWidth },
      });
      y += heading.height + 4 * scale;
      const message = this.add.text(margin + 16 * scale, y, problem.message, {
        ...textStyle(15 * scale, TEXT_COLOR),
        wordWrap: { width: wrapWidth - 16 * scale },
      });
      y += message.height + 2 * scale;
      if (problem.hint !== '') {
        const hint = this.add.text(margin + 16 * scale, y, `→ ${problem.hint}`, {
          ...textStyle(14 * scale, ACCENT_COLOR),
          wordWrap: { width: wrapWidth - 16 * scale },
        });
        y += hint.height;
      }
      y += 18 * scale;
    }
    const more = moreProblemsLine(digest);
    if (more !== null) {
      y += this.add.text(margin, y, more, { ...textStyle(14 * scale, WARNING_COLOR), wordWrap: { width: wrapWidth } }).height + 18 * scale;
    }
    if (digest.entries.length > 0) {
      // Wrapped like the list above: at 800 pixels wide the last advice ran off the screen's edge.
      const keys = this.add.text(
        margin,
        y,
        `Up / Down or the mouse wheel scroll this list.   ${backKeyLabel()}: back to the title.   Drop a .tmj file here to play it.`,
        { ...textStyle(12 * scale, DIM_TEXT_COLOR), wordWrap: { width: wrapWidth } },
      );
      y += keys.height + 10 * scale;
    }
    this.#contentHeight = y;
  }
}
