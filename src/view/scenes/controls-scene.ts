// The Controls screen, reached from the settings: every action of play and the pause with its keys or pad
// buttons; choose one and press its new key or button. A key another action listens for at the same time
// is refused with a message naming that action; Reset to defaults gives the game's table back. Keys, the
// mouse and a pad all work it; each change is used at once and kept in the save.
import Phaser from 'phaser';
import { BINDINGS, type Action, type PadControl } from '../input/bindings.ts';
import { ACTION_DETAILS, controlLabel, rebind, type ControlDevice, type NewControl } from '../input/binding-model.ts';
import { menuHintLines } from '../input/controls-text.ts';
import { bindingProblems, changeBindings, currentBindings, deviceUsedLast } from '../input/current-bindings.ts';
import { keyNameOfEvent } from '../input/key-names.ts';
import { PAD_BUTTON } from '../input/pad-buttons.ts';
import { SCENE_KEYS } from '../scene-keys.ts';
import { CONTROLS_ENTRY, actionOfEntry, capturePrompt, controlsEntries, controlsHelp } from '../ui/controls-entries.ts';
import { MenuList, bindMenuList } from '../ui/menu-list.ts';
import { MenuModel } from '../ui/menu-model.ts';
import { interfaceScale, layoutOnResize } from '../ui/menu-screen.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, WARNING_COLOR, textStyle } from '../ui/palette.ts';
import { SETTING } from '../ui/menu-entries.ts';
import { drawStarfield } from '../ui/starfield.ts';

export interface ControlsData {
  /** Where the settings that opened this screen came from: they are opened again on the way back. */
  readonly from?: 'title' | 'level';
}

const PAD_CONTROL_OF_BUTTON = new Map<number, PadControl>(Object.entries(PAD_BUTTON).map(([control, index]) => [index, control as PadControl]));

interface Status {
  readonly text: string;
  readonly warning: boolean;
}

export class ControlsScene extends Phaser.Scene {
  #from: 'title' | 'level' = 'title';

  constructor() {
    super(SCENE_KEYS.controls);
  }

  init(data: ControlsData | undefined): void {
    this.#from = data?.from ?? 'title';
  }

