// Loading a chapter row's files for the campaign runner, with whatever reads files handed in (fetch in
// the game, the disk in Node). A level row goes through the one loader of a playable map
// (loadLevelWithStory: the map, its files, its ink compiled and checked, a director); a scene row reads
// and compiles its story alone. A test that wants another SceneDirector gives the runner its own LoadChapter.
import { readStorySources, type ReadFile } from '../level/load-level.ts';
import type { MapProblem } from '../tiled/tiled-map.ts';
import { hashTexts } from '../tiled/text-hash.ts';
import type { CampaignProblem, ChapterLoad, LoadChapter } from './campaign-types.ts';
import { createInkDirector } from './ink-director.ts';
import { asMapProblem, loadLevelWithStory, type CompileStory } from './level-story.ts';
import { loadStory } from './load-story.ts';

export interface ChapterLoaderOptions {
  readonly readFile: ReadFile;
  /** The Tiled project file whose class defaults maps use (the campaign's: maps/analog-dreams.tiled-project). */
  readonly projectPath?: string;
  /** How ink is compiled: lazily by default, or a build's precompiled result. */
  readonly compile?: CompileStory;
}

/** The first error (else the first problem) of a file, as the runner reports it. */
function firstProblem(problems: readonly MapProblem[], file: string): ChapterLoad {
  const problem = problems.find((entry) => entry.severity === 'error') ?? problems[0];
  const told: CampaignProblem = problem === undefined
    ? { message: 'it did not load', place: file, hint: 'Run npm run validate-map on it.' }
    : { message: problem.message, place: `${file}: ${problem.place}`, hint: problem.hint };
  return { ok: false, problem: told };
}

export function chapterLoader(options: ChapterLoaderOptions): LoadChapter {
  const { readFile } = options;
  const compile = options.compile ?? loadStory;
  return async (row) => {
    if (row.kind === 'scene') {
      const read = await readStorySources(row.storyPath, readFile);
      if (read.story === null || read.problems.length > 0) return firstProblem(read.problems, row.storyPath);
      const compiled = await compile(read.story);
      if (!compiled.ok) return firstProblem(compiled.problems.map((problem) => asMapProblem(problem, 'error')), row.storyPath);
      const mapHash = hashTexts(read.files.map((file) => read.story?.sources.get(file) ?? ''));
      return { ok: true, value: { level: null, mapHash, director: createInkDirector(compiled.json) } };
    }
    const loaded = await loadLevelWithStory({ mapPath: row.mapPath, readFile, compile, ...(options.projectPath === undefined ? {} : { projectPath: options.projectPath }) });
    if (!loaded.ok) return firstProblem(loaded.problems, row.mapPath);
    return { ok: true, value: { level: loaded.value, mapHash: loaded.mapHash, director: loaded.director } };
  };
}
