import { describe, expect, it } from 'vitest';
import { createWorld, DREAM_METER_FULL, DREAM_RIPPLE_TICKS, type World } from '../../src/sim/index.ts';
import { childFrame } from '../../src/view/renderers/child-sprites.ts';
import {
  circleReadiness, dreamPrompt, groupLine, interactPrompt, meterShare, ringProgress, rippleStrength,
} from '../../src/view/renderers/dream-cues.ts';
import { isInsideCircle } from '../../src/sim/dream-wave.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

const SPAN = 16 * 16;

/** Mira at S; a door d two tiles east; children at the given tiles; a circle of 4x3 tiles at (1,1). */
function world(children: readonly (readonly [number, number])[]): World {
  const { level } = levelFromAscii(
    [
      '##########',
      '#........#',
      '#........#',
      '#...S.d..#',
      '#........#',
      '#.......X#',
      '##########',
    ],
    { extras: { children: children.map((at, index) => ({ at, name: ['Leo', 'Ada', 'Noor', 'Kai'][index] ?? '' })), dreamCircles: [{ at: [1, 1], size: [5, 4], children: 2 }] } },
  );
  return createWorld(level, { seed: 1 });
}

describe('dream cues: the prompts over Mira', () => {
  it('offers to wake an asleep child in reach before the door in front of her', () => {
    const state = world([[5, 3]]);
    state.mira.facingX = 1;
    state.mira.facingY = 0;
    expect(interactPrompt(state)).toBe('E: wake Leo');
    state.children[0]!.mode = 'following';
    // The group is next to her, but the door in front wins over it.
    state.mira.x += 16 * 16;
    expect(interactPrompt(state)).toBe('E: open');
  });

  it('orders the group within two tiles: wait while any follows, follow once all wait; nothing farther', () => {
    const state = world([[2, 3], [2, 4]]);
    state.mira.facingX = -1;
    state.mira.facingY = 0;
    for (const child of state.children) child.mode = 'following';
    expect(interactPrompt(state)).toBe('E: wait here');
    for (const child of state.children) child.mode = 'waiting';
    expect(interactPrompt(state)).toBe('E: follow me');
    for (const child of state.children) child.x += 4 * SPAN;
    for (const child of state.children) child.y -= 2 * SPAN;
    expect(interactPrompt(state)).toBeNull();
    state.children[0]!.mode = 'asleep';
    expect(interactPrompt(state)).toBeNull();
  });

  it('inside a circle says how to dream, and how many children it needs until enough follow inside', () => {
    const state = world([[2, 2], [3, 2], [8, 1]]);
    expect(dreamPrompt(state)).toBe('Hold F: dream together — needs 2 children inside the circle (0 in)');
    state.children[0]!.mode = 'following';
    expect(dreamPrompt(state)).toBe('Hold F: dream together — needs 2 children inside the circle (1 in)');
    expect(circleReadiness(state, 0)).toMatchObject({ miraInside: true, followersInside: 1, ready: false });
    state.children[1]!.mode = 'following';
    expect(circleReadiness(state, 0).ready).toBe(true);
    expect(dreamPrompt(state)).toBe('Hold F: dream together');
    // Seen, the ring would not fill (the rules' own test): the prompt says why instead of offering it.
    state.enforcers.push({ ...state.enforcers[0]!, seesMira: true });
    expect(circleReadiness(state, 0)).toMatchObject({ ready: false, seen: true });
    expect(dreamPrompt(state)).toBe('Hold F: dream together — not while you are seen');
    state.enforcers.pop();
    state.dream.stage = 'dreaming';
    expect(dreamPrompt(state)).toBeNull();
    state.dream.stage = 'waking';
    state.mira.x = 8 * SPAN + SPAN / 2;
    expect(dreamPrompt(state)).toBeNull();
  });

  it('counts an ellipse by its outline, not its box', () => {
    const circle = { id: 1, area: { x: 0, y: 0, width: 100, height: 50 }, round: true, children: 1 };
    expect(isInsideCircle(circle, 50, 25)).toBe(true);
    expect(isInsideCircle(circle, 3, 3)).toBe(false);
    expect(isInsideCircle({ ...circle, round: false }, 3, 3)).toBe(true);
  });
});

describe('dream cues: the HUD and the cells', () => {
  it('counts who follows and who waits, and says nothing on a level without children', () => {
    expect(groupLine(world([]))).toBeNull();
    const state = world([[1, 1], [2, 1], [3, 1], [4, 1]]);
    expect(groupLine(state)).toBe('children 0/4 following');
    state.children[0]!.mode = 'following';
    state.children[1]!.mode = 'following';
    state.children[2]!.mode = 'waiting';
    expect(groupLine(state)).toBe('children 2/4 following · 1 waiting');
  });

  it('fills the ring from ringTicks and shows the meter only while the dream lasts', () => {
    expect([ringProgress(0), ringProgress(30), ringProgress(60), ringProgress(90)]).toEqual([0, 0.5, 1, 1]);
    const state = world([]);
    state.dream.meter = DREAM_METER_FULL / 4;
    expect(meterShare(state)).toBeNull();
    state.dream.stage = 'fading';
    expect(meterShare(state)).toBe(0.25);
  });

  it('ripples a cell only in the DREAM_RIPPLE_TICKS before its change, strongest at the front and while it waits', () => {
    expect(rippleStrength(-1, 100)).toBe(0);
    expect(rippleStrength(100 + DREAM_RIPPLE_TICKS + 1, 100)).toBe(0);
    expect(rippleStrength(100 + DREAM_RIPPLE_TICKS, 100)).toBe(0);
    expect(rippleStrength(130, 100)).toBeCloseTo(0.5);
    expect(rippleStrength(100, 100)).toBe(1);
    // Overdue: a cell waiting for Mira or a child to step off stays at the front until it changes.
    expect(rippleStrength(99, 100)).toBe(1);
  });

  it('draws each look from its own sheet, curled up while asleep, walking like Mira once awake', () => {
    const state = world([[1, 1], [2, 1], [3, 1], [4, 1]]);
    expect(state.children.map((child) => childFrame(child, { moving: false, tick: 0 }))).toEqual([
      'child0-asleep', 'child1-asleep', 'child2-asleep', 'child3-asleep',
    ]);
    const child = state.children[2]!;
    child.mode = 'following';
    child.facingX = -1;
    child.gait = 'walk';
    expect(childFrame(child, { moving: false, tick: 0 })).toBe('child2-left-0');
    expect(childFrame(child, { moving: true, tick: 8 })).toBe('child2-left-2');
  });
});
