// The credits: who made the game, what it is built with and under which licences, where its art and sound
// come from, and a thank-you. Reached from the title (and, later, from the end of the aftermath).
import Phaser from 'phaser';
import { creditLines } from '../credits.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { TITLE_ENTRY } from '../ui/menu-entries.ts';
import { MenuList, bindMenuList } from '../ui/menu-list.ts';
import { MenuModel } from '../ui/menu-model.ts';
import { drawMenuPage } from '../ui/menu-page.ts';
import { layoutOnResize } from '../ui/menu-screen.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, TEXT_COLOR } from '../ui/palette.ts';

export class CreditsScene extends Phaser.Scene {
  constructor() {
    super(SCENE_KEYS.credits);
  }

  create(): void {
    const back = (): void => {
      this.scene.start(SCENE_KEYS.title, { focus: TITLE_ENTRY.credits });
    };
    const list = new MenuList(this, new MenuModel([{ id: 'back', label: 'Back to the title' }]), { activate: back });
    const [team = '', libraries = '', art = '', thanks = ''] = creditLines();
    layoutOnResize(this, () => {
      drawMenuPage(this, {
        heading: 'Credits',
        list,
        paragraphs: [
          { text: team, size: 16 },
          { text: libraries, size: 13, color: DIM_TEXT_COLOR },
          { text: art, size: 13, color: TEXT_COLOR },
          { text: thanks, size: 15, color: ACCENT_COLOR },
        ],
      });
    });
    bindMenuList(this, list, { back });
  }
}
