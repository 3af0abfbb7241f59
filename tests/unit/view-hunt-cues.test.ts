// The hunt's view cues in drawing terms (no Phaser): the HUD's alert line, the radar's blips, the edge
// pointers to chasers, the look-ahead pan, and each state's cone style.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/sim/create-world.ts';
import { enforcerCue } from '../../src/sim/enforcer/enforcer-cues.ts';
import { sendToState } from '../../src/sim/enforcer/brain.ts';
import { chaserPointers, lookAheadOffset, radarBlips, radarFacing, radarGoal, radarPixel, RADAR_RANGE_PIXELS } from '../../src/view/renderers/radar-view.ts';
import { alertLine, goalArea } from '../../src/view/renderers/stealth-cues.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

const WIDE = ['S' + '.'.repeat(58), '.'.repeat(59), '.'.repeat(59)];

function world() {
  const { level } = levelFromAscii(WIDE, {
    enforcers: [
      { id: 1, start: [3, 1], routeMode: 'stationary' },
      { id: 2, start: [57, 1], routeMode: 'stationary' },
    ],
  });
  return createWorld(level, { seed: 1 });
}

describe('the HUD alert line', () => {
  it('names each level with its own glyph, and counts caution down to calm in m:ss', () => {
    expect(alertLine({ level: 'calm', cautionTicks: 0 }).text).toBe('○ calm');
    expect(alertLine({ level: 'caution', cautionTicks: 1800 }).text).toBe('▲ caution · calm in 0:30');
    expect(alertLine({ level: 'caution', cautionTicks: 61 }).text).toBe('▲ caution · calm in 0:02');
    expect(alertLine({ level: 'alarm', cautionTicks: 1800 }).text).toMatch(/^◆ ALARM/);
  });
});

describe('the radar and the chase pointers', () => {
  it('puts a blip on a whole pixel, which a step of Mira by less than a pixel of the disc leaves where it was', () => {
    const radius = 56;
    const worldPixels = (count: number): number => count / RADAR_RANGE_PIXELS;
    // 48 world pixels are 8.4 disc pixels: drawn at 8.
    expect(radarPixel(1200, worldPixels(48), radius)).toBe(1208);
    // Mira a world pixel away: the blip moves by 56/320 of a disc pixel, not enough to be drawn elsewhere.
    expect(radarPixel(1200, worldPixels(47), radius)).toBe(1208);
    // Ten world pixels move it two disc pixels (1.75, rounded).
    expect(radarPixel(1200, worldPixels(58), radius)).toBe(1210);
  });

  it('turns a blip by 64ths of a turn: a slow turn redraws the disc only at each', () => {
    const step = Math.PI / 32;
    expect(radarFacing(0.01)).toBe(0);
    expect(radarFacing(step * 0.6)).toBeCloseTo(step);
    expect(radarFacing(-Math.PI / 2 + 0.02)).toBeCloseTo(-Math.PI / 2);
  });

  it('shows only Enforcers within its range of Mira, placed relative to her', () => {
    const blips = radarBlips(world());
    expect(blips.map((blip) => blip.id)).toEqual([1]);
    expect(blips[0]!.x).toBeCloseTo(48 / RADAR_RANGE_PIXELS);
    expect(blips[0]!.style).toBe('calm');
  });

  it('points the compass and the radar at the dream circle until the exit can open, then at the exit', async () => {
    // First play: the circle was on neither; a new player never found it.
    const { level } = await loadMapFromDisk('maps/night-escape.tmj');
    const state = createWorld(level, { seed: 1 });
    const sanctuary = level.dreamCircles[0]!;
    expect(goalArea(state)).toBe(sanctuary.area);
    // From the yard the sanctuary is just past the radar's reach, to the north: on the rim.
    expect(radarGoal(state)).toMatchObject({ circle: true, beyond: true });
    expect(radarGoal(state).y).toBeLessThan(-0.9);
    state.mira.y -= 64 * 16;
    expect(radarGoal(state)).toMatchObject({ circle: true, beyond: false });
    state.flags.dream_merged = 1;
    expect(goalArea(state)).toBe(level.exit);
    // The hill gate lies farther than the radar reaches: a gold pip on its rim, pointing north-east.
    const goal = radarGoal(state);
    expect(goal).toMatchObject({ circle: false, beyond: true });
    expect(goal.x).toBeGreaterThan(0);
    expect(goal.y).toBeLessThan(0);
    expect(Math.hypot(goal.x, goal.y)).toBeCloseTo(1);
  });

  it('points at a chaser off screen, and at nobody who is not chasing', () => {
    const state = world();
    const view = { left: 0, top: 0, width: 320, height: 180, zoom: 1 };
    expect(chaserPointers(state, { view, inset: 10 })).toEqual([]);
    sendToState({ enforcer: state.enforcers[1]!, world: state, events: [] }, 'chase');
    const pointers = chaserPointers(state, { view, inset: 10 });
    expect(pointers.map((pointer) => pointer.id)).toEqual([2]);
    expect(pointers[0]!.arrow.x).toBe(310);
    sendToState({ enforcer: state.enforcers[0]!, world: state, events: [] }, 'chase');
    // The near one is on screen: no pointer for it.
    expect(chaserPointers(state, { view, inset: 10 }).map((pointer) => pointer.id)).toEqual([2]);
  });

  it('the look-ahead pans at most half the view, in the held direction', () => {
    expect(lookAheadOffset({ directionX: 1, directionY: -1, viewWidth: 320, viewHeight: 180, progress: 1 })).toEqual({ x: 160, y: -90 });
    expect(lookAheadOffset({ directionX: 1, directionY: 0, viewWidth: 320, viewHeight: 180, progress: 2 })).toEqual({ x: 160, y: 0 });
    expect(lookAheadOffset({ directionX: -1, directionY: 0, viewWidth: 320, viewHeight: 180, progress: 0.5 })).toEqual({ x: -80, y: 0 });
  });
});

describe('cone styles by state', () => {
  it('gives every state a style, the hunt its own, and a chaser the "!"', () => {
    const state = world();
    const enforcer = state.enforcers[0]!;
    const styleIn = (to: 'suspicious' | 'investigate' | 'chase' | 'search' | 'return') => {
      sendToState({ enforcer, world: state, events: [] }, to);
      return enforcerCue(state, enforcer);
    };
    expect(enforcerCue(state, enforcer).coneStyle).toBe('calm');
    expect(styleIn('suspicious').coneStyle).toBe('wary');
    expect(styleIn('investigate').coneStyle).toBe('wary');
    const chase = styleIn('chase');
    expect(chase.coneStyle).toBe('hunting');
    expect(chase.glyph).toBe('alert');
    expect(chase.lastSeen).not.toBeNull();
    expect(styleIn('search').coneStyle).toBe('searching');
    expect(styleIn('return').coneStyle).toBe('calm');
  });
});
