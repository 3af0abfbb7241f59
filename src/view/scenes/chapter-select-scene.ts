// Chapter select: the chapters the save has reached, each played on its own, outside the campaign (as
// `?chapter=` plays it): nothing handed on from the chapters before, its intro and outro as in the
// campaign, its finish offering the next chapter, a retry and the title, and the campaign's saved progress
// left as it was.
import Phaser from 'phaser';
import { loadSave } from '../../platform/save-storage.ts';
import { campaignPlay, requestChapter } from '../game-data.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { TITLE_ENTRY } from '../ui/menu-entries.ts';
import { MenuList, bindMenuList } from '../ui/menu-list.ts';
import { MenuModel, type MenuItem } from '../ui/menu-model.ts';
import { drawMenuPage } from '../ui/menu-page.ts';
import { layoutOnResize } from '../ui/menu-screen.ts';
import { DIM_TEXT_COLOR } from '../ui/palette.ts';

const CHAPTER_PREFIX = 'chapter:';

export class ChapterSelectScene extends Phaser.Scene {
  constructor() {
    super(SCENE_KEYS.chapters);
  }

  create(): void {
    const back = (): void => {
      this.scene.start(SCENE_KEYS.title, { focus: TITLE_ENTRY.chapters });
    };
    const play = campaignPlay(this.game);
    const { save } = loadSave();
    const chapters = play.reachedChapters(save);
    const items: MenuItem[] = [
      ...chapters.map((chapter, index) => ({ id: `${CHAPTER_PREFIX}${chapter.key}`, label: `${index + 1}. ${chapter.title}` })),
      { id: 'back', label: 'Back to the title' },
    ];
    const list = new MenuList(this, new MenuModel(items), {
      activate: (item) => {
        if (!item.id.startsWith(CHAPTER_PREFIX)) {
          back();
          return;
        }
        const chapter = play.playAlone(item.id.slice(CHAPTER_PREFIX.length), save);
        if (chapter === null) return;
        requestChapter(this.game, chapter.key);
        this.scene.start(SCENE_KEYS.boot);
      },
    });
    const explanation =
      chapters.length === 0
        ? 'No chapter reached yet: begin a new game from the title, and each chapter you reach opens here.'
        : 'Play a chapter you have reached on its own, for a better time. Your saved progress stays as it is.';
    layoutOnResize(this, () => {
      drawMenuPage(this, { heading: 'Chapter select', list, paragraphs: [{ text: explanation, color: DIM_TEXT_COLOR }] });
    });
    bindMenuList(this, list, { back });
  }
}
