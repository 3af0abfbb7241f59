// Reads a `rules.txt` as Tiled's Automapping manual describes it: one entry a line, a path to a rule map
// or to another rules list (relative to the list's folder), a `[pattern]` map-name filter (Tiled 1.9+,
// `*` a wildcard) that applies to the lines after it, and comments starting with `#` or `//`. Reading the
// files is the caller's job: this only says what each line means.
import { collectProblems, type ProblemList } from '../problem-list.ts';
import type { Loaded } from '../tiled-map.ts';

export interface RulesListEntry {
  readonly kind: 'rule-map' | 'rules-list';
  /** The path exactly as written, relative to the list's folder unless absolute. */
  readonly path: string;
  /** 1-based, for messages. */
  readonly line: number;
  /** The map-name filter in force at this line (`*` when none was given). */
  readonly filter: string;
}

const RULE_MAP_ENDINGS = ['.tmj', '.json', '.tmx'];

export function parseRulesList(text: string, options: { readonly name: string; readonly filter?: string }): Loaded<RulesListEntry[]> {
  return collectProblems('rules list reader', (problems) => parse(text, { ...options, problems }));
}

function parse(text: string, context: { readonly name: string; readonly filter?: string; readonly problems: ProblemList }): RulesListEntry[] {
  const entries: RulesListEntry[] = [];
  let filter = context.filter ?? '*';
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r?\n/);
  for (const [position, raw] of lines.entries()) {
    const line = position + 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#') || content.startsWith('//')) continue;
    const place = `rules list "${context.name}" line ${line}`;
    if (content.startsWith('[')) {
      if (!content.endsWith(']') || content.length < 3) {
        context.problems.error(place, `"${content}" is not a map-name filter`, 'Write a filter as [pattern] on its own line, e.g. [town*], or [*] for every map.');
        continue;
      }
      filter = content.slice(1, -1).trim();
      continue;
    }
    const lower = content.toLowerCase();
    if (lower.endsWith('.txt')) entries.push({ kind: 'rules-list', path: content, line, filter });
    else if (RULE_MAP_ENDINGS.some((ending) => lower.endsWith(ending))) entries.push({ kind: 'rule-map', path: content, line, filter });
    else {
      context.problems.error(place, `"${content}" is neither a rule map (.tmj, .json, .tmx) nor a rules list (.txt)`, 'Each line is a path to a rule map or another rules.txt, a [filter], or a comment starting with # or //.');
    }
  }
  return entries;
}

/** Whether a map's file name (no folder) passes a `[pattern]` filter; `*` stands for any text. */
export function mapNameMatches(filter: string, mapFileName: string): boolean {
  const pattern = filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(mapFileName);
}
