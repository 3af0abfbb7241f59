// Loading a chapter row's files for the campaign runner, with whatever reads files (fetch in the game, the
// disk in Node) and whatever turns ink sources into a SceneDirector (inkjs in the game, a scripted fake in
// tests) handed in. A level row goes through the one level loader; a scene row reads its story alone.
import { readStorySources, loadLevelFromFiles, type ReadFile, type StorySources } from '../level/load-level.ts';
import type { MapProblem } from '../tiled/tiled-map.ts';
import { hashTexts } from '../tiled/text-hash.ts';
import type { SceneDirector } from '../sim/index.ts';
import type { CampaignProblem, ChapterLoad, LoadChapter } from './campaign-runner.ts';

/** Makes the director of a chapter's story, or says why it cannot (an ink source that does not compile). */
export type CreateDirector = (story: StorySources) => { readonly ok: true; readonly director: SceneDirector } | { readonly ok: false; readonly problem: CampaignProblem };

export interface ChapterLoaderOptions {
  readonly readFile: ReadFile;
  readonly createDirector: CreateDirector;
  /** The Tiled project file whose class defaults maps use (the campaign's: maps/analog-dreams.tiled-project). */
  readonly projectPath?: string;
}

function firstError(problems: readonly MapProblem[], file: string): CampaignProblem {
  const problem = problems.find((entry) => entry.severity === 'error') ?? problems[0];
  return problem === undefined
    ? { message: 'it did not load', place: file, hint: 'Run npm run validate-map on it.' }
    : { message: problem.message, place: `${file}: ${problem.place}`, hint: problem.hint };
}

/** The story's director, or none for a map without a story. */
function directorFor(
  story: StorySources | null,
  createDirector: CreateDirector,
): { readonly ok: true; readonly director: SceneDirector | null } | { readonly ok: false; readonly problem: CampaignProblem } {
  return story === null ? { ok: true, director: null } : createDirector(story);
}

export function chapterLoader(options: ChapterLoaderOptions): LoadChapter {
  const { readFile, createDirector } = options;
  return async (row): Promise<ChapterLoad> => {
    if (row.kind === 'scene') {
      const read = await readStorySources(row.storyPath, readFile);
      if (read.story === null || read.problems.length > 0) return { ok: false, problem: firstError(read.problems, row.storyPath) };
      const made = directorFor(read.story, createDirector);
      if (!made.ok) return made;
      const mapHash = hashTexts(read.files.map((file) => read.story?.sources.get(file) ?? ''));
      return { ok: true, value: { level: null, mapHash, director: made.director } };
    }
    const loaded = await loadLevelFromFiles({ mapPath: row.mapPath, readFile, ...(options.projectPath === undefined ? {} : { projectPath: options.projectPath }) });
    if (!loaded.ok) return { ok: false, problem: firstError(loaded.problems, row.mapPath) };
    const made = directorFor(loaded.story, createDirector);
    if (!made.ok) return made;
    return { ok: true, value: { level: loaded.value, mapHash: loaded.mapHash, director: made.director } };
  };
}
