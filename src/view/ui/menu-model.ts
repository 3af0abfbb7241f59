// A menu as data: its entries and which one has the focus. Every menu (title, chapter select, settings,
// credits, result, pause) keeps one, and keys, pad, pointer all move the same focus through it, so the
// three ways in can never disagree. No Phaser: Node tests drive it as the scenes do.

export interface MenuItem {
  /** Stable name the scene acts on (`new-game`, `chapter:bedroom`, `text-speed`). */
  readonly id: string;
  /** What the player reads (`Text speed`). */
  readonly label: string;
  /** A setting's value (`normal`), which left and right step through; none for an entry that only opens. */
  readonly value?: string;
  /** False for an entry shown but not open yet (Chapter select before any chapter is reached): focus skips it. */
  readonly enabled?: boolean;
}

export class MenuModel {
  #entries: readonly MenuItem[] = [];
  #focusIndex = 0;

  /** `focusId`: the entry focused first; the first open entry when left out or not there. */
  constructor(items: readonly MenuItem[], focusId?: string) {
    this.setItems(items, focusId);
  }

  get items(): readonly MenuItem[] {
    return this.#entries;
  }

  get focus(): number {
    return this.#focusIndex;
  }

  get focused(): MenuItem | null {
    return this.#entries[this.#focusIndex] ?? null;
  }

  /** New entries (a setting's label changed, an entry came or went); the focus stays on the same id where it can. */
  setItems(items: readonly MenuItem[], focusId: string | undefined = this.focused?.id): void {
    this.#entries = items;
    const wanted = items.findIndex((item) => item.id === focusId && isOpen(item));
    this.#focusIndex = wanted !== -1 ? wanted : Math.max(0, items.findIndex(isOpen));
  }

  /** One entry up (-1) or down (1), round the ends, over entries that are not open. */
  move(step: -1 | 1): void {
    const count = this.#entries.length;
    for (let tried = 1; tried <= count; tried += 1) {
      const index = (((this.#focusIndex + step * tried) % count) + count) % count;
      if (isOpen(this.#entries[index])) {
        this.#focusIndex = index;
        return;
      }
    }
  }

  /** The pointer is over entry `index`: it takes the focus if it is open. Returns whether the focus is there. */
  focusAt(index: number): boolean {
    if (!isOpen(this.#entries[index])) return false;
    this.#focusIndex = index;
    return true;
  }
}

function isOpen(item: MenuItem | undefined): boolean {
  return item !== undefined && item.enabled !== false;
}

/**
 * The row as drawn: `▶ New game ◀` focused, `  New game` not. A fixed gutter keeps every label in one
 * column whether it has the focus or not, and settings' values start in one column `labelWidth` along,
 * their arrows saying left and right change them: `▶ Text speed  ◀ normal ▶`.
 */
export function menuRowText(item: MenuItem, focused: boolean, labelWidth = 0): string {
  const gutter = focused ? '▶ ' : '  ';
  if (item.value === undefined) return `${gutter}${item.label}${focused ? ' ◀' : ''}`;
  return `${gutter}${item.label.padEnd(labelWidth)}  ${focused ? `◀ ${item.value} ▶` : `  ${item.value}`}`;
}

/** The column where settings' values start: the longest label among those with a value. */
export function valueColumn(items: readonly MenuItem[]): number {
  return Math.max(0, ...items.filter((item) => item.value !== undefined).map((item) => item.label.length));
}

/** The value after `current` in `values`, `step` along: clamped at the ends, or round them with `wrap`. */
export function stepThrough<Value>(values: readonly Value[], current: Value, options: { readonly step: number; readonly wrap: boolean }): Value {
  const at = Math.max(0, values.indexOf(current));
  const next = at + options.step;
  const index = options.wrap ? ((next % values.length) + values.length) % values.length : Math.max(0, Math.min(values.length - 1, next));
  return values[index] ?? current;
}

export type StickDirection = 'up' | 'down' | 'left' | 'right';

/** Past this much of its travel a stick counts as pushed: further than the level's dead zone, so a menu never drifts. */
const MENU_STICK_THRESHOLD = 0.5;

/** Where a stick at (x, y) points (y down, as the Gamepad API has it), by its larger travel; null near the centre. */
export function stickDirection(x: number, y: number): StickDirection | null {
  if (Math.max(Math.abs(x), Math.abs(y)) < MENU_STICK_THRESHOLD) return null;
  if (Math.abs(y) >= Math.abs(x)) return y < 0 ? 'up' : 'down';
  return x < 0 ? 'left' : 'right';
}
