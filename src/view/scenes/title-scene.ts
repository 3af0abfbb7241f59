// The title: the game's name, one line of story, and its menu: Continue (when the save has a chapter to
// resume), New game (asking first when that would replace progress), Chapter select, Custom level,
// Settings, Credits; how to play beside it where the window has room. Keys, pad and pointer all work the
// menu. A save that could not be read is told here.
import Phaser from 'phaser';
import { markTitleInteractive } from '../../platform/load-marks.ts';
import { loadSave, type SaveLoad } from '../../platform/save-storage.ts';
import { FIRST_CHAPTER } from '../../story/chapters.ts';
import { campaignKeyFromSearch, type CampaignBegin } from '../campaign-play.ts';
import { playCampaignChapter } from '../campaign-flow.ts';
import { TEST_BUILD, campaignPlay, getLoadedLevel, isLevelRequested, requestLevelWhenReady, takeSaveNoticeTurn } from '../game-data.ts';
import { CHARACTERS_TEXTURE, SCENE_KEYS } from '../scene-keys.ts';
import { menuHintLines, motionLine, titleControlLines } from '../input/controls-text.ts';
import { currentBindings } from '../input/current-bindings.ts';
import { onKeyPresses } from '../input/key-presses.ts';
import { isReducedMotion, toggleReducedMotion } from '../motion-preference.ts';
import { NEW_GAME_ENTRY, TITLE_ENTRY, newGameQuestionEntries, titleEntries } from '../ui/menu-entries.ts';
import { MenuList, bindMenuList } from '../ui/menu-list.ts';
import { MenuModel, type MenuItem } from '../ui/menu-model.ts';
import { interfaceScale, layoutOnResize } from '../ui/menu-screen.ts';
import { drawStarfield } from '../ui/starfield.ts';
import { endPlayback } from '../replays/replay-import.ts';
import { ACCENT_COLOR, BACKGROUND_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, WARNING_COLOR, colorNumber, textStyle } from '../ui/palette.ts';
import { textSizeFactor } from '../accessibility.ts';

const STORY_LINE =
  'Mira is ten. Tonight she wants real sleep under real stars, not a DreamPod. The Sleep Enforcers are on patrol.';

/** How the game is won and lost, for the family at home and the Enforcers outside, before the first key. */
const HOW_TO_PLAY =
  'Get past whoever is awake. Each one sees what its cone covers and hears you run; the mark over its head fills while it sees you. At home, a full mark sends Mira back to bed; out in the district the Sleep Enforcers give chase, and a catch puts the group back at the last checkpoint.';

/** Below this window width (unscaled) how to play goes under the menu and the table of controls is left to the HUD. */
const TWO_COLUMN_WIDTH = 1100;

/** The save's notice as a player reads it: what it means for them first, the exact reason after (for a bug report). */
function noticeText(loaded: SaveLoad): string | null {
  if (loaded.notice === null) return null;
  const meaning = loaded.writable
    ? 'Your saved progress could not be read, so the game starts fresh. Nothing was deleted: the old save is kept aside in this browser.'
    : 'Progress cannot be saved in this browser this visit; anything saved before is left as it was.';
  return `${meaning}\n(${loaded.notice})`;
}

/** The chapter a new game starts at: the campaign's first, or in a test build the one `?campaign=` names. */
function newGameKey(): string {
  return (TEST_BUILD ? campaignKeyFromSearch(window.location.search) : null) ?? FIRST_CHAPTER.key;
}

type PositionedObject = Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.GetBounds & Phaser.GameObjects.Components.Transform;

export class TitleScene extends Phaser.Scene {
  /** Said under the entries: why saved progress is gone (once a page), or why a game could not begin. */
  #notice: string | null = null;
  /** Asked over the menu while the new-game question is open; null on the title's own menu. */
  #question: string | null = null;
  #motionText: Phaser.GameObjects.Text | null = null;
  #list: MenuList | null = null;
  #titleItems: MenuItem[] = [];

