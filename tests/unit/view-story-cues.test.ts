import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorld, NO_INPUT, step, type SceneDirector, type World } from '../../src/sim/index.ts';
import type { LevelDefinition } from '../../src/level/level-definition.ts';
import { loadLevelWithStory } from '../../src/story/level-story.ts';
import { BINDINGS } from '../../src/view/input/bindings.ts';
import { interactPrompt } from '../../src/view/renderers/dream-cues.ts';
import { lockedWordAt, SPEECH_MARK_RISE, storyMarkers } from '../../src/view/renderers/story-cues.ts';
import { choiceLabels, dialogueHint, revealedLength } from '../../src/view/ui/dialogue-lines.ts';

const SUBPIXELS = 16;

async function storyYard(): Promise<{ level: LevelDefinition; director: SceneDirector | null }> {
  const loaded = await loadLevelWithStory({ mapPath: 'tests/fixtures/maps/story-yard.tmj', readFile: (path) => Promise.resolve(readFileSync(path)) });
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join('\n'));
  return { level: loaded.value, director: loaded.director };
}

function yardWorld(yard: { level: LevelDefinition; director: SceneDirector | null }): World {
  return createWorld(yard.level, { seed: 3, scenes: yard.director });
}

/** Mira beside Mum (Elena stands at 136,56), in front of the hall door. */
function besideMum(world: World): void {
  world.mira.x = 134 * SUBPIXELS;
  world.mira.y = 72 * SUBPIXELS;
  world.mira.facingX = 1;
  world.mira.facingY = 0;
}

describe('story cues: what the map shows of the story', () => {
  it('glints on the clue still to find and marks the Interact trigger; the speech mark waits until Mum is in reach', async () => {
    const world = yardWorld(await storyYard());
    expect(storyMarkers(world)).toEqual([
      { kind: 'clue', x: 40, y: 120 },
      { kind: 'trigger', x: 72, y: 24 },
    ]);
    besideMum(world);
    expect(storyMarkers(world)).toContainEqual({ kind: 'talk', x: 136, y: 56 - SPEECH_MARK_RISE });
    expect(interactPrompt(world)).toBe('E: talk to Mum');
  });

  it('drops a clue once taken and a once-only trigger once fired, and shows nothing while a scene is open', async () => {
    const world = yardWorld(await storyYard());
    world.cluesTaken[0] = 1;
    world.triggersFired[0] = 1;
    expect(storyMarkers(world)).toEqual([]);
    besideMum(world);
    step(world, { ...NO_INPUT, interact: true });
    expect(world.scene?.knot).toBe('elena_awake');
    expect(storyMarkers(world)).toEqual([]);
    // The prompt over Mira gives way to the dialogue box too.
    expect(interactPrompt(world)).toBeNull();
  });

  it('puts "locked" over the locked door itself, and over the Exit for the exit', async () => {
    const world = yardWorld(await storyYard());
    expect(lockedWordAt(world, { type: 'locked', what: 'door', id: 4 })).toEqual({ x: 152, y: 72 });
    expect(lockedWordAt(world, { type: 'locked', what: 'exit', id: 0 })).toEqual({ x: 288, y: 32 });
  });
});

describe('dialogue lines: what the box says', () => {
  it('writes a line out at its pace, all at once with reduced motion', () => {
    expect(revealedLength({ length: 40, elapsedMilliseconds: 0, reducedMotion: false })).toBe(0);
    expect(revealedLength({ length: 40, elapsedMilliseconds: 250, reducedMotion: false })).toBe(15);
    expect(revealedLength({ length: 40, elapsedMilliseconds: 5000, reducedMotion: false })).toBe(40);
    expect(revealedLength({ length: 40, elapsedMilliseconds: 0, reducedMotion: true })).toBe(40);
  });

  it('numbers the choices by their keys, and lists any past the ninth without a number', () => {
    const many = Array.from({ length: 10 }, (_, index) => `option ${index + 1}`);
    expect(choiceLabels(many).slice(0, 2)).toEqual(['1. option 1', '2. option 2']);
    expect(choiceLabels(many)[9]).toBe('·  option 10');
  });

  it('tells the keys that act now, from the bindings table', () => {
    const line = { line: { speaker: 'Elena', text: 'Still up?', tags: [] }, choices: [], done: false };
    expect(dialogueHint(line)).toBe('E / Space: next      Tab: skip      (pad: X / A: next, RB: skip)');
    expect(dialogueHint({ ...line, done: true })).toBe('E / Space: close      (pad: X / A)');
    expect(dialogueHint({ ...line, choices: ['Yes', 'No'] })).toBe('1–2 or ↑ ↓ + E: choose      (pad: d-pad + X / A)');
    const rebound = { ...BINDINGS, skip: { keys: ['Q'], pad: ['y'] }, interact: { keys: ['F'], pad: ['x'] } } as const;
    expect(dialogueHint(line, rebound)).toBe('F / Space: next      Q: skip      (pad: X / A: next, Y: skip)');
  });
});
