// The title: the game's name, one line of story, how to start and how to play. It offers a new game, the
// chapter a save left off at (Continue), and a builder's own map; a save that could not be read is told here.
import Phaser from 'phaser';
import { loadSave, type SaveLoad } from '../../platform/save-storage.ts';
import { FIRST_CHAPTER } from '../../story/chapters.ts';
import { campaignKeyFromSearch, type CampaignBegin } from '../campaign-play.ts';
import { TEST_BUILD, campaignPlay, isLevelRequested, requestChapter, requestLevelWhenReady, takeSaveNoticeTurn } from '../game-data.ts';
import { CHARACTERS_TEXTURE, SCENE_KEYS } from '../scene-keys.ts';
import { motionLine, titleControlLines, titleMenuLine } from '../input/controls-text.ts';
import { BINDINGS } from '../input/bindings.ts';
import { onKeyPresses } from '../input/key-presses.ts';
import { isReducedMotion, toggleReducedMotion } from '../motion-preference.ts';
import { bindMenuKeys, interfaceScale, layoutOnResize } from '../ui/menu-screen.ts';
import { drawStarfield } from '../ui/starfield.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, WARNING_COLOR, textStyle } from '../ui/palette.ts';

const STORY_LINE =
  'Mira is ten. Tonight she wants real sleep under real stars, not a DreamPod. The Sleep Enforcers are on patrol.';

/** How the game is won and lost, in two sentences, before the first key. */
const HOW_TO_PLAY =
  'Lead the children past the Sleep Enforcers. An Enforcer sees what its cone covers and hears you run; the mark over its head fills while it sees you. Full, it gives chase: if it reaches you or a child, the group goes back to the last checkpoint.';

interface TitleEntry {
  readonly label: string;
  readonly open: () => void;
}

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

export class TitleScene extends Phaser.Scene {
  /** Index into the entries; the first (Continue when there is progress, else New game) is chosen when the title opens. */
  private chosen = 0;
  private entries: TitleEntry[] = [];
  /** Said under the entries: why saved progress is gone (once a page), or why a game could not begin. */
  private notice: string | null = null;
  private entryTexts: Phaser.GameObjects.Text[] = [];
  private motionText: Phaser.GameObjects.Text | null = null;

  constructor() {
    super(SCENE_KEYS.title);
  }

  create(): void {
    if (this.scene.isActive(SCENE_KEYS.level)) {
      // Queued by the boot scene while the level was started directly (the test hook): never cover it.
      this.scene.stop();
      return;
    }
    if (isLevelRequested(this.game)) {
      // The test hook asked for the level while the boot scene was finishing.
      requestLevelWhenReady(this.game, false);
      this.scene.start(SCENE_KEYS.level);
      return;
    }
    this.chosen = 0;
    const play = campaignPlay(this.game);
    const loaded = loadSave();
    this.notice = takeSaveNoticeTurn(this.game) ? noticeText(loaded) : null;
    const saved = loaded.save.progress;
    const resumable = play.resumable(saved);
    this.entries = [
      ...(saved === null || resumable === null ? [] : [{ label: `Continue: ${resumable.title}`, open: () => { this.playChapter(play.begin(saved)); } }]),
      { label: 'New game', open: () => { this.playChapter(play.newGame(newGameKey())); } },
      { label: 'Custom level', open: () => { this.scene.start(SCENE_KEYS.customLevel); } },
    ];
    layoutOnResize(this, () => {
      this.layout();
    });
    const move = (step: number): void => {
      this.chosen = (this.chosen + step + this.entries.length) % this.entries.length;
      this.showChosen();
    };
    // Reduced motion is a setting a player may want before the first level: N works here too.
    onKeyPresses(this, {
      keys: BINDINGS.toggleMotion.keys,
      handler: () => {
        toggleReducedMotion();
        this.motionText?.setText(motionLine(isReducedMotion()));
      },
    });
    bindMenuKeys(this, {
      confirm: () => {
        this.entries[this.chosen]?.open();
      },
      up: () => {
        move(-1);
      },
      down: () => {
        move(1);
      },
    });
  }

  /** The boot scene loads the chapter and plays it at once; a game that cannot begin is said on the title. */
  private playChapter(begun: CampaignBegin): void {
    if (begun.ok) {
      requestChapter(this.game, begun.chapter.key);
      this.scene.start(SCENE_KEYS.boot);
      return;
    }
    this.notice = `The game could not begin: ${begun.message}.`;
    this.children.removeAll(true);
    this.layout();
  }

