// Effects kept for the next one that looks the same. Making a Phaser Arc computes its whole outline (a
// hundred points and their triangulation), and cutting it to ring-detail's segments computes it again;
// making a Text makes a canvas, draws the word and uploads a new texture. Footsteps make a ring every few
// ticks and a hunt says "?" again and again: made anew, they made `events` the slowest part of some frames.
// An effect whose tween ended waits here hidden, still drawn for its key (a ring's radius, a word and its
// colour), so showing it again draws nothing new.

/** Hidden effects by what they show: one is only ever handed out again for the key it was given back under. */
export class ReusePool<Key, Item> {
  readonly #free = new Map<Key, Item[]>();

  /** One that no one is showing, drawn for `key`: a kept one when there is one, else `make`'s. */
  take(key: Key, make: () => Item): Item {
    return this.#free.get(key)?.pop() ?? make();
  }

  /** Back for the next effect of the same key, once its owner hid it. */
  give(key: Key, item: Item): void {
    const free = this.#free.get(key);
    if (free === undefined) this.#free.set(key, [item]);
    else free.push(item);
  }
}
