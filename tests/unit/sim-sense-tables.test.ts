// Golden tables: the senses' numbers as a player meets them. A change to any factor shows up here as a
// changed row, on purpose, with its reason beside it.
import { describe, expect, it } from 'vitest';
import { fillPerTick, type Lighting, type Stance } from '../../src/sim/detection.ts';
import { noiseRadius } from '../../src/sim/hearing.ts';
import type { Gait } from '../../src/sim/types.ts';
import { DETECTION_FULL } from '../../src/sim/types.ts';

const ticksToFull = (near: boolean, stance: Stance, lighting: Lighting): number =>
  Math.ceil(DETECTION_FULL / fillPerTick({ near, stance, lighting, alert: 'calm', classEighths: 8 }));

describe('detection by distance band, light and stance (ticks from empty to full, calm, an Enforcer)', () => {
  // Each row: near band dark, far band dark, near band lit, far band lit.
  const TABLE: Readonly<Record<Stance, readonly [number, number, number, number]>> = {
    // Crouching is the least visible stance: even in a lamp's near band it takes over a second.
    crouch: [100, 500, 67, 250],
    // Standing still counts as fully visible: stillness alone does not hide, hiding spots and crouching do.
    still: [24, 91, 16, 63],
    // A sneak across the far band in the dark takes over 4 s to fill: the safe way past a cone.
    sneak: [67, 250, 44, 167],
    walk: [24, 91, 16, 63],
    // A run fills fastest of all: under a lamp's near band in 10 ticks, a sixth of a second.
    run: [14, 53, 10, 36],
  };
  it.each(Object.entries(TABLE))('%s', (stance, row) => {
    const actual = [
      ticksToFull(true, stance as Stance, 'dark'),
      ticksToFull(false, stance as Stance, 'dark'),
      ticksToFull(true, stance as Stance, 'lit'),
      ticksToFull(false, stance as Stance, 'lit'),
    ];
    expect(actual).toEqual(row);
  });

  it('caution and a Watcher’s gentler eyes move the walk row the expected way', () => {
    const walk = (alert: 'calm' | 'caution', classEighths: number): number => fillPerTick({ near: true, stance: 'walk', lighting: 'dark', alert, classEighths });
    // After a chase every Enforcer sees a quarter better; a Watcher sees a quarter worse than an Enforcer.
    expect(walk('caution', 8)).toBeGreaterThan(walk('calm', 8));
    expect(walk('calm', 6)).toBeLessThan(walk('calm', 8));
  });
});

describe('noise radius by gait and floor (tiles of path)', () => {
  // Floors: plain (0), gravel (4, the Night District's gravel), creaky boards (2), and a silly 40 (capped).
  const TABLE: Readonly<Record<Gait, readonly [number, number, number, number]>> = {
    // Standing makes no steps.
    still: [0, 0, 0, 0],
    // Sneaking is silent on every floor: the answer a player can always choose.
    sneak: [0, 0, 0, 0],
    // A walk is heard round the next corner; on gravel across a small yard.
    walk: [3, 7, 5, 12],
    // A run is loud (6 or more sends an Enforcer to investigate at once), and on gravel louder still.
    run: [7, 11, 9, 12],
  };
  it.each(Object.entries(TABLE))('%s', (gait, row) => {
    expect([0, 4, 2, 40].map((floor) => noiseRadius(gait as Gait, floor))).toEqual(row);
  });
});
