// A 32-bit FNV-1a hash over every part of the world the rules read or write, so two runs can be
// compared tick by tick (replays, browser against Node). The level itself is not hashed: it is input.
import type { EnforcerMode, Gait, World, WorldStatus } from './types.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const STATUS_CODES: Readonly<Record<WorldStatus, number>> = { playing: 0, finished: 1 };
const GAIT_CODES: Readonly<Record<Gait, number>> = { still: 0, sneak: 1, walk: 2, run: 3 };
const MODE_CODES: Readonly<Record<EnforcerMode, number>> = { patrol: 0, suspicious: 1, return: 2 };

class Fnv1a {
  private hash = FNV_OFFSET;

  /** Feeds the low 32 bits of an integer, byte by byte. */
  add(value: number): void {
    let word = value | 0;
    for (let byte = 0; byte < 4; byte += 1) {
      this.hash = Math.imul(this.hash ^ (word & 0xff), FNV_PRIME);
      word >>>= 8;
    }
  }

  addBoolean(value: boolean): void {
    this.add(value ? 1 : 0);
  }

  hex(): string {
    return (this.hash >>> 0).toString(16).padStart(8, '0');
  }
}

export function hashWorld(world: World): string {
  const hash = new Fnv1a();
  hash.add(world.seed);
  hash.add(world.tick);
  hash.add(STATUS_CODES[world.status]);
  hash.add(world.finishTick ?? -1);
  hash.add(world.catches);
  hash.add(world.rngState);
  hash.addBoolean(world.respawnPending);

  const { mira } = world;
  hash.add(mira.x);
  hash.add(mira.y);
  hash.add(mira.facingX);
  hash.add(mira.facingY);
  hash.add(GAIT_CODES[mira.gait]);
  hash.add(mira.footstepTicks);

  hash.add(world.enforcers.length);
  for (const enforcer of world.enforcers) {
    hash.add(enforcer.id);
    hash.add(enforcer.x);
    hash.add(enforcer.y);
    hash.add(enforcer.facingX);
    hash.add(enforcer.facingY);
    hash.add(MODE_CODES[enforcer.mode]);
    hash.add(enforcer.detection);
    hash.addBoolean(enforcer.seesMira);
    hash.add(enforcer.routeIndex);
    hash.add(enforcer.routeDirection);
    hash.add(enforcer.waitTicks);
    hash.addBoolean(enforcer.pathPending);
    hash.add(enforcer.lastSeenX);
    hash.add(enforcer.lastSeenY);
    hash.add(enforcer.path.length);
    for (const tile of enforcer.path) {
      hash.add(tile.x);
      hash.add(tile.y);
    }
  }

  hash.add(world.pathQueue.pending.length);
  for (const request of world.pathQueue.pending) {
    hash.add(request.enforcerId);
    hash.add(request.tick);
    hash.add(request.fromX);
    hash.add(request.fromY);
    hash.add(request.toX);
    hash.add(request.toY);
  }
  return hash.hex();
}
