// LiveSplit splits files (.lss): `<Run version="1.7.0">` as LiveSplit writes it, with the personal best,
// best segments, attempt history and each segment's history, in real and game time. Times are LiveSplit's
// `hh:mm:ss.fffffff` (seven digits: TimeSpan's 100 ns units); a tick is 1/60 s, which is no whole number of
// those units, so writing rounds to the nearest unit and reading rounds back to the nearest tick: a file
// this game wrote reads back to the same ticks. Reading one takes its segments, personal best and best
// segments as a comparison (src/run/splits.ts); its history is left to LiveSplit.
import { childrenNamed, firstChild, parseXml, type XmlElement } from '../tiled/xml-tree.ts';
import { segmentTime, type SplitTime, type SplitsRecord } from './splits.ts';

export const LSS_VERSION = '1.7.0';
const UNITS_PER_SECOND = 10_000_000;
const UNITS_PER_MILLISECOND = 10_000;
const TICKS_PER_SECOND = 60;
/** Larger files are refused before parsing: a splits file is a few hundred kilobytes at most. */
export const MAX_LSS_CHARACTERS = 8 * 1024 * 1024;

/** `hh:mm:ss.fffffff` from 100 ns units; days (past 24 hours) as LiveSplit writes them, `d.hh:mm:ss.fffffff`. */
export function formatLssUnits(total: number): string {
  const fraction = total % UNITS_PER_SECOND;
  const totalSeconds = (total - fraction) / UNITS_PER_SECOND;
  const seconds = totalSeconds % 60;
  const minutes = ((totalSeconds - seconds) / 60) % 60;
  const totalHours = Math.floor(totalSeconds / 3600);
  const hours = totalHours % 24;
  const days = (totalHours - hours) / 24;
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${days > 0 ? `${days}.` : ''}${two(hours)}:${two(minutes)}:${two(seconds)}.${String(fraction).padStart(7, '0')}`;
}

export function ticksToLss(ticks: number): string {
  return formatLssUnits(Math.round((ticks * UNITS_PER_SECOND) / TICKS_PER_SECOND));
}

export function millisecondsToLss(milliseconds: number): string {
  return formatLssUnits(Math.round(milliseconds * UNITS_PER_MILLISECOND));
}

const LSS_TIME = /^(?:(\d{1,5})\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/;

/** 100 ns units of a LiveSplit time, or null when it is not one. */
export function parseLssUnits(text: string): number | null {
  const match = LSS_TIME.exec(text.trim());
  if (match === null) return null;
  const [, days, hours, minutes, seconds, fraction] = match;
  const wholeSeconds = ((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
  return wholeSeconds * UNITS_PER_SECOND + Number((fraction ?? '').padEnd(7, '0'));
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function timeElements(time: SplitTime | null, indent: string): string {
  if (time === null) return '';
  return `\n${indent}<RealTime>${millisecondsToLss(time.realMilliseconds)}</RealTime>\n${indent}<GameTime>${ticksToLss(time.ticks)}</GameTime>`;
}

function element(name: string, time: SplitTime | null, at: { readonly indent: string; readonly attributes?: string }): string {
  const { indent } = at;
  const attributes = at.attributes ?? '';
  const inner = timeElements(time, `${indent}  `);
  return inner === '' ? `${indent}<${name}${attributes} />` : `${indent}<${name}${attributes}>${inner}\n${indent}</${name}>`;
}

/** A record as LiveSplit's splits file. */
export function writeLss(options: { readonly gameName: string; readonly categoryName: string; readonly record: SplitsRecord }): string {
  const { record } = options;
  const attempts = record.attempts.map((attempt) => {
    const dates = `${attempt.started === null ? '' : ` started="${attempt.started}" isStartedSynced="True"`}${attempt.ended === null ? '' : ` ended="${attempt.ended}" isEndedSynced="True"`}`;
    const final = attempt.finished ? (attempt.splits.at(-1) ?? null) : null;
    return element('Attempt', final, { indent: '    ', attributes: ` id="${attempt.id}"${dates}` });
  });
  const segments = record.segments.map((name, index) => {
    const history = record.attempts
      .map((attempt) => ({ id: attempt.id, time: segmentTime(attempt.splits, index) }))
      .filter((entry) => entry.time !== null)
      .map((entry) => element('Time', entry.time, { indent: '        ', attributes: ` id="${entry.id}"` }));
    return [
      '    <Segment>',
      `      <Name>${escapeXml(name)}</Name>`,
      '      <Icon />',
      '      <SplitTimes>',
      element('SplitTime', record.personalBest?.[index] ?? null, { indent: '        ', attributes: ' name="Personal Best"' }),
      '      </SplitTimes>',
      element('BestSegmentTime', record.bestSegments[index] ?? null, { indent: '      ' }),
      history.length === 0 ? '      <SegmentHistory />' : `      <SegmentHistory>\n${history.join('\n')}\n      </SegmentHistory>`,
      '    </Segment>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Run version="${LSS_VERSION}">`,
    '  <GameIcon />',
    `  <GameName>${escapeXml(options.gameName)}</GameName>`,
    `  <CategoryName>${escapeXml(options.categoryName)}</CategoryName>`,
    '  <LayoutPath>',
    '  </LayoutPath>',
    '  <Metadata>',
    '    <Run id="" />',
    '    <Platform usesEmulator="False">',
    '    </Platform>',
    '    <Region>',
    '    </Region>',
    '    <Variables />',
    '  </Metadata>',
    '  <Offset>00:00:00</Offset>',
    `  <AttemptCount>${record.attempts.at(-1)?.id ?? 0}</AttemptCount>`,
    attempts.length === 0 ? '  <AttemptHistory />' : `  <AttemptHistory>\n${attempts.join('\n')}\n  </AttemptHistory>`,
    '  <Segments>',
    ...segments,
    '  </Segments>',
    '  <AutoSplitterSettings />',
    '</Run>',
    '',
  ].join('\n');
}

