// Small steps for scenario tests of Mira's group: a world from rows of text, walking her to points, waking a child.
import { createWorld } from '../../src/sim/create-world.ts';
import { step } from '../../src/sim/step.ts';
import type { ChildState, InputFrame, SimEvent, World } from '../../src/sim/types.ts';
import { input } from './input-script.ts';
import { levelFromAscii, type TestExtras, type TestEnforcer } from './level-builder.ts';

export const SPAN = 256;
export const centre = (tile: number): number => tile * SPAN + SPAN / 2;
export const INTERACT = input({ interact: true });
export const cellOf = (body: { x: number; y: number }): [number, number] => [Math.floor(body.x / SPAN), Math.floor(body.y / SPAN)];

export function worldOf(rows: readonly string[], extras: TestExtras, enforcers: readonly TestEnforcer[] = []): World {
  return createWorld(levelFromAscii(rows, { extras, enforcers }).level, { seed: 1 });
}

/** One tick's input towards a point (sub-pixels), null once she is within `near` of it on both axes. */
export function towards(world: World, to: { x: number; y: number }, options: { near?: number; gait?: Partial<InputFrame> } = {}): InputFrame | null {
  const near = options.near ?? 20;
  const dx = to.x - world.mira.x;
  const dy = to.y - world.mira.y;
  if (Math.abs(dx) <= near && Math.abs(dy) <= near) return null;
  const axis = (offset: number): -1 | 0 | 1 => (Math.abs(offset) <= near ? 0 : offset > 0 ? 1 : -1);
  return input({ moveX: axis(dx), moveY: axis(dy), ...options.gait });
}

/** Walks her to each point in turn; calls `each` after every tick with its events. */
export function walk(world: World, points: readonly { x: number; y: number }[], options: { gait?: Partial<InputFrame>; each?: (events: SimEvent[]) => void } = {}): void {
  for (const point of points) {
    for (let guard = 0; guard < 2000; guard += 1) {
      const frame = towards(world, point, { gait: options.gait });
      if (frame === null) break;
      const events = step(world, frame);
      options.each?.(events);
    }
  }
}

export function child(world: World, index = 0): ChildState {
  return world.children[index]!;
}

/** She stands beside the sleeping child (within reach) and presses Interact. */
export function wake(world: World, index = 0): SimEvent[] {
  world.mira.x = child(world, index).x - SPAN / 2;
  world.mira.y = child(world, index).y;
  return step(world, INTERACT);
}
