// What the screen mirror (screen-mirror.ts) keeps of each element so that a frame touches the DOM only
// where something changed: a style written is remembered and not written again while it holds, and a
// Graphics' command buffer is compared with a kept copy before its canvas is painted again. No Phaser and
// no DOM types: Node tests it with plain objects.

export type MirroredStyle = 'transform' | 'opacity' | 'width' | 'height';

/** The part of an element's style the mirror writes. */
export interface StyleTarget {
  readonly style: Record<MirroredStyle, string>;
}

export class KeptStyle {
  readonly #target: StyleTarget;
  readonly #written = new Map<MirroredStyle, string>();

  constructor(target: StyleTarget) {
    this.#target = target;
  }

  /** Writes the value unless it is what was last written; true when it wrote. */
  set(property: MirroredStyle, value: string): boolean {
    if (this.#written.get(property) === value) return false;
    this.#written.set(property, value);
    this.#target.style[property] = value;
    return true;
  }
}

/**
 * Copies `current` into `kept` when they differ and says whether they did: a Graphics is cleared and
 * drawn again every frame by its owner, mostly with the same commands, which need no new painting.
 */
export function keepIfChanged(kept: unknown[], current: readonly unknown[]): boolean {
  let changed = kept.length !== current.length;
  if (!changed) {
    for (let index = 0; index < current.length; index += 1) {
      if (kept[index] !== current[index]) {
        changed = true;
        break;
      }
    }
  }
  if (changed) {
    kept.length = 0;
    // Indexed, not iterated: an iterator made for each copy was a kilobyte and a half of a frame's garbage.
    for (let index = 0; index < current.length; index += 1) kept.push(current[index]);
  }
  return changed;
}

/** Whether two lists hold the same things in the same order (the overlay's elements, frame to frame). */
export function sameOrder(previous: readonly unknown[], next: readonly unknown[]): boolean {
  if (previous.length !== next.length) return false;
  for (let index = 0; index < next.length; index += 1) if (previous[index] !== next[index]) return false;
  return true;
}
