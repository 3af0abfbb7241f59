// A level's story, ready to play: its ink compiled, checked against what the map asks of it (every knot a
// Trigger, Talk or Clue names; every flag a map reads set by something), and a director for the rules.
// The game, validate-map, simulate, record-golden and verify-replay all come through here, so a story
// that one of them refuses, all of them refuse, with the same problems.
import type { LevelDefinition } from '../level/level-definition.ts';
import { loadLevelFromFiles, type LoadedFromFiles, type LoadFromFilesOptions, type StorySources } from '../level/load-level.ts';
import type { MapProblem } from '../tiled/tiled-map.ts';
import type { InkCompileResult, InkProblem } from './ink-compiler.ts';
import { createInkDirector, type InkDirector } from './ink-director.ts';
import { loadStory } from './load-story.ts';
import { checkStoryReferences, type StoryReference } from './story-references.ts';

export interface LevelStory {
  /** Plays the level's scenes; null for a level without a story, or one whose story failed. */
  readonly director: InkDirector | null;
  /** Errors refuse the level (as a map error does); warnings are ink's own (a loose end). */
  readonly problems: readonly MapProblem[];
}

/** Compiles a story from its sources: the lazy compiler by default, or a build's precompiled result. */
export type CompileStory = (story: StorySources) => Promise<InkCompileResult>;

/** What the map asks of its story, one reference per knot and flag, named by the object. */
export function storyReferences(level: LevelDefinition): StoryReference[] {
  const references: StoryReference[] = [];
  const actors = [
    ...level.triggers.map((entry) => ({ ...entry, kind: 'Trigger' })),
    ...level.talks.map((entry) => ({ ...entry, kind: 'Talk' })),
    ...level.clues.map((entry) => ({ ...entry, kind: 'Clue' })),
    ...level.dreamCircles.map((entry) => ({ ...entry, kind: 'DreamCircle' })),
  ];
  for (const actor of actors) {
    const place = `${actor.kind}${actor.name === '' ? '' : ` "${actor.name}"`} (object ${actor.id})`;
    if (actor.scene !== '') references.push({ knot: actor.scene, place });
    for (const condition of actor.requires) references.push({ readsFlag: condition.flag, place });
    for (const change of actor.sets) references.push({ setsFlag: change.flag, place });
  }
  for (const door of level.doors) for (const condition of door.requires) references.push({ readsFlag: condition.flag, place: `Door (object ${door.id})` });
  for (const condition of level.exitRequires) references.push({ readsFlag: condition.flag, place: 'the Exit' });
  // The map's own `flags` property starts a flag: that counts as setting it.
  for (const flag of level.flags) if (flag.initial !== 0) references.push({ setsFlag: flag.name, place: 'map property "flags"' });
  return references;
}

/** An ink problem as the map's problems are told: by file and line. */
export function asMapProblem(problem: InkProblem, severity: MapProblem['severity']): MapProblem {
  return {
    severity,
    place: problem.line === null ? `file ${problem.file}` : `${problem.file}:${problem.line}`,
    message: problem.message,
    hint: problem.hint,
  };
}

export async function prepareLevelStory(options: {
  readonly level: LevelDefinition;
  readonly story: StorySources | null;
  readonly compile?: CompileStory;
}): Promise<LevelStory> {
  const { level, story } = options;
  if (story === null) return { director: null, problems: [] };
  const compiled = await (options.compile ?? loadStory)(story);
  if (!compiled.ok) {
    return {
      director: null,
      problems: compiled.problems.map((problem) => asMapProblem(problem, 'error')),
    };
  }
  const warnings = compiled.warnings.map((problem) => asMapProblem(problem, 'warning'));
  const referenceProblems = checkStoryReferences(compiled, storyReferences(level));
  return {
    director: referenceProblems.length > 0 ? null : createInkDirector(compiled.json),
    problems: [...referenceProblems, ...warnings],
  };
}

/**
 * loadLevelFromFiles, then the level's story: what the game and every tool load a playable map with. The
 * story's errors refuse the level like the map's own; its warnings join the map's.
 */
export async function loadLevelWithStory(
  options: LoadFromFilesOptions & { readonly compile?: CompileStory },
): Promise<LoadedFromFiles & { readonly director: InkDirector | null }> {
  const loaded = await loadLevelFromFiles(options);
  if (!loaded.ok) return { ...loaded, director: null };
  const prepared = await prepareLevelStory({ level: loaded.value, story: loaded.story, ...(options.compile === undefined ? {} : { compile: options.compile }) });
  if (prepared.problems.some((problem) => problem.severity === 'error')) {
    return { ok: false, problems: [...prepared.problems, ...loaded.warnings], files: loaded.files, mapHash: loaded.mapHash, story: loaded.story, director: null };
  }
  return { ...loaded, warnings: [...loaded.warnings, ...prepared.problems], director: prepared.director };
}
