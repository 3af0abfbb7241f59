// A menu model drawn as one column of rows, left edges in line, the focused row marked and bright. The
// pointer works it as keys and pad do: over a row focuses it, a click (down and up on the same row)
// opens it. Drawn by a camera at zoom 1 with no scroll (a menu scene's own, the level's interface camera),
// so the pointer's screen position is the rows' position.
import Phaser from 'phaser';
import { MenuModel, menuRowText, valueColumn, type MenuItem } from './menu-model.ts';
import { bindMenuKeys, playMenuSound, type MenuActions } from './menu-screen.ts';
import { DIM_TEXT_COLOR, TEXT_COLOR, textStyle } from './palette.ts';

/** An entry not open yet: darker than an unfocused one (a colour, so a pulse over the rows' alpha keeps it). */
const CLOSED_TEXT_COLOR = '#57516f';

export interface MenuListOptions {
  readonly activate: (item: MenuItem) => void;
  /** Left or right on a setting; a click (or confirm) steps it forward, round past its last value (`wrap`). */
  readonly adjust?: (item: MenuItem, step: -1 | 1, wrap: boolean) => void;
  /** Where the rows go (the level's interface layer); the scene's display list when left out. */
  readonly layer?: Phaser.GameObjects.Layer;
  /** While this says false the pointer does nothing (the pause menu while the level plays). */
  readonly listening?: () => boolean;
  /** Told the entry in focus each time the rows are drawn (a screen that explains the focused entry). */
  readonly focused?: (item: MenuItem) => void;
}

export interface MenuPlacement {
  readonly centreX: number;
  readonly top: number;
  /** Font size in pixels, the interface scale applied. */
  readonly size: number;
  /** Pixels between rows. */
  readonly gap: number;
}

export class MenuList {
  #rows: Phaser.GameObjects.Text[] = [];
  #columnWidth = 0;
  /** The row a press went down on: only a release on the same row opens it. */
  #pressedRow = -1;

  readonly #scene: Phaser.Scene;
  readonly #options: MenuListOptions;

  constructor(
    scene: Phaser.Scene,
    readonly model: MenuModel,
    options: MenuListOptions,
  ) {
    this.#scene = scene;
    this.#options = options;
    const listening = (): boolean => this.#rows.length > 0 && (options.listening?.() ?? true);
    const over = (pointer: Phaser.Input.Pointer): void => {
      if (!listening()) return;
      const row = this.#rowAt(pointer.x, pointer.y);
      if (row !== -1 && row !== this.model.focus && this.model.focusAt(row)) this.refresh();
    };
    const down = (pointer: Phaser.Input.Pointer): void => {
      this.#pressedRow = listening() ? this.#rowAt(pointer.x, pointer.y) : -1;
    };
    const up = (pointer: Phaser.Input.Pointer): void => {
      const row = listening() ? this.#rowAt(pointer.x, pointer.y) : -1;
      const pressed = this.#pressedRow;
      this.#pressedRow = -1;
      if (row === -1 || row !== pressed || !this.model.focusAt(row)) return;
      this.refresh();
      const item = this.model.focused;
      if (item === null) return;
      playMenuSound();
      if (item.value !== undefined && options.adjust) options.adjust(item, 1, true);
      else options.activate(item);
    };
    const input = scene.input;
    input.on(Phaser.Input.Events.POINTER_MOVE, over);
    input.on(Phaser.Input.Events.POINTER_DOWN, down);
    input.on(Phaser.Input.Events.POINTER_UP, up);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      input.off(Phaser.Input.Events.POINTER_MOVE, over);
      input.off(Phaser.Input.Events.POINTER_DOWN, down);
      input.off(Phaser.Input.Events.POINTER_UP, up);
    });
  }

  /**
   * Draws the rows anew (after a layout cleared the scene, or to move them): one column centred on
   * `centreX` as a block, so the rows' left edges line up. Returns the y below the last row.
   */
  place({ centreX, top, size, gap }: MenuPlacement): number {
    for (const row of this.#rows) row.destroy();
    const labelWidth = valueColumn(this.model.items);
    let y = top;
    this.#rows = this.model.items.map((item) => {
      // Measured at its widest (focused) so the column does not shift as the focus moves.
      const row = this.#scene.add.text(0, y, menuRowText(item, true, labelWidth), textStyle(size, TEXT_COLOR)).setOrigin(0, 0);
      this.#options.layer?.add(row);
      y += row.height + gap;
      return row;
    });
    this.#columnWidth = Math.max(0, ...this.#rows.map((row) => row.width));
    const left = Math.floor(centreX - this.#columnWidth / 2);
    for (const row of this.#rows) row.setX(left);
    this.refresh();
    return y - gap;
  }

  /** Shows the model as it is now: the focus, and each setting's value. */
  refresh(): void {
    const { items, focus } = this.model;
    const labelWidth = valueColumn(items);
    this.#rows.forEach((row, index) => {
      const item = items[index];
      if (item === undefined) return;
      const focused = index === focus;
      row.setText(menuRowText(item, focused, labelWidth));
      row.setColor(item.enabled === false ? CLOSED_TEXT_COLOR : focused ? TEXT_COLOR : DIM_TEXT_COLOR);
    });
    const item = this.model.focused;
    if (item !== null) this.#options.focused?.(item);
  }

  /** New values for the same entries (a setting changed, the focus kept). */
  update(items: readonly MenuItem[]): void {
    this.model.setItems(items);
    this.refresh();
  }

  move(step: -1 | 1): void {
    this.model.move(step);
    this.refresh();
  }

  activateFocused(): void {
    const item = this.model.focused;
    if (item === null || item.enabled === false) return;
    if (item.value !== undefined && this.#options.adjust) this.#options.adjust(item, 1, true);
    else this.#options.activate(item);
  }

  adjustFocused(step: -1 | 1): void {
    const item = this.model.focused;
    if (item?.value !== undefined && item.enabled !== false) this.#options.adjust?.(item, step, false);
  }

  setVisible(visible: boolean): void {
    for (const row of this.#rows) row.setVisible(visible);
  }

  /** The rows drawn, for a layout that places other things around them. */
  get drawnRows(): readonly Phaser.GameObjects.Text[] {
    return this.#rows;
  }

  /** The row under a screen point: the whole column's width, and half the gap above and below each row. */
  #rowAt(x: number, y: number): number {
    return this.#rows.findIndex((row, index) => {
      if (!row.visible || !row.active) return false;
      const next = this.#rows[index + 1];
      const bottom = next === undefined ? row.y + row.height : (row.y + row.height + next.y) / 2;
      const previous = this.#rows[index - 1];
      const top = previous === undefined ? row.y : (previous.y + previous.height + row.y) / 2;
      return x >= row.x && x <= row.x + this.#columnWidth && y >= top && y < bottom;
    });
  }
}

/** Keys, pad buttons and stick move the list's focus, open its entry, step its setting; `back` as given. */
export function bindMenuList(scene: Phaser.Scene, list: MenuList, extra: Pick<MenuActions, 'back' | 'leaveTo' | 'active'> = {}): void {
  bindMenuKeys(scene, {
    ...extra,
    confirm: () => {
      list.activateFocused();
    },
    up: () => {
      list.move(-1);
    },
    down: () => {
      list.move(1);
    },
    left: () => {
      list.adjustFocused(-1);
    },
    right: () => {
      list.adjustFocused(1);
    },
  });
}
