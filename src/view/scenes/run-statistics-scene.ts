// After the aftermath (or the campaign's last chapter): "The end", the run's statistics, the finished Full
// Game's splits to export as a LiveSplit .lss, and the way back to the title. The Credits screen is the
// title's to offer.
import Phaser from 'phaser';
import { campaignPlay } from '../game-data.ts';
import { downloadText } from '../../platform/text-files.ts';
import { keysLabel } from '../input/bindings.ts';
import { currentBindings } from '../input/current-bindings.ts';
import { onKeyPresses } from '../input/key-presses.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { bindMenuKeys, interfaceScale, layoutOnResize } from '../ui/menu-screen.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, textStyle } from '../ui/palette.ts';
import { runStatisticsRows } from '../ui/run-statistics.ts';
import { drawStarfield } from '../ui/starfield.ts';

export class RunStatisticsScene extends Phaser.Scene {
  constructor() {
    super(SCENE_KEYS.statistics);
  }

  create(): void {
    layoutOnResize(this, () => {
      this.#layout();
    });
    const toTitle = (): void => {
      this.scene.start(SCENE_KEYS.title);
    };
    bindMenuKeys(this, { confirm: toTitle, back: toTitle });
    onKeyPresses(this, { keys: () => currentBindings().exportSplits.keys, handler: () => {
      const race = campaignPlay(this.game).fullGame;
      if (race?.finished === true) {
        const file = race.lssFile();
        downloadText(file.name, file.text);
      }
    } });
  }

  #layout(): void {
    const scale = interfaceScale(this);
    const { width, height } = this.scale;
    const centreX = Math.floor(width / 2);
    drawStarfield(this, { width, height, scale });
    let y = Math.floor(height * 0.12);
    this.add.text(centreX, y, 'The end', textStyle(40 * scale, ACCENT_COLOR)).setOrigin(0.5, 0);
    y += 72 * scale;
    const play = campaignPlay(this.game);
    const rows = runStatisticsRows({ chapters: play.statistics, progress: play.progress, timesCaught: play.timesCaught });
    const columnGap = 24 * scale;
    for (const row of rows) {
      const total = row.label === 'Total';
      if (total) y += 10 * scale;
      this.add.text(centreX - columnGap / 2, y, row.label, textStyle(16 * scale, total ? TEXT_COLOR : DIM_TEXT_COLOR)).setOrigin(1, 0);
      this.add.text(centreX + columnGap / 2, y, row.value, textStyle(16 * scale, TEXT_COLOR)).setOrigin(0, 0);
      y += 28 * scale;
    }
    y += 36 * scale;
    const splits = play.fullGame?.finished === true ? `      ${keysLabel('exportSplits')}: export the Full Game splits (.lss)` : '';
    this.add.text(centreX, y, `${keysLabel('confirm')}: back to the title${splits}`, textStyle(16 * scale, DIM_TEXT_COLOR)).setOrigin(0.5, 0);
  }
}
