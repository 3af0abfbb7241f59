// Where Mira and each Enforcer were at the previous tick and where they are drawn this frame: the
// interpolation between fixed ticks. No Phaser. Kept in place between frames so drawing allocates nothing.
import { SUBPIXELS_PER_PIXEL, type World } from '../../sim/index.ts';

export interface Position {
  x: number;
  y: number;
}

export class Motion {
  /** Positions at the previous tick, sub-pixels: the start of the interpolation. */
  readonly #previousMira: Position = { x: 0, y: 0 };
  readonly #previousEnforcers = new Map<number, Position>();
  /** Where each is drawn this frame, whole world pixels. */
  readonly drawnMira: Position = { x: 0, y: 0 };
  readonly drawnEnforcers = new Map<number, Position>();
  /** Whether each moved during the last tick, for the walk cycle. */
  miraMoved = false;
  readonly #enforcersMoved = new Map<number, boolean>();
  /** Children as Enforcers, by id; the children's rules move them, the view only follows. */
  readonly #previousChildren = new Map<number, Position>();
  readonly drawnChildren = new Map<number, Position>();
  readonly #childrenMoved = new Map<number, boolean>();

  /** The world's positions become the start of the next interpolation; nothing has moved. */
  rememberAll(world: World): void {
    this.rememberMira(world);
    for (const enforcer of world.enforcers) {
      const previous = this.#previousEnforcers.get(enforcer.id);
      if (previous) {
        previous.x = enforcer.x;
        previous.y = enforcer.y;
      } else {
        this.#previousEnforcers.set(enforcer.id, { x: enforcer.x, y: enforcer.y });
      }
    }
    for (const child of world.children) {
      const previous = this.#previousChildren.get(child.id);
      if (previous) {
        previous.x = child.x;
        previous.y = child.y;
      } else {
        this.#previousChildren.set(child.id, { x: child.x, y: child.y });
      }
    }
    this.miraMoved = false;
    this.#enforcersMoved.clear();
    this.#childrenMoved.clear();
  }

  /** Mira only: she jumped (a respawn), so she is drawn where she is now, not sliding from the catch. */
  rememberMira(world: World): void {
    this.#previousMira.x = world.mira.x;
    this.#previousMira.y = world.mira.y;
  }

  /** The children jumped with her (the group goes back together after a catch). */
  rememberChildren(world: World): void {
    for (const child of world.children) this.#previousChildren.set(child.id, { x: child.x, y: child.y });
  }

  /** After a tick: who moved during it. */
  noteMoves(world: World): void {
    this.miraMoved = this.#previousMira.x !== world.mira.x || this.#previousMira.y !== world.mira.y;
    for (const enforcer of world.enforcers) {
      const before = this.#previousEnforcers.get(enforcer.id);
      this.#enforcersMoved.set(enforcer.id, before !== undefined && (before.x !== enforcer.x || before.y !== enforcer.y));
    }
    for (const child of world.children) {
      const before = this.#previousChildren.get(child.id);
      this.#childrenMoved.set(child.id, before !== undefined && (before.x !== child.x || before.y !== child.y));
    }
  }

  childMoved(id: number): boolean {
    return this.#childrenMoved.get(id) ?? false;
  }

  enforcerMoved(id: number): boolean {
    return this.#enforcersMoved.get(id) ?? false;
  }

  /** Interpolates every position for a frame `alpha` of the way from the previous tick to the current one. */
  place(world: World, alpha: number): void {
    interpolate(this.#previousMira, world.mira, { alpha, into: this.drawnMira });
    for (const enforcer of world.enforcers) {
      let position = this.drawnEnforcers.get(enforcer.id);
      if (!position) {
        position = { x: 0, y: 0 };
        this.drawnEnforcers.set(enforcer.id, position);
      }
      interpolate(this.#previousEnforcers.get(enforcer.id) ?? enforcer, enforcer, { alpha, into: position });
    }
    for (const child of world.children) {
      let position = this.drawnChildren.get(child.id);
      if (!position) {
        position = { x: 0, y: 0 };
        this.drawnChildren.set(child.id, position);
      }
      interpolate(this.#previousChildren.get(child.id) ?? child, child, { alpha, into: position });
    }
  }
}

/** Sub-pixel positions in, whole world pixels out: every object steps on the same pixel grid as the camera. */
function interpolate(
  previous: Readonly<Position>,
  current: Readonly<Position>,
  { alpha, into }: { readonly alpha: number; readonly into: Position },
): Position {
  const x = previous.x + (current.x - previous.x) * alpha;
  const y = previous.y + (current.y - previous.y) * alpha;
  into.x = Math.round(x / SUBPIXELS_PER_PIXEL);
  into.y = Math.round(y / SUBPIXELS_PER_PIXEL);
  return into;
}