/** What an imported .lss gives: a comparison to race (its segments, personal best and best segments). */
export interface LssComparison {
  readonly gameName: string;
  readonly categoryName: string;
  readonly segments: readonly string[];
  readonly personalBest: readonly (SplitTime | null)[];
  readonly bestSegments: readonly (SplitTime | null)[];
  readonly attemptCount: number;
}

export type LssResult = { readonly ok: true; readonly value: LssComparison } | { readonly ok: false; readonly message: string; readonly place: string };

class LssProblem extends Error {
  constructor(readonly place: string, message: string) {
    super(message);
  }
}

/** A time element's real and game time; null when it holds neither (LiveSplit writes empty ones). */
function readTime(parent: XmlElement | undefined, place: string): SplitTime | null {
  if (parent === undefined) return null;
  const read = (name: string): number | null => {
    const child = firstChild(parent, name);
    if (child === undefined) return null;
    const value = parseLssUnits(child.text);
    if (value === null) throw new LssProblem(`${place} ${name}`, `"${child.text.trim().slice(0, 30)}" is not a time hh:mm:ss.fffffff`);
    return value;
  };
  const real = read('RealTime');
  const game = read('GameTime');
  if (real === null && game === null) return null;
  // A file of another game may keep only real time: its game time is taken as the same.
  const gameUnits = game ?? real!;
  const realUnits = real ?? game!;
  return { ticks: Math.round((gameUnits * TICKS_PER_SECOND) / UNITS_PER_SECOND), realMilliseconds: realUnits / UNITS_PER_MILLISECOND };
}

/** Reads a LiveSplit splits file (this game's or LiveSplit's own) into a comparison, or says where it is broken. */
export function readLss(text: string): LssResult {
  if (text.length > MAX_LSS_CHARACTERS) return { ok: false, place: 'file', message: `${text.length} characters, more than a splits file ever is` };
  const parsed = parseXml(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!parsed.ok) return { ok: false, place: 'file', message: `not XML: ${parsed.message}` };
  const { root } = parsed;
  if (root.name !== 'Run') return { ok: false, place: 'file', message: `the root is <${root.name}>, not a LiveSplit <Run>` };
  try {
    const segmentsElement = firstChild(root, 'Segments');
    const segmentElements = segmentsElement === undefined ? [] : childrenNamed(segmentsElement, 'Segment');
    if (segmentElements.length === 0) throw new LssProblem('Segments', 'the file has no segments');
    const segments = segmentElements.map((segment, index) => {
      const name = firstChild(segment, 'Name')?.text.trim() ?? '';
      return name === '' ? `segment ${index + 1}` : name;
    });
    const personalBest = segmentElements.map((segment, index) => {
      const splitTimes = firstChild(segment, 'SplitTimes');
      const best = splitTimes === undefined ? undefined : childrenNamed(splitTimes, 'SplitTime').find((entry) => entry.attributes.name === 'Personal Best');
      return readTime(best, `segment ${index + 1} Personal Best`);
    });
    const bestSegments = segmentElements.map((segment, index) => readTime(firstChild(segment, 'BestSegmentTime'), `segment ${index + 1} BestSegmentTime`));
    const attemptCount = Number(firstChild(root, 'AttemptCount')?.text.trim() ?? '0');
    return {
      ok: true,
      value: {
        gameName: firstChild(root, 'GameName')?.text.trim() ?? '',
        categoryName: firstChild(root, 'CategoryName')?.text.trim() ?? '',
        segments,
        personalBest,
        bestSegments,
        attemptCount: Number.isSafeInteger(attemptCount) && attemptCount >= 0 ? attemptCount : 0,
      },
    };
  } catch (error) {
    if (error instanceof LssProblem) return { ok: false, place: error.place, message: error.message };
    throw error;
  }
}

/**
 * A record that races an imported file's personal best and best segments, keeping the record's own history;
 * null when the file's segments are not this run's (another count or other names).
 */
export function raceImported(record: SplitsRecord, imported: LssComparison): SplitsRecord | null {
  const same = imported.segments.length === record.segments.length && imported.segments.every((name, index) => name === record.segments[index]);
  if (!same) return null;
  const finished = imported.personalBest.at(-1) !== null;
  return { ...record, personalBest: finished ? [...imported.personalBest] : record.personalBest, bestSegments: [...imported.bestSegments] };
}
