// The night escape's story beats, played by the rules with the map's own ink: the alarm that opens the
// chapter, Niko's help in the yard, the children's merged dream at the sanctuary, and the dream slipping
// away so the Enforcers can walk the river road again.
import { describe, expect, it } from 'vitest';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { interactTarget } from '../../src/sim/interact.ts';
import type { SceneDirector } from '../../src/sim/scene-director.ts';
import { step } from '../../src/sim/step.ts';
import { flagsHold } from '../../src/sim/story.ts';
import type { SimEvent, World } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { chapterByKey } from '../../src/story/chapters.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';
import { input } from './input-script.ts';

const SPAN = 256;
const centre = (tile: number): number => tile * SPAN + SPAN / 2;

async function nightEscape(): Promise<{ level: LevelDefinition; scenes: SceneDirector; world: World }> {
  const { level, scenes } = await loadMapFromDisk('maps/night-escape.tmj');
  if (scenes === null) throw new Error('maps/night-escape.tmj plays no story');
  return { level, scenes, world: createWorld(level, { seed: 1, scenes }) };
}

/** Plays an open scene to its end, taking `option` at each choice; returns the lines shown. */
function playScene(world: World, option = 0): string[] {
  const lines: string[] = [];
  for (let guard = 0; guard < 100 && world.scene !== null; guard += 1) {
    const { display } = world.scene;
    if (display.line !== null) lines.push(`${display.line.speaker}: ${display.line.text}`);
    step(world, display.choices.length > 0 ? input({ choice: option }) : input({ interact: true }));
  }
  expect(world.scene).toBeNull();
  return lines;
}

function solidAt(world: World, column: number, row: number): number {
  return world.tiles.solid[row * world.tiles.width + column]!;
}

function enforcerBlockedAt(world: World, column: number, row: number): number {
  return world.tiles.enforcerSolid[row * world.tiles.width + column]!;
}

describe('the night escape: the alarm', () => {
  it('the chapter opens on the alarm: the pods told on the children and the Sleep Enforcers are out', async () => {
    const { scenes } = await nightEscape();
    const row = chapterByKey('night-escape')!;
    expect(row.seed).toBe(1);
    expect(row.intro).toBe('intro');
    let display = scenes.open({ knot: row.intro!, state: null, flags: {}, seed: row.seed });
    const lines: string[] = [];
    while (display.line !== null) {
      lines.push(display.line.text);
      if (display.done) break;
      display = scenes.advance();
    }
    expect(lines.some((line) => line.includes('The alarm'))).toBe(true);
    expect(lines.some((line) => line.includes('Sleep Enforcers are out'))).toBe(true);
    expect(scenes.hasKnot(row.outro!)).toBe(true);
  });
});

describe('the night escape: Niko', () => {
  it("Niko's help in the yard opens the depot passage and the park's maintenance gate, whichever answer Mira gives", async () => {
    for (const answer of [0, 1]) {
      const { world } = await nightEscape();
      // The depot's back wall and the park fence stand closed until he helps.
      expect(solidAt(world, 1, 29)).toBe(1);
      expect(solidAt(world, 1, 23)).toBe(1);
      // A step west from the spawn brings Niko within reach: Interact talks to him.
      for (let tick = 0; tick < 20 && interactTarget(world)?.kind !== 'talk'; tick += 1) step(world, input({ moveX: -1 }));
      expect(interactTarget(world)).toMatchObject({ kind: 'talk' });
      const events = step(world, input({ interact: true }));
      expect(events).toContainEqual(expect.objectContaining({ type: 'scene-opened', knot: 'niko' }));
      const lines = playScene(world, answer);
      expect(lines[0]).toMatch(/^Niko: /);
      expect(world.flags.niko_helped).toBe(1);
      step(world, NO_INPUT);
      expect(solidAt(world, 1, 29)).toBe(0);
      expect(solidAt(world, 1, 23)).toBe(0);
      // Through the depot she comes out on the avenue, north of the yard.
      for (let tick = 0; tick < 400 && world.mira.y > centre(27); tick += 1) {
        step(world, input({ moveX: world.mira.x > centre(1) + 32 ? -1 : 0, moveY: -1, sneak: true }));
      }
      expect(Math.floor(world.mira.y / SPAN)).toBeLessThanOrEqual(27);
    }
  });

  it('without his help the depot stays a wall (the test can fail)', async () => {
    const { world } = await nightEscape();
    for (let tick = 0; tick < 400; tick += 1) step(world, input({ moveX: world.mira.x > centre(1) + 32 ? -1 : 0, moveY: -1, sneak: true }));
    expect(Math.floor(world.mira.y / SPAN)).toBeGreaterThanOrEqual(32);
    expect(world.flags.niko_helped ?? 0).toBe(0);
  });
});