  private showChosen(): void {
    this.entryTexts.forEach((text, index) => {
      const chosen = index === this.chosen;
      text.setText(`${chosen ? '▶ ' : '  '}${this.entries[index]?.label ?? ''}${chosen ? ' ◀' : '  '}`);
      text.setColor(chosen ? TEXT_COLOR : DIM_TEXT_COLOR);
    });
  }

  private layout(): void {
    const scale = interfaceScale(this);
    const { width, height } = this.scale;
    const centreX = Math.floor(width / 2);
    let y = Math.floor(height * 0.2);
    drawStarfield(this, { width, height, scale });
    // The motion setting in the corner, where a setting is looked for, clear of the centred column.
    this.motionText = this.add
      .text(width - 12 * scale, 12 * scale, motionLine(isReducedMotion()), textStyle(12 * scale, DIM_TEXT_COLOR))
      .setOrigin(1, 0);
    // For level builders: the two ways to play their own map, where they will look for them.
    const foot = this.add
      .text(centreX, height - 16 * scale, 'Level builders: Custom level, or drop a map (or its folder) onto this window, or open ?map=<name>', textStyle(12 * scale, DIM_TEXT_COLOR))
      .setOrigin(0.5, 1);
    const columnStart = this.children.length;

    if (this.textures.exists(CHARACTERS_TEXTURE)) {
      const frames = ['mira-down-0', 'enforcer-left-0'];
      frames.forEach((frame, index) => {
        if (!this.textures.get(CHARACTERS_TEXTURE).has(frame)) return;
        this.add
          .image(centreX + (index === 0 ? -40 : 40) * scale, y, CHARACTERS_TEXTURE, frame)
          .setScale(4 * scale)
          .setOrigin(0.5, 1);
      });
      y += 24 * scale;
    }

    // Each block starts below the last one's real height: wrapped lines on a narrow window push the rest down.
    const below = (text: Phaser.GameObjects.Text, gap: number): number => text.y + text.height + gap * scale;
    y = below(this.add.text(centreX, y, 'ANALOG DREAMS', textStyle(40 * scale, ACCENT_COLOR)).setOrigin(0.5, 0), 14);
    const paragraph = (text: string, { size, color, wrap }: { size: number; color: string; wrap: number }): Phaser.GameObjects.Text =>
      this.add
        .text(centreX, y, text, { ...textStyle(size * scale, color), align: 'center', wordWrap: { width: Math.min(width - 40, wrap * scale) } })
        .setOrigin(0.5, 0);
    y = below(paragraph(STORY_LINE, { size: 16, color: TEXT_COLOR, wrap: 640 }), 16);
    const howToPlay = paragraph(HOW_TO_PLAY, { size: 14, color: DIM_TEXT_COLOR, wrap: 600 });
    y = below(howToPlay, 22);
    this.entryTexts = this.entries.map((_, index) => {
      const entry = this.add.text(centreX, y, '', textStyle((index === 0 ? 22 : 18) * scale, TEXT_COLOR)).setOrigin(0.5, 0);
      y = below(entry, 6);
      return entry;
    });
    if (this.notice !== null) y = below(paragraph(this.notice, { size: 13, color: WARNING_COLOR, wrap: 640 }), 10);
    this.showChosen();
    const chosen = this.entryTexts[this.chosen];
    // A slow pulse on the chosen entry says "waiting for you" without moving anything (none with reduced motion).
    if (!isReducedMotion()) {
      const pulse = this.tweens.add({ targets: this.entryTexts, alpha: { from: 1, to: 0.7 }, duration: 900, yoyo: true, repeat: -1 });
      chosen?.once(Phaser.GameObjects.Events.DESTROY, () => {
        pulse.remove();
      });
    }
    y = below(this.add.text(centreX, y, titleMenuLine(), textStyle(12 * scale, DIM_TEXT_COLOR)).setOrigin(0.5, 0), 20);
    // Eleven rows since Dream joined them: a little less spacing keeps them clear of the line at the foot.
    const controls = this.add
      .text(centreX, y, titleControlLines().join('\n'), { ...textStyle(14 * scale, DIM_TEXT_COLOR), lineSpacing: 4 * scale })
      .setOrigin(0.5, 0);
    // A third entry (Continue) or the save's notice would push the controls into the line at the foot:
    // the column moves up into the space above it instead, as far as there is.
    const column = this.children.list.slice(columnStart) as (Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.GetBounds & Phaser.GameObjects.Components.Transform)[];
    const overflow = controls.y + controls.height + 8 * scale - (foot.y - foot.height);
    const room = Math.min(...column.map((object) => object.getBounds().top)) - 8 * scale;
    const lift = Math.max(0, Math.min(overflow, room));
    for (const object of column) object.y -= lift;
  }
}
