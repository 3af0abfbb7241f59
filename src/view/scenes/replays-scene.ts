// The title's Replays: pick a run's file to watch it played back by the game's own rules (one chapter, or
// the whole game from New game through every screen), or to race it as a ghost; a replay dropped on the
// window is watched too. A file the game refuses is said here, with its place, and nothing is lost.
import Phaser from 'phaser';
import { pickTextFile } from '../../platform/text-files.ts';
import { MAX_REPLAY_BYTES } from '../../run/replay.ts';
import { BINDINGS, keysLabel, padLabel, type Action } from '../input/bindings.ts';
import { replayNotice, useReplayText, type ReplayUse } from '../replays/replay-import.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { TITLE_ENTRY } from '../ui/menu-entries.ts';
import { bindMenuKeys, interfaceScale, layoutOnResize } from '../ui/menu-screen.ts';
import { drawStarfield } from '../ui/starfield.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, TEXT_COLOR, WARNING_COLOR, textStyle } from '../ui/palette.ts';
import { domKeyCode } from '../input/dom-key-codes.ts';

export class ReplaysScene extends Phaser.Scene {
  /** Said while a picked file is read and re-simulated. */
  #checking: string | null = null;

  constructor() {
    super(SCENE_KEYS.replays);
  }

  create(): void {
    this.#checking = null;
    layoutOnResize(this, () => {
      this.#layout();
    });
    bindMenuKeys(this, {
      back: () => {
        this.scene.start(SCENE_KEYS.title, { focus: TITLE_ENTRY.replays });
      },
    });
    // The picker opens from the DOM's own key event, as on the Custom level screen: browsers open one only
    // inside the user's gesture.
    const watchKeys = BINDINGS.confirm.keys.map(domKeyCode);
    const raceKeys = BINDINGS.raceReplay.keys.map(domKeyCode);
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.repeat) return;
      if (watchKeys.includes(event.code)) this.#pick('watch');
      else if (raceKeys.includes(event.code)) this.#pick('race');
    };
    window.addEventListener('keydown', onKeyDown);
    const onClick = (): void => {
      this.#pick('watch');
    };
    this.game.canvas.addEventListener('click', onClick);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('keydown', onKeyDown);
      this.game.canvas.removeEventListener('click', onClick);
    });
  }

  #pick(use: ReplayUse): void {
    pickTextFile({ accept: '.json', maximumBytes: MAX_REPLAY_BYTES, onText: (result) => {
      if (!result.ok) {
        this.#say(result.message);
        return;
      }
      this.#say(`Checking ${result.name} by the game's rules...`);
      void useReplayText(this.game, { text: result.text, name: result.name, use }).then((refusal) => {
        if (refusal !== null && this.scene.isActive()) this.#say(null);
      });
    } });
  }

  #say(checking: string | null): void {
    this.#checking = checking;
    if (!this.scene.isActive()) return;
    this.children.removeAll(true);
    this.#layout();
  }

  #layout(): void {
    const scale = interfaceScale(this);
    const { width, height } = this.scale;
    const centreX = Math.floor(width / 2);
    drawStarfield(this, { width, height, scale });
    const wrap = { align: 'center', wordWrap: { width: Math.min(width - 40, 640 * scale) } } as const;
    let y = Math.floor(height * 0.18);
    const title = this.add.text(centreX, y, 'Replays', textStyle(32 * scale, ACCENT_COLOR)).setOrigin(0.5, 0);
    y = title.y + title.height + 18 * scale;
    const intro = this.add
      .text(centreX, y, 'Every run records itself. Watch one played again by the game\'s own rules: its time counts only if the run ends as the file says. Or race it: a translucent Mira runs it beside you.', { ...textStyle(15 * scale, TEXT_COLOR), ...wrap })
      .setOrigin(0.5, 0);
    y = intro.y + intro.height + 24 * scale;
    const keys = (action: Action): string => `${keysLabel(action)}${padLabel(action) === '' ? '' : ` (pad ${padLabel(action)})`}`;
    const lines = [
      `${keysLabel('confirm')} or a click: pick a .replay.json to watch`,
      `${keysLabel('raceReplay')}: pick one to race as a ghost`,
      'or drop a replay file onto this window to watch it',
      '',
      `Watching: ${keys('playbackSlower')} slower, ${keys('playbackFaster')} faster,`,
      `${keys('playbackPause')} hold, ${keys('playbackStep')} one tick`,
      `In a chapter: ${keysLabel('toggleGhost')} shows or hides the ghost`,
      '',
      `${keysLabel('back')}: back to the title`,
    ];
    const list = this.add.text(centreX, y, lines.join('\n'), { ...textStyle(14 * scale, DIM_TEXT_COLOR), align: 'center', lineSpacing: 8 * scale }).setOrigin(0.5, 0);
    y = list.y + list.height + 24 * scale;
    const notice = this.#checking === null ? replayNotice() : { text: this.#checking, refused: false };
    if (notice !== null) this.add.text(centreX, y, notice.text, { ...textStyle(14 * scale, notice.refused ? WARNING_COLOR : TEXT_COLOR), ...wrap }).setOrigin(0.5, 0);
  }
}