describe('the night escape: the dream at the sanctuary', () => {
  /** Mira and two woken children in the sanctuary's circle, as after gathering them unseen. */
  async function gathered(): Promise<World> {
    const { world } = await nightEscape();
    world.mira.x = centre(9);
    world.mira.y = centre(13);
    world.children.slice(0, 2).forEach((child, index) => {
      child.mode = 'following';
      child.x = centre(8 + index * 2);
      child.y = centre(12);
    });
    return world;
  }

  it('the gate stays shut before the dream; merging sets dream_merged, plays the merge, which says what the dream does, and opens the gate', async () => {
    const world = await gathered();
    expect(flagsHold(world, world.level.exitRequires)).toBe(false);
    const events: SimEvent[] = [];
    for (let tick = 0; tick < 120 && world.scene === null; tick += 1) events.push(...step(world, input({ dream: true })));
    expect(events).toContainEqual({ type: 'dream-started', circle: 0 });
    expect(events).toContainEqual(expect.objectContaining({ type: 'scene-opened', knot: 'merge', source: { kind: 'DreamCircle', id: world.level.dreamCircles[0]!.id } }));
    expect(world.flags.dream_merged).toBe(1);
    const lines = playScene(world);
    expect(lines.some((line) => line.includes('vines') && line.includes('river'))).toBe(true);
    expect(lines.some((line) => line.includes("Enforcers can't"))).toBe(true);
    expect(flagsHold(world, world.level.exitRequires)).toBe(true);
  });

  it('the dream holds the river road shut to Enforcers, then slips away within its 14 seconds and the road is theirs again', async () => {
    const world = await gathered();
    const events: SimEvent[] = [];
    for (let tick = 0; tick < 120 && world.scene === null; tick += 1) events.push(...step(world, input({ dream: true })));
    playScene(world);
    const startedAt = world.tick;
    // The wave reaches the north road in well under two seconds: a river of stars no Enforcer may enter.
    for (let tick = 0; tick < 120; tick += 1) events.push(...step(world, NO_INPUT));
    expect(enforcerBlockedAt(world, 30, 6)).toBe(1);
    expect(world.enforcers.every((enforcer) => enforcerBlockedAt(world, Math.floor(enforcer.x / SPAN), Math.floor(enforcer.y / SPAN)) === 0)).toBe(true);
    let fadingAt = -1;
    for (let tick = 0; tick < 14 * 60 && world.dream.stage !== 'waking'; tick += 1) {
      const now = step(world, NO_INPUT);
      if (fadingAt === -1 && now.some((event) => event.type === 'dream-fading')) fadingAt = world.tick;
      events.push(...now);
    }
    // Enforcers standing on dream ground drain it faster: it never lasts past its 14 seconds.
    expect(fadingAt).toBeGreaterThan(startedAt);
    expect(fadingAt - startedAt).toBeLessThanOrEqual(14 * 60);
    expect(events).toContainEqual({ type: 'dream-ended' });
    expect(enforcerBlockedAt(world, 30, 6)).toBe(0);
    // The merge is remembered: the gate stays open to the children after the dream is gone.
    expect(world.flags.dream_merged).toBe(1);
  });
});
