// The night escape's children, played by the rules: the alarm scatters the group (the children start where
// the map hides them, asleep, whoever joined Mira in the dream space), who joined still shows in what each
// child says as she finds them, and the exit counts who she brings out as flags the aftermath reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReplay } from '../../src/run/replay.ts';
import { runReplay } from '../../src/run/verify-replay.ts';
import { createWorld } from '../../src/sim/create-world.ts';
import { interactTarget } from '../../src/sim/interact.ts';
import type { SceneDirector } from '../../src/sim/scene-director.ts';
import { step } from '../../src/sim/step.ts';
import type { SimEvent, World, WorldStart } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';
import { input } from './input-script.ts';
import { INTERACT, SPAN, centre, child, towards, walk, worldOf } from './group-script.ts';

/** What the dream space hands on when Tomas and Ayla joined there and followed Mira out. */
const FROM_THE_DREAM_SPACE: WorldStart = {
  flags: { leo_met: 1, leo_story: 1, tomas_joined: 1, ayla_joined: 1, pip_joined: 0, juno_joined: 0, leo_out: 1, tomas_out: 1, ayla_out: 1, children_out: 3 },
  followers: ['Leo', 'Tomas', 'Ayla'],
};

async function nightEscape(start?: WorldStart): Promise<{ world: World; scenes: SceneDirector }> {
  const { level, scenes } = await loadMapFromDisk('maps/night-escape.tmj');
  if (scenes === null) throw new Error('maps/night-escape.tmj plays no story');
  return { world: createWorld(level, { seed: 1, scenes, ...(start === undefined ? {} : { start }) }), scenes };
}

/** Walks her towards a child until Interact would talk to that child's Talk; returns the Talk's scene. */
function findChild(world: World, name: string): string {
  const found = world.children.find((entry) => entry.name === name)!;
  for (let tick = 0; tick < 600; tick += 1) {
    const target = interactTarget(world);
    if (target?.kind === 'talk' && world.level.talks[target.index]!.person === found.id) return world.level.talks[target.index]!.scene;
    step(world, towards(world, found, { near: SPAN / 2 }) ?? NO_INPUT);
  }
  throw new Error(`Mira never came within reach of ${name}`);
}

/** Interact, then the scene read line by line to its end: the lines said. */
function talk(world: World): string[] {
  step(world, INTERACT);
  const lines: string[] = [];
  for (let guard = 0; guard < 50 && world.scene !== null; guard += 1) {
    const { line } = world.scene.display;
    if (line !== null) lines.push(`${line.speaker}: ${line.text}`);
    step(world, INTERACT);
  }
  return lines;
}

describe('the night escape: the alarm scatters the group', () => {
  it('starts every child asleep where the map hides them, in the campaign as alone', async () => {
    const alone = (await nightEscape()).world;
    const campaign = (await nightEscape(FROM_THE_DREAM_SPACE)).world;
    for (const world of [alone, campaign]) {
      expect(world.children.map((entry) => [entry.name, entry.mode])).toEqual([['Pip', 'asleep'], ['Ayla', 'asleep'], ['Juno', 'asleep'], ['Tomas', 'asleep']]);
    }
    expect(campaign.children.map((entry) => [entry.x, entry.y])).toEqual(alone.children.map((entry) => [entry.x, entry.y]));
    expect(campaign.flags).toMatchObject({ tomas_joined: 1, ayla_joined: 1 });
    expect(alone.flags).toMatchObject({ tomas_joined: 0, ayla_joined: 0 });
  });

  it('plays the chapter golden to the same finish tick with what the dream space hands on', async () => {
    const { level, scenes } = await loadMapFromDisk('maps/night-escape.tmj');
    const decoded = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
    if (!decoded.ok) throw new Error(decoded.problem.message);
    const alone = runReplay(level, decoded.value, { scenes });
    const world = createWorld(level, { seed: decoded.value.seed, scenes, start: FROM_THE_DREAM_SPACE });
    for (const frame of decoded.value.inputs) if (world.status === 'playing') step(world, frame);
    expect(alone.finishTick).toBe(decoded.value.finishTick);
    expect(world.finishTick).toBe(alone.finishTick);
    expect(world.catches).toBe(0);
    expect(world.children.map((entry) => entry.mode)).toEqual(alone.world.children.map((entry) => entry.mode));
  });
});

