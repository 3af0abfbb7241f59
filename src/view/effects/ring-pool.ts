// Noise rings kept for the next noise of the same size. Making a Phaser Arc computes its whole outline
// (a hundred points and their triangulation) and cutting it to ring-detail's segments computes it again;
// footsteps make a ring every few ticks, and with a chase on that made `events` the slowest part of some
// frames. A ring whose tween ended waits here hidden, its outline still right for its radius.

/** Hidden rings by radius (world pixels): a ring is only ever reused at the radius it was made for. */
export class RingPool<Ring> {
  readonly #free = new Map<number, Ring[]>();
  readonly #make: (radius: number) => Ring;

  constructor(make: (radius: number) => Ring) {
    this.#make = make;
  }

  /** A ring of `radius` that no one is showing: a kept one when there is one, else a new one. */
  take(radius: number): Ring {
    return this.#free.get(radius)?.pop() ?? this.#make(radius);
  }

  /** Back for the next noise of the same radius, once its owner hid it. */
  give(radius: number, ring: Ring): void {
    const free = this.#free.get(radius);
    if (free === undefined) this.#free.set(radius, [ring]);
    else free.push(ring);
  }
}
