// The Full Game's own LiveSplit splits file: two campaigns played from New game (the second after a run
// dropped halfway) give a .lss with LiveSplit's structure (personal best, best segments, attempt history with
// real and game time, seven-digit fractions) whose segments are the chapters; it reads back through our
// importer to the same comparison, and a campaign imports it to race (a chapter's file is refused).
import { describe, expect, it } from 'vitest';
import { LSS_VERSION, readLss, ticksToLss, writeLss } from '../../src/run/lss.ts';
import { emptySplitsRecord } from '../../src/run/splits.ts';
import { childrenNamed, firstChild, parseXml } from '../../src/tiled/xml-tree.ts';
import { chaptersWithTests } from '../../src/story/test-chapters.ts';
import { CampaignPlay } from '../../src/view/campaign-play.ts';
import { closeScene, fullRun, playChapter, walkOut } from './full-game-play.ts';
import { memoryBackend } from './memory-save-backend.ts';

describe('the Full Game .lss', () => {
  it('has LiveSplit\'s structure with the chapters as segments, and round-trips through the importer', async () => {
    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage: memoryBackend() });
    const slow = await fullRun(play, 30);
    // A run dropped after its first chapter (a new game), then a faster one.
    play.newGame('test-first-steps');
    await playChapter(play, walkOut(0), 500);
    closeScene(play);
    const fast = await fullRun(play, 0);
    const race = play.fullGame!;
    const file = race.lssFile();
    expect(file.name).toBe('analog-dreams-full-game.lss');

    const parsed = parseXml(file.text);
    if (!parsed.ok) throw new Error(parsed.message);
    const run = parsed.root;
    expect(run.attributes.version).toBe(LSS_VERSION);
    expect(firstChild(run, 'CategoryName')?.text).toBe('Full Game');
    expect(firstChild(run, 'AttemptCount')?.text).toBe('3');
    const attempts = childrenNamed(firstChild(run, 'AttemptHistory')!, 'Attempt');
    expect(attempts.map((attempt) => attempt.attributes.id)).toEqual(['1', '2', '3']);
    expect(attempts.every((attempt) => /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/.test(attempt.attributes.started ?? ''))).toBe(true);
    // Finished attempts carry their final game and real time; the dropped one none.
    expect(firstChild(attempts[0]!, 'GameTime')?.text).toBe(ticksToLss(slow.first + slow.second));
    expect(firstChild(attempts[0]!, 'RealTime')?.text).toBe('00:00:03.0000000');
    expect(attempts[1]!.children).toEqual([]);
    expect(firstChild(attempts[2]!, 'GameTime')?.text).toBe(ticksToLss(fast.first + fast.second));
    const segments = childrenNamed(firstChild(run, 'Segments')!, 'Segment');
    expect(segments.map((segment) => firstChild(segment, 'Name')?.text)).toEqual(['First steps', 'Second steps']);
    const personalBest = segments.map((segment) => firstChild(childrenNamed(firstChild(segment, 'SplitTimes')!, 'SplitTime')[0]!, 'GameTime')?.text);
    expect(personalBest).toEqual([ticksToLss(fast.first), ticksToLss(fast.first + fast.second)]);
    expect(childrenNamed(firstChild(segments[0]!, 'SegmentHistory')!, 'Time').map((time) => time.attributes.id)).toEqual(['1', '2', '3']);
    expect(childrenNamed(firstChild(segments[1]!, 'SegmentHistory')!, 'Time').map((time) => time.attributes.id)).toEqual(['1', '3']);
    expect(file.text.match(/\d\d:\d\d:\d\d\.\d+/g)!.every((time) => /\.\d{7}$/.test(time))).toBe(true);

    const read = readLss(file.text);
    if (!read.ok) throw new Error(read.message);
    expect(read.value).toMatchObject({ categoryName: 'Full Game', segments: race.record.segments, attemptCount: 3 });
    expect(read.value.personalBest).toEqual(race.record.personalBest);
    expect(read.value.bestSegments).toEqual(race.record.bestSegments);
  });

  it('is raced when imported into a campaign, from its New game on; a chapter\'s .lss is refused', async () => {
    const source = new CampaignPlay({ chapters: chaptersWithTests(), storage: memoryBackend() });
    const best = await fullRun(source, 0);
    const read = readLss(source.fullGame!.lssFile().text);
    if (!read.ok) throw new Error(read.message);

    const play = new CampaignPlay({ chapters: chaptersWithTests(), storage: memoryBackend() });
    expect(play.raceImportedSplits(read.value)).toBe(false);
    play.newGame('test-first-steps');
    const chapterFile = readLss(writeLss({ gameName: 'Analog Dreams', categoryName: 'First steps', record: emptySplitsRecord({ category: 'test-first-steps', identity: 'test-first-steps/0badf00d/r11', segments: ['Gate', 'First steps'] }) }));
    if (!chapterFile.ok) throw new Error(chapterFile.message);
    expect(play.raceImportedSplits(chapterFile.value)).toBe(false);
    expect(play.raceImportedSplits(read.value)).toBe(true);
    expect(play.fullGame!.record.personalBest?.map((time) => time?.ticks)).toEqual([best.first, best.first + best.second]);
    // The next New game races it too, and a run 30 ticks slower in its second chapter says so at that split.
    await fullRun(play, 30);
    expect(play.fullGame!.view(0).rows.map((row) => row.delta)).toEqual([0, 30]);
  });
});
