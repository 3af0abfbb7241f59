// The sound effects' recipes as the game reads the build file it fetches: every shipped recipe reads, and
// a bad one is named with its file and sound, left silent rather than crashing the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecipes } from '../../src/platform/sound-recipes.ts';

const SHIPPED = JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/sounds/recipes.json'), 'utf8')) as Record<string, unknown>;

describe('the sound recipes', () => {
  it('reads every shipped recipe, its comment left out', () => {
    const messages: string[] = [];
    const recipes = readRecipes(SHIPPED, (message) => messages.push(message));
    expect(messages).toEqual([]);
    expect([...recipes.keys()].sort()).toEqual(Object.keys(SHIPPED).filter((name) => name !== '_comment').sort());
    expect(recipes.get('step-walk')).toEqual(SHIPPED['step-walk']);
  });

  it('names the file and the sound of a bad recipe, and keeps the good ones', () => {
    const messages: string[] = [];
    const recipes = readRecipes({ 'step-walk': [0.2, 0, 110], spotted: [0.3, 'loud'], 'door-open': Array.from({ length: 22 }, () => 0) }, (message) => messages.push(message));
    expect([...recipes.keys()]).toEqual(['step-walk']);
    expect(messages).toEqual([
      'assets/sounds/recipes.json: "spotted" must be a list of at most 21 numbers, as the ZzFX designer copies them',
      'assets/sounds/recipes.json: "door-open" must be a list of at most 21 numbers, as the ZzFX designer copies them',
    ]);
    expect(readRecipes([], (message) => messages.push(message)).size).toBe(0);
    expect(messages.at(-1)).toBe('assets/sounds/recipes.json: must be a JSON object of sound names and ZzFX parameter lists');
  });
});
