// The rules' only randomness: mulberry32, a 32-bit generator whose whole state is one integer kept in
// the world, so a restart or a replay reproduces it exactly. Math.imul keeps every step in 32 bits.
import type { World } from './types.ts';

const GOLDEN_INCREMENT = 0x6d2b79f5;

/** The generator's state for a seed (any number; only its low 32 bits count). */
export function seedRandomState(seed: number): number {
  return seed >>> 0;
}

/** One step of mulberry32: the next state and an unsigned 32-bit output. */
export function nextRandomFromState(state: number): { state: number; value: number } {
  const nextState = (state + GOLDEN_INCREMENT) >>> 0;
  let mixed = nextState;
  mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
  mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
  return { state: nextState, value: (mixed ^ (mixed >>> 14)) >>> 0 };
}

/** An unsigned 32-bit integer from the world's generator; advances world.rngState. */
export function nextRandom(world: World): number {
  const { state, value } = nextRandomFromState(world.rngState);
  world.rngState = state;
  return value;
}

/** An integer in 0..bound-1 (bound from 1 to 2^32); advances world.rngState once. */
export function randomBelow(world: World, bound: number): number {
  // Multiply-shift instead of modulo: no bias worth noticing and no division.
  return Math.floor((nextRandom(world) * bound) / 0x100000000);
}
