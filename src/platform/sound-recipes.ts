// The sound effects' ZzFX recipes (assets/sounds/recipes.json): a build file fetched when the page starts,
// as the maps are, so the numbers stay out of the game's script. A recipe that cannot be read is reported
// with the file and the sound it names, and that sound stays silent: never a crash.
import recipesUrl from '../../assets/sounds/recipes.json?url';
import type recipesFile from '../../assets/sounds/recipes.json';
import { isJsonObject } from '../tiled/problem-list.ts';
import { fetchBuildJson } from './build-json.ts';

export type SoundName = Exclude<keyof typeof recipesFile, '_comment'>;

export type Recipes = ReadonlyMap<SoundName, readonly number[]>;

const RECIPES_FILE = 'assets/sounds/recipes.json';
/** ZzFX takes this many parameters; a longer list is a typo, not a sound. */
const ZZFX_PARAMETER_COUNT = 21;

/** Reads the recipes file's contents; each bad recipe is reported and left out. */
export function readRecipes(value: unknown, report: (message: string) => void): Recipes {
  const recipes = new Map<SoundName, readonly number[]>();
  if (!isJsonObject(value)) {
    report(`${RECIPES_FILE}: must be a JSON object of sound names and ZzFX parameter lists`);
    return recipes;
  }
  for (const [name, recipe] of Object.entries(value)) {
    if (name === '_comment') continue;
    const fine = Array.isArray(recipe) && recipe.length <= ZZFX_PARAMETER_COUNT && recipe.every((parameter) => typeof parameter === 'number' && Number.isFinite(parameter));
    // The file's own names are the type's: a name the code never plays is harmless.
    if (fine) recipes.set(name as SoundName, recipe as number[]);
    else report(`${RECIPES_FILE}: "${name}" must be a list of at most ${ZZFX_PARAMETER_COUNT} numbers, as the ZzFX designer copies them`);
  }
  return recipes;
}

/** Fetches and reads the shipped recipes; a file that cannot be fetched is reported and every sound stays silent. */
export async function loadRecipes(report: (message: string) => void = console.error): Promise<Recipes> {
  return fetchBuildJson<Recipes>({ url: recipesUrl, file: RECIPES_FILE, read: (value) => readRecipes(value, report), fallback: new Map(), report });
}