  /** The entry focused when the title opens: the one a screen under it was opened from, else the first. */
  #focusId: string | undefined = undefined;

  constructor() {
    super(SCENE_KEYS.title);
  }

  /** `focus`: the title entry to focus (a screen opened from the title hands back its own). */
  init(data: { readonly focus?: string } | undefined): void {
    this.#focusId = data?.focus;
  }

  create(): void {
    if (this.scene.isActive(SCENE_KEYS.level)) {
      // Queued by the boot scene while the level was started directly (the test hook): never cover it.
      this.scene.stop();
      return;
    }
    if (isLevelRequested(this.game)) {
      // The test hook asked for the level while the boot scene was finishing; with no chapter loaded
      // behind the title, the boot scene loads one first (and keeps the request until it plays).
      if (getLoadedLevel(this.game) === null) {
        this.scene.start(SCENE_KEYS.boot);
        return;
      }
      requestLevelWhenReady(this.game, false);
      this.scene.start(SCENE_KEYS.level);
      return;
    }
    // Back from watching a replay: the player's own campaign again.
    endPlayback(this.game);
    const play = campaignPlay(this.game);
    const loaded = loadSave();
    this.#notice = takeSaveNoticeTurn(this.game) ? noticeText(loaded) : null;
    this.#question = null;
    const saved = loaded.save.progress;
    const resumable = play.resumable(saved);
    this.#titleItems = titleEntries({ continueTitle: resumable?.title ?? null, chaptersReached: play.reachedChapters(loaded.save).length });
    const newGame = (): void => {
      this.#playChapter(play.newGame(newGameKey()));
    };
    const showMenu = (items: MenuItem[], question: string | null): void => {
      this.#question = question;
      list.model.setItems(items, items[0]?.id);
      this.children.removeAll(true);
      this.#layout();
    };
    const list = new MenuList(this, new MenuModel(this.#titleItems, this.#focusId), {
      activate: (item) => {
        switch (item.id) {
          case TITLE_ENTRY.continue:
            if (saved !== null) this.#playChapter(play.begin(saved));
            break;
          case TITLE_ENTRY.newGame:
            // A new game replaces the progress Continue would resume: asked first, never lost by one press.
            if (resumable === null) newGame();
            else showMenu(newGameQuestionEntries(), `Start a new game? It replaces your progress (${resumable.title}). Chapters you reached stay open in Chapter select.`);
            break;
          case NEW_GAME_ENTRY.startOver:
            newGame();
            break;
          case NEW_GAME_ENTRY.keep:
            showMenu(this.#titleItems, null);
            break;
          case TITLE_ENTRY.chapters:
            this.scene.start(SCENE_KEYS.chapters);
            break;
          case TITLE_ENTRY.customLevel:
            this.scene.start(SCENE_KEYS.customLevel);
            break;
          case TITLE_ENTRY.settings:
            this.scene.start(SCENE_KEYS.settings, { from: 'title' });
            break;
          case TITLE_ENTRY.credits:
            this.scene.start(SCENE_KEYS.credits);
            break;
          case TITLE_ENTRY.replays:
            this.scene.start(SCENE_KEYS.replays);
            break;
          default:
            break;
        }
      },
    });
    this.#list = list;
    layoutOnResize(this, () => {
      this.#layout();
    });
    // Reduced motion is a setting a player may want before the first level: N works here too.
    onKeyPresses(this, {
      keys: () => currentBindings().toggleMotion.keys,
      handler: () => {
        toggleReducedMotion();
        this.#motionText?.setText(motionLine(isReducedMotion()));
      },
    });
    bindMenuList(this, list, {
      // Back closes the new-game question; on the title's own menu there is nothing to go back to.
      back: () => {
        if (this.#question !== null) showMenu(this.#titleItems, null);
      },
    });
    // Drawn with its keys bound: from the frame after, the title answers a key (the load benchmark's mark).
    this.game.events.once(Phaser.Core.Events.POST_RENDER, markTitleInteractive);
  }

  /** The boot scene loads the chapter and plays it at once; a game that cannot begin is said on the title. */
  #playChapter(begun: CampaignBegin): void {
    if (begun.ok) {
      playCampaignChapter(this, begun.chapter);
      return;
    }
    this.#notice = `The game could not begin: ${begun.message}.`;
    this.#question = null;
    this.#list?.model.setItems(this.#titleItems);
    this.children.removeAll(true);
    this.#layout();
  }

  #layout(): void {
    const list = this.#list;
    if (list === null) return;
    const scale = interfaceScale(this);
    const { width, height } = this.scale;
    const twoColumns = width >= TWO_COLUMN_WIDTH * scale;
    const menuX = Math.floor(twoColumns ? width * 0.33 : width / 2);
    drawStarfield(this, { width, height, scale, drift: true });
    // The motion setting in the corner, where a setting is looked for, clear of the columns.
    this.#motionText = this.add
      .text(width - 12 * scale, 12 * scale, motionLine(isReducedMotion()), textStyle(12 * scale, DIM_TEXT_COLOR))
      .setOrigin(1, 0);
    // For level builders: the two ways to play their own map, where they will look for them.
    const foot = this.add
      .text(width / 2, height - 16 * scale, 'Level builders: Custom level, or drop a map (or its folder) onto this window, or open ?map=<name>', {
        ...textStyle(12 * scale, DIM_TEXT_COLOR),
        align: 'center',
        wordWrap: { width: width - 40 },
      })
      .setOrigin(0.5, 1);
    const columnStart = this.children.length;
    // Large text makes the motion line reach over the column's pictures: the column then starts below it.
    const motionBounds = this.#motionText.getBounds();
    const columnCeiling = motionBounds.left < menuX + 80 * scale ? motionBounds.bottom + 4 * scale : 8 * scale;
    let y = Math.max(Math.floor(height * (twoColumns ? 0.2 : 0.14)), columnCeiling + 64 * scale);

    if (this.textures.exists(CHARACTERS_TEXTURE)) {
      const frames = ['mira-down-0', 'enforcer-left-0'];
      frames.forEach((frame, index) => {
        if (!this.textures.get(CHARACTERS_TEXTURE).has(frame)) return;
        this.add
          .image(menuX + (index === 0 ? -40 : 40) * scale, y, CHARACTERS_TEXTURE, frame)
          .setScale(4 * scale)
          .setOrigin(0.5, 1);
      });
      y += 24 * scale;
    }

    // Each block starts below the last one's real height: wrapped lines on a narrow window push the rest down.
    const below = (text: Phaser.GameObjects.Text, gap: number): number => text.y + text.height + gap * scale;
    const paragraph = (top: number, text: string, { size, color, wrap }: { size: number; color: string; wrap: number }): Phaser.GameObjects.Text =>
      this.add
        .text(menuX, top, text, { ...textStyle(size * scale, color), align: 'center', wordWrap: { width: Math.min(width - 40, wrap * scale) } })
        .setOrigin(0.5, 0);
    y = below(this.add.text(menuX, y, 'ANALOG DREAMS', textStyle(40 * scale, ACCENT_COLOR)).setOrigin(0.5, 0), 14);
    y = below(paragraph(y, STORY_LINE, { size: 16, color: TEXT_COLOR, wrap: twoColumns ? 520 : 640 }), 16);
    // Larger text in a short window leaves no room for the rules: the pause and the HUD still say the keys.
    const rulesFit = textSizeFactor() === 1 || height >= 1000;
    if (!twoColumns && this.#question === null && rulesFit) y = below(paragraph(y, HOW_TO_PLAY, { size: 14, color: DIM_TEXT_COLOR, wrap: 600 }), 18);
    if (this.#question !== null) y = below(paragraph(y, this.#question, { size: 16, color: WARNING_COLOR, wrap: 560 }), 12);
    // Larger text in a short window: the rows stand closer and a little smaller, so the menu and its hint fit.
    const compact = !rulesFit && height < 720;
    y = list.place({ centreX: menuX, top: y, size: (compact ? 17 : 20) * scale, gap: (compact ? 2 : 6) * scale }) + 14 * scale;
    if (this.#notice !== null) y = below(paragraph(y, this.#notice, { size: 13, color: WARNING_COLOR, wrap: twoColumns ? 560 : 640 }), 10);
    const hint = this.add
      .text(menuX, y, menuHintLines({ changes: false, back: this.#question !== null }).join('\n'), { ...textStyle(12 * scale, DIM_TEXT_COLOR), align: 'center', lineSpacing: 3 * scale })
      .setOrigin(0.5, 0);
    // A slow pulse on the rows says "waiting for you" without moving anything (none with reduced motion).
    if (!isReducedMotion()) {
      const pulse = this.tweens.add({ targets: list.drawnRows, alpha: { from: 1, to: 0.75 }, duration: 900, yoyo: true, repeat: -1 });
      hint.once(Phaser.GameObjects.Events.DESTROY, () => {
        pulse.remove();
      });
    }
    if (twoColumns) this.#drawHowToPlay({ x: Math.floor(width * 0.74), top: Math.floor(height * 0.2), scale });
    // A notice or the question could push the column into the line at the foot: the column moves up into
    // the space above it instead, as far as there is.
    const column = this.children.list.slice(columnStart) as PositionedObject[];
    const lowest = Math.max(...column.map((object) => object.getBounds().bottom));
    const overflow = lowest + 8 * scale - (foot.y - foot.height);
    const room = Math.min(...column.map((object) => object.getBounds().top)) - columnCeiling;
    const lift = Math.max(0, Math.min(overflow, room));
    for (const object of column) object.y -= lift;
    // Still no room (the largest text in a short window): the builders' line gives way to the menu.
    if (overflow - lift > 0) foot.setVisible(false);
    this.#shadeBehind(column, scale);
  }

  /** Night behind the menu column: the sky drifts, so a star would otherwise pass through the words as a stray full stop. */
  #shadeBehind(column: readonly PositionedObject[], scale: number): void {
    const bounds = column.map((object) => object.getBounds());
    const padding = 18 * scale;
    const left = Math.min(...bounds.map((bound) => bound.left)) - padding;
    const top = Math.min(...bounds.map((bound) => bound.top)) - padding;
    const right = Math.max(...bounds.map((bound) => bound.right)) + padding;
    const bottom = Math.max(...bounds.map((bound) => bound.bottom)) + padding;
    this.add
      .graphics()
      .setDepth(-8)
      .fillStyle(colorNumber(BACKGROUND_COLOR), 0.9)
      .fillRoundedRect(left, top, right - left, bottom - top, 12 * scale);
  }

  /** Beside the menu on a wide window: how the game is won and lost, and the table of controls. */
  #drawHowToPlay({ x, top, scale }: { x: number; top: number; scale: number }): void {
    // On a panel of night, so no star sits among the table's letters.
    const panel = this.add.rectangle(x, top, 1, 1, colorNumber(BACKGROUND_COLOR), 0.92).setOrigin(0.5, 0).setStrokeStyle(1, colorNumber(DIM_TEXT_COLOR), 0.35);
    const heading = this.add.text(x, top + 14 * scale, 'How to play', textStyle(20 * scale, ACCENT_COLOR)).setOrigin(0.5, 0);
    const rules = this.add
      .text(x, heading.y + heading.height + 10 * scale, HOW_TO_PLAY, { ...textStyle(14 * scale, DIM_TEXT_COLOR), align: 'center', wordWrap: { width: 430 * scale } })
      .setOrigin(0.5, 0);
    const controls = this.add
      .text(x, rules.y + rules.height + 18 * scale, titleControlLines().join('\n'), { ...textStyle(13 * scale, DIM_TEXT_COLOR), lineSpacing: 4 * scale })
      .setOrigin(0.5, 0);
    panel.setSize(Math.max(rules.width, controls.width) + 40 * scale, controls.y + controls.height + 14 * scale - top);
  }
}