  create(): void {
    let device: ControlDevice = deviceUsedLast();
    let capturing: Action | null = null;
    // A capture listens from the frame after it began, and the menu rests for the frame a capture ends in:
    // the press that chose the row, or that became the new key, is never read twice.
    let armed = false;
    let resting = false;
    const problems = bindingProblems();
    let status: Status = problems.length > 0
      ? { text: `Some saved controls could not be used and are back to their defaults: ${problems.join('; ')}`, warning: true }
      : { text: controlsHelp(device), warning: false };
    let statusText: Phaser.GameObjects.Text | null = null;
    const showStatus = (next: Status): void => {
      status = next;
      statusText?.setText(next.text).setColor(next.warning ? WARNING_COLOR : ACCENT_COLOR);
    };
    const list = new MenuList(this, new MenuModel(controlsEntries(currentBindings(), device)), {
      // While a capture waits, a click only ends it (below): it opens no row. (The click's release after
      // that finds no row pressed, so the pointer needs no rest after a capture, and follows at once.)
      listening: () => capturing === null,
      activate: (item) => {
        if (item.id === CONTROLS_ENTRY.back) back();
        if (item.id === CONTROLS_ENTRY.reset) {
          const written = changeBindings(BINDINGS);
          refresh();
          showStatus(written.ok ? { text: 'Every control is back to its default.', warning: false } : { text: `Back to the defaults for this visit: ${written.message}`, warning: true });
        }
      },
      adjust: (item, _step, wrap) => {
        if (item.id === CONTROLS_ENTRY.device) {
          device = device === 'keyboard' ? 'pad' : 'keyboard';
          refresh();
          showStatus({ text: controlsHelp(device), warning: false });
          return;
        }
        // Left and right on an action change nothing: confirm or a click asks for its new control.
        const action = actionOfEntry(item.id);
        if (action === null || !wrap) return;
        capturing = action;
        armed = false;
        showStatus({ text: capturePrompt(action, device), warning: false });
      },
    });
    const refresh = (): void => {
      list.update(controlsEntries(currentBindings(), device));
    };
    const finishCapture = (control: NewControl | null): void => {
      const action = capturing;
      capturing = null;
      resting = true;
      if (action === null) return;
      if (control === null) {
        showStatus({ text: `${ACTION_DETAILS[action].name} keeps its controls.`, warning: false });
        return;
      }
      const result = rebind(currentBindings(), { action, control });
      if (!result.ok) {
        showStatus({ text: result.message, warning: true });
        return;
      }
      const written = changeBindings(result.bindings);
      refresh();
      const said = `${ACTION_DETAILS[action].name}: ${controlLabel(control)}.`;
      showStatus(written.ok ? { text: said, warning: false } : { text: `${said} For this visit only: ${written.message}`, warning: true });
    };
    // Registered before the menu's own keys, so a capture sees a press before the menu could act on it.
    const keyboard = this.input.keyboard;
    const onKey = (event: KeyboardEvent): void => {
      if (capturing === null || !armed || event.repeat) return;
      const key = keyNameOfEvent(event);
      if (key === 'ESC') finishCapture(null);
      else if (device === 'pad') return;
      else if (key === null) showStatus({ text: 'That key cannot be bound: press another (Esc: keep the old one).', warning: true });
      else finishCapture({ device: 'keyboard', key });
    };
    keyboard?.on(Phaser.Input.Keyboard.Events.ANY_KEY_DOWN, onKey);
    const onPadButton = (_pad: Phaser.Input.Gamepad.Gamepad, button: Phaser.Input.Gamepad.Button): void => {
      if (capturing === null || !armed) return;
      const control = PAD_CONTROL_OF_BUTTON.get(button.index);
      // A keyboard capture: any pad button keeps the old key, so a pad player is never stuck waiting.
      if (device === 'keyboard') finishCapture(null);
      else if (control === undefined) showStatus({ text: 'That button cannot be bound: press another.', warning: true });
      else finishCapture({ device: 'pad', control });
    };
    this.input.gamepad?.on(Phaser.Input.Gamepad.Events.BUTTON_DOWN, onPadButton);
    // The click that chose the row went down before the capture began: any press now is a new one.
    const onPointer = (): void => {
      if (capturing !== null) finishCapture(null);
    };
    this.input.on(Phaser.Input.Events.POINTER_DOWN, onPointer);
    const onFrame = (): void => {
      armed = capturing !== null;
      resting = false;
    };
    this.events.on(Phaser.Scenes.Events.UPDATE, onFrame);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      keyboard?.off(Phaser.Input.Keyboard.Events.ANY_KEY_DOWN, onKey);
      this.input.gamepad?.off(Phaser.Input.Gamepad.Events.BUTTON_DOWN, onPadButton);
      this.input.off(Phaser.Input.Events.POINTER_DOWN, onPointer);
      this.events.off(Phaser.Scenes.Events.UPDATE, onFrame);
    });
    const back = (): void => {
      this.scene.start(SCENE_KEYS.settings, { from: this.#from, focus: SETTING.controls });
    };
    if (this.#from === 'level') this.cameras.main.setBackgroundColor('rgba(5, 4, 10, 0.95)');
    layoutOnResize(this, () => {
      statusText = null;
      const scale = interfaceScale(this);
      const { width, height } = this.scale;
      const centreX = Math.floor(width / 2);
      if (this.#from !== 'level') drawStarfield(this, { width, height, scale });
      const heading = this.add.text(centreX, 10 * scale, 'Controls', textStyle(24 * scale, ACCENT_COLOR)).setOrigin(0.5, 0);
      statusText = this.add
        .text(centreX, heading.y + heading.height + 6 * scale, status.text, {
          ...textStyle(13 * scale, status.warning ? WARNING_COLOR : ACCENT_COLOR),
          align: 'center',
          wordWrap: { width: Math.min(width - 40, 720 * scale) },
        })
        .setOrigin(0.5, 0);
      // Room for two lines of status whatever it says, so the rows never move under the pointer.
      list.place({ centreX, top: statusText.y + 36 * scale, size: 13 * scale, gap: 2 * scale });
      this.add
        .text(centreX, height - 8 * scale, menuHintLines({ changes: true, back: true }).join('\n'), { ...textStyle(11 * scale, DIM_TEXT_COLOR), align: 'center' })
        .setOrigin(0.5, 1);
    });
    bindMenuList(this, list, { back, active: () => capturing === null && !resting });
  }
}
