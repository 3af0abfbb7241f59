// Re-plays a full-game replay through the campaign runner, from New game to the end of the last chapter:
// the same runner the game's campaign play drives, fed the file's inputs one a step. A full-game time is
// trusted only when every chapter is the one this build plays (same map, story and rules), each part
// uses exactly the steps the file gives it, and every chapter ends at the tick the file claims.
import { fullGameInputs, fullGameTicks, type FullGameChapter, type FullGamePart, type FullGameReplay } from '../run/full-game-replay.ts';
import { ReplayInput } from '../run/input-source.ts';
import type { StoryFlags } from '../sim/index.ts';
import { CampaignRunner } from './campaign-runner.ts';
import type { CampaignRecord, ChapterPart, LoadChapter } from './campaign-types.ts';
import type { ChapterRow } from './chapters.ts';

/**
 * Verified, the run is the file's: each chapter ends at the tick the file gives it and the campaign ends
 * with the file's flags (fullGameChapterTimes reads them from the file); the catches are the run's own.
 */
export type FullGameVerdict =
  | { readonly verified: true; readonly ticks: number; readonly catches: number }
  | { readonly verified: false; readonly reason: string };

/** A run's parts as the file writes them: what the runner recorded, named by the part they played. */
export function fullGamePart(part: ChapterPart): FullGamePart {
  return { part: part.kind === 'level' ? 'level' : part.part, inputs: part.record.inputs, choices: part.record.choices };
}

/** The file's form of a finished campaign record (seeds and map hashes from the rows and the loader). */
export function fullGameReplay(options: { readonly record: CampaignRecord; readonly rows: readonly ChapterRow[]; readonly flags: StoryFlags }): FullGameReplay {
  const { record, rows } = options;
  const chapters = record.chapters.map((chapter): FullGameChapter => ({
    chapter: chapter.chapter,
    // The identity is `key/mapHash/rRULES`: the hash is its middle.
    mapHash: chapter.identity.split('/')[1] ?? '',
    seed: rows.find((row) => row.key === chapter.chapter)?.seed ?? 0,
    ticks: chapter.ticks,
    parts: chapter.parts.map(fullGamePart),
  }));
  return { from: record.from.chapter ?? '', chapters, flags: options.flags };
}

function partsText(parts: readonly FullGamePart[]): string {
  return parts.map((part) => `${part.part}:${part.inputs.length}:${part.choices.map((choice) => `${choice.tick}/${choice.option}`).join(',')}`).join(' ');
}

/** The first difference between a chapter as played and as the file claims it, or null. */
function chapterDifference(played: FullGameChapter, claimed: FullGameChapter, row: ChapterRow | undefined): string | null {
  const place = `chapter ${played.chapter}`;
  if (played.chapter !== claimed.chapter) return `the campaign plays ${played.chapter} where the replay has ${claimed.chapter}`;
  if (played.mapHash !== claimed.mapHash) return `${place} was recorded on another version of its map or story (map hash ${claimed.mapHash}, this build ${played.mapHash})`;
  if (row !== undefined && row.seed !== claimed.seed) return `${place} is played with seed ${row.seed}, the replay claims ${claimed.seed}`;
  if (played.ticks !== claimed.ticks) return `${place} ends at tick ${played.ticks}, the replay claims ${claimed.ticks}`;
  if (partsText(played.parts) !== partsText(claimed.parts)) {
    return `${place}: the inputs play its parts as ${partsText(played.parts)}, the replay lists ${partsText(claimed.parts)}`;
  }
  return null;
}

/** Plays `replay` from New game on `rows` (the campaign's chapters), loading each with `loadChapter`. */
export async function verifyFullGame(options: { readonly replay: FullGameReplay; readonly rows: readonly ChapterRow[]; readonly loadChapter: LoadChapter }): Promise<FullGameVerdict> {
  const { replay, rows } = options;
  const inputs = fullGameInputs(replay);
  const input = new ReplayInput(inputs);
  const runner = new CampaignRunner({ chapters: rows, loadChapter: options.loadChapter, input, timeSource: { now: () => 0 } });
  const problem = await runner.begin(replay.from);
  if (problem !== null) return { verified: false, reason: `the campaign could not start at ${replay.from}: ${problem.place}: ${problem.message}` };
  let stepsPlayed = 0;
  while (runner.phase.kind !== 'finished') {
    const phase = runner.phase;
    if (phase.kind === 'chapter-end') {
      const advanced = await runner.advance();
      if (advanced !== null) return { verified: false, reason: `${advanced.place}: ${advanced.message}` };
    } else if (phase.kind === 'failed') {
      return { verified: false, reason: `${phase.problem.place}: ${phase.problem.message}` };
    } else if (stepsPlayed >= inputs.length) {
      return { verified: false, reason: `the inputs run out in chapter ${runner.chapter?.key ?? '?'} (${phase.kind}) before the campaign's end` };
    } else {
      runner.tick();
      stepsPlayed += 1;
    }
  }
  const played = fullGameReplay({ record: runner.record, rows, flags: runner.progress?.carried.flags ?? {} });
  if (played.chapters.length !== replay.chapters.length) {
    return { verified: false, reason: `the campaign plays ${played.chapters.length} chapter(s), the replay has ${replay.chapters.length}` };
  }
  for (const [index, chapter] of played.chapters.entries()) {
    const claimed = replay.chapters[index]!;
    const difference = chapterDifference(chapter, claimed, rows.find((row) => row.key === chapter.chapter));
    if (difference !== null) return { verified: false, reason: difference };
  }
  if (stepsPlayed < inputs.length) return { verified: false, reason: `the replay holds ${inputs.length - stepsPlayed} input(s) after the campaign's end` };
  if (JSON.stringify(sorted(played.flags)) !== JSON.stringify(sorted(replay.flags))) {
    return { verified: false, reason: 'the flags the campaign ends with are not the ones the replay lists' };
  }
  return { verified: true, ticks: fullGameTicks(played), catches: runner.timesCaught };
}

function sorted(flags: Readonly<StoryFlags>): [string, number][] {
  return Object.entries(flags).sort(([a], [b]) => a.localeCompare(b));
}
