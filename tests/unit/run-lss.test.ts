// LiveSplit splits files: the structure LiveSplit 1.7.0 writes, seven-digit times, and a round trip through
// our own reader back to the same ticks; a file LiveSplit wrote (real time only) reads as a comparison.
import { describe, expect, it } from 'vitest';
import { LSS_VERSION, formatLssUnits, parseLssUnits, raceImported, readLss, ticksToLss, writeLss } from '../../src/run/lss.ts';
import { PLAIN_RUN } from '../../src/run/run-marks.ts';
import { emptySplitsRecord, recordAttempt, type SplitTime } from '../../src/run/splits.ts';
import { parseXml, childrenNamed, firstChild } from '../../src/tiled/xml-tree.ts';

const at = (ticks: number, realMilliseconds = ticks * 17.5): SplitTime => ({ ticks, realMilliseconds });
let record = emptySplitsRecord({ category: 'night-escape', identity: 'night-escape/d5946d15/r8', segments: ['Porch & gate', 'The night escape'] });
record = recordAttempt(record, { started: '12/05/2026 19:40:00', ended: '12/05/2026 19:40:20', splits: [at(401), at(1011)], finished: true, marks: PLAIN_RUN });
record = recordAttempt(record, { started: '12/05/2026 19:41:00', ended: '12/05/2026 19:41:05', splits: [at(377), null], finished: false, marks: PLAIN_RUN });

describe('LiveSplit times', () => {
  it('writes seven digits of fraction and reads them back to the same tick', () => {
    expect(ticksToLss(1011)).toBe('00:00:16.8500000');
    expect(ticksToLss(1)).toBe('00:00:00.0166667');
    expect(ticksToLss(60 * 3600 * 25)).toBe('1.01:00:00.0000000');
    expect(formatLssUnits(parseLssUnits('12:34:56.7890123')!)).toBe('12:34:56.7890123');
    expect(parseLssUnits('00:01:02')).toBe(620_000_000);
    expect(parseLssUnits('soon')).toBeNull();
    for (let ticks = 0; ticks < 5000; ticks += 7) expect(Math.round((parseLssUnits(ticksToLss(ticks))! * 60) / 10_000_000)).toBe(ticks);
  });
});

describe('a .lss file', () => {
  const text = writeLss({ gameName: 'Analog Dreams', categoryName: 'Enforcer Chase', record });

  it('has LiveSplit\'s structure: Run 1.7.0, attempts, segments with the personal best, best segment and history', () => {
    const parsed = parseXml(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const run = parsed.root;
    expect(run.name).toBe('Run');
    expect(run.attributes.version).toBe(LSS_VERSION);
    expect(run.children.map((child) => child.name)).toEqual([
      'GameIcon', 'GameName', 'CategoryName', 'LayoutPath', 'Metadata', 'Offset', 'AttemptCount', 'AttemptHistory', 'Segments', 'AutoSplitterSettings',
    ]);
    expect(firstChild(run, 'AttemptCount')?.text).toBe('2');
    const attempts = childrenNamed(firstChild(run, 'AttemptHistory')!, 'Attempt');
    expect(attempts.map((attempt) => attempt.attributes)).toMatchObject([
      { id: '1', started: '12/05/2026 19:40:00', ended: '12/05/2026 19:40:20' },
      { id: '2' },
    ]);
    expect(firstChild(attempts[0]!, 'GameTime')?.text).toBe('00:00:16.8500000');
    expect(firstChild(attempts[0]!, 'RealTime')?.text).toBe('00:00:17.6925000');
    expect(attempts[1]!.children).toEqual([]);
    const segments = childrenNamed(firstChild(run, 'Segments')!, 'Segment');
    expect(segments.map((segment) => firstChild(segment, 'Name')?.text)).toEqual(['Porch & gate', 'The night escape']);
    const best = childrenNamed(firstChild(segments[1]!, 'SplitTimes')!, 'SplitTime')[0]!;
    expect(best.attributes.name).toBe('Personal Best');
    expect(firstChild(best, 'GameTime')?.text).toBe('00:00:16.8500000');
    // The second attempt's faster first segment is the gold; each segment's history names its attempts.
    expect(firstChild(firstChild(segments[0]!, 'BestSegmentTime')!, 'GameTime')?.text).toBe(ticksToLss(377));
    expect(childrenNamed(firstChild(segments[0]!, 'SegmentHistory')!, 'Time').map((time) => time.attributes.id)).toEqual(['1', '2']);
    expect(childrenNamed(firstChild(segments[1]!, 'SegmentHistory')!, 'Time').map((time) => time.attributes.id)).toEqual(['1']);
    expect(text.match(/\d\d:\d\d:\d\d\.\d+/g)!.every((time) => /\.\d{7}$/.test(time))).toBe(true);
  });

  it('round-trips through the importer to the same segments, personal best and best segments', () => {
    const read = readLss(`\uFEFF${text}`);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toMatchObject({ gameName: 'Analog Dreams', categoryName: 'Enforcer Chase', segments: record.segments, attemptCount: 2 });
    expect(read.value.personalBest.map((time) => time?.ticks)).toEqual([401, 1011]);
    expect(read.value.bestSegments.map((time) => time?.ticks)).toEqual([377, 610]);
    read.value.personalBest.forEach((time, index) => {
      expect(time!.realMilliseconds).toBeCloseTo(record.personalBest![index]!.realMilliseconds, 4);
    });
    const raced = raceImported(emptySplitsRecord(record), read.value);
    expect(raced?.personalBest?.map((time) => time?.ticks)).toEqual([401, 1011]);
    expect(raceImported(emptySplitsRecord({ ...record, segments: ['Other'] }), read.value)).toBeNull();
  });

  it('reads a file LiveSplit wrote with real time only, and names the place of a broken time', () => {
    const liveSplits = `<?xml version="1.0" encoding="UTF-8"?><Run version="1.7.0"><GameName>Analog Dreams</GameName><CategoryName>Any%</CategoryName>
      <AttemptCount>9</AttemptCount><Segments><Segment><Name>End</Name><SplitTimes><SplitTime name="Personal Best"><RealTime>00:00:20.5000000</RealTime></SplitTime></SplitTimes>
      <BestSegmentTime><RealTime>00:00:20.0000000</RealTime></BestSegmentTime><SegmentHistory /></Segment></Segments></Run>`;
    const read = readLss(liveSplits);
    expect(read.ok && read.value.personalBest[0]).toEqual({ ticks: 1230, realMilliseconds: 20_500 });
    expect(readLss(liveSplits.replace('00:00:20.5000000', 'fast'))).toMatchObject({ ok: false, place: 'segment 1 Personal Best RealTime' });
    expect(readLss('<Layout />')).toMatchObject({ ok: false, message: 'the root is <Layout>, not a LiveSplit <Run>' });
    expect(readLss('not xml')).toMatchObject({ ok: false, place: 'file' });
  });
});
