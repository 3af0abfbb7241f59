// After the draught behind the wardrobe, the bedroom says what comes next (a first player found the draught
// first and stood at the wardrobe with nothing to go on): Mira names the clues still missing, and the
// compass (goalArea: the edge arrow and the radar's pip) points at the nearest one until all are found,
// then back at the wardrobe, where the hidden door opens.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/sim/step.ts';
import type { InputFrame, World } from '../../src/sim/types.ts';
import { NO_INPUT } from '../../src/sim/types.ts';
import { goalArea } from '../../src/view/renderers/stealth-cues.ts';
import { bedroom, standAt } from './bedroom-world.ts';

const INTERACT: InputFrame = { ...NO_INPUT, interact: true };

/** Interact where she stands, then every line of the scene it opens, read one Interact at a time. */
function examine(world: World): string[] {
  step(world, INTERACT);
  const lines: string[] = [];
  for (let guard = 0; guard < 40 && world.scene !== null; guard += 1) {
    const line = world.scene.display.line;
    if (line !== null) lines.push(`${line.speaker === '' ? '' : `${line.speaker}: `}${line.text}`);
    step(world, INTERACT);
  }
  return lines;
}

function clueArea(world: World, name: string): World['level']['clues'][number]['area'] {
  const clue = world.level.clues.find((entry) => entry.name === name);
  if (clue === undefined) throw new Error(`no clue ${name}`);
  return clue.area;
}

describe('the bedroom after the draught', () => {
  it('names the clues still missing, points the compass at the nearest, then back at the wardrobe', async () => {
    const world = await bedroom();
    // Before any clue, the compass points at the wardrobe, as ever.
    expect(goalArea(world)).toBe(world.level.exit);

    standAt(world, 35, 2);
    const draught = examine(world);
    expect(world.flags.draught_found).toBe(1);
    expect(draught).toContain("Mira: Grandma's storybook had a line about cold air. It's on her bookcase.");
    expect(draught).toContain("Mira: And Niko's drawing of the real sky, by his window. I'm not going without it.");
    // From the wardrobe the drawing by Niko's window is nearer than the storybook.
    expect(goalArea(world)).toBe(clueArea(world, 'Drawing of stars'));

    standAt(world, 17, 2);
    expect(examine(world)).not.toContain('Mira: Now back to the wardrobe, where the cold air comes from.');
    expect(world.flags.stars_drawing_found).toBe(1);
    expect(goalArea(world)).toBe(clueArea(world, 'Old storybook'));

    standAt(world, 12, 12);
    const storybook = examine(world);
    expect(storybook.join('\n')).toContain('Behind the wardrobe, where the cold air comes from');
    expect(world.flags.storybook_found).toBe(1);
    // Every clue found: the Trigger at the wardrobe is the way, and the compass points there.
    expect(goalArea(world)).toBe(world.level.exit);
  });

  it('with the storybook and the draught found, the drawing sends her back to the wardrobe', async () => {
    const world = await bedroom();
    standAt(world, 12, 12);
    examine(world);
    standAt(world, 35, 2);
    const draught = examine(world);
    expect(draught).not.toContain("Mira: Grandma's storybook had a line about cold air. It's on her bookcase.");
    expect(draught).toContain("Mira: And Niko's drawing of the real sky, by his window. I'm not going without it.");
    standAt(world, 17, 2);
    expect(examine(world)).toContain('Mira: Now back to the wardrobe, where the cold air comes from.');
    expect(goalArea(world)).toBe(world.level.exit);
  });
});