describe('the night escape: who joined in the dream space', () => {
  it('Tomas greets Mira as one of the group when he joined, as a newcomer when he did not, and follows her either way', async () => {
    const said: string[][] = [];
    for (const start of [FROM_THE_DREAM_SPACE, undefined]) {
      const { world } = await nightEscape(start);
      expect(findChild(world, 'Tomas')).toBe('tomas');
      const lines = talk(world);
      said.push(lines);
      expect(lines.every((line) => line.startsWith('Tomas: ') || line.startsWith('Mira: '))).toBe(true);
      expect(world.children.find((entry) => entry.name === 'Tomas')!.mode).toBe('following');
    }
    const [joined, newcomer] = said as [string[], string[]];
    expect(joined[0]).toContain('I kept watch from the back, like I said.');
    expect(newcomer[0]).toContain("I didn't come to the star room.");
    // The same number of lines and no choice: the level takes the same inputs in the campaign and alone.
    expect(joined.length).toBe(newcomer.length);
  });

  it('each child of the night escape has a Talk that wakes them, with a scene in the chapter\'s story', async () => {
    const { world, scenes } = await nightEscape();
    for (const entry of world.children) {
      const talks = world.level.talks.filter((candidate) => candidate.person === entry.id);
      expect(talks).toHaveLength(1);
      expect(talks[0]).toMatchObject({ recruits: entry.id, once: true, scene: entry.name.toLowerCase() });
      expect(scenes.hasKnot(talks[0]!.scene)).toBe(true);
    }
  });
});

describe('a finish counts the children brought out', () => {
  const rows = ['##########', '#S.......#', '#........#', '#.......X#', '##########'];

  it('sets each named child\'s flag and the count: a follower counts, one told to wait or left asleep does not', () => {
    const world = worldOf(rows, { children: [{ at: [2, 2], name: 'Tomas' }, { at: [4, 2], name: 'Pip' }, { at: [6, 1], name: 'Juno' }] });
    // Wake Tomas and Pip, tell both to wait, then wake Juno and take only her on.
    for (const index of [0, 1]) {
      walk(world, [{ x: child(world, index).x - SPAN, y: child(world, index).y }]);
      expect(step(world, INTERACT)).toContainEqual({ type: 'child-joined', childId: child(world, index).id });
    }
    expect(step(world, INTERACT)).toContainEqual({ type: 'group-order', waiting: true });
    walk(world, [{ x: centre(5), y: centre(1) }]);
    expect(step(world, INTERACT)).toContainEqual({ type: 'child-joined', childId: child(world, 2).id });
    expect(world.children.map((entry) => entry.mode)).toEqual(['waiting', 'waiting', 'following']);
    const events: SimEvent[] = [];
    for (let guard = 0; guard < 600 && world.status === 'playing'; guard += 1) events.push(...step(world, towards(world, { x: centre(8), y: centre(3) }) ?? input({ moveX: 1 })));
    expect(world.status).toBe('finished');
    expect(world.flags).toMatchObject({ tomas_out: 0, pip_out: 0, juno_out: 1, children_out: 1 });
    expect(events).toContainEqual({ type: 'flag', name: 'children_out', value: 1 });
  });

  it('the night escape\'s golden brings out Tomas and Ayla, and its flags say so', async () => {
    const { level, scenes } = await loadMapFromDisk('maps/night-escape.tmj');
    const decoded = decodeReplay(readFileSync('tests/golden/night-escape.replay.json', 'utf8'));
    if (!decoded.ok) throw new Error(decoded.problem.message);
    const { world } = runReplay(level, decoded.value, { scenes });
    expect(world.status).toBe('finished');
    expect(world.flags).toMatchObject({ tomas_out: 1, ayla_out: 1, pip_out: 0, juno_out: 0, children_out: 2 });
  });

  it('a level without children sets no count', () => {
    const world = worldOf(rows, {});
    walk(world, [{ x: centre(8), y: centre(3) }]);
    expect(world.status).toBe('finished');
    expect(world.flags).not.toHaveProperty('children_out');
  });
});
