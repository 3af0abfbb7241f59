// Small helpers for feeding a world scripted input, tick by tick.
import type { InputFrame } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';

export function input(frame: Partial<InputFrame>): InputFrame {
  return { ...NO_INPUT, ...frame };
}

export const RIGHT = input({ moveX: 1 });
export const LEFT = input({ moveX: -1 });
export const UP = input({ moveY: -1 });
export const DOWN = input({ moveY: 1 });
export const RESTART = input({ restart: true });
