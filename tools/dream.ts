// Applies Tiled automapping rules to a map once, as Tiled's Map > AutoMap would, and writes the result as a
// Tiled JSON map, so builders and tests can check rules outside the game:
//   npm run dream -- <map.tmj|map.tmx> <rules.tmj|rules.tmx|rules.txt> --out <file.tmj> [--phase N] [--seed S]
// The map, its tilesets and templates, the rule maps and the rules lists are read as the game reads them
// (loadTiledFiles, loadRulesFile) through the tools' one capped reader; the output goes through the one
// writer, which refuses to overwrite any file read. Random choices (output indices, rule Probability) come
// from a hash of (seed, phase, rule, cell): the same arguments give the same map. Problems print one a
// line, `file: severity: place: message (hint)`, grouped and capped as validate-map prints them; exit 1
// on an error, 2 on a usage mistake, else 0 with a summary line.
import { loadRulesFile, type RuleMapSource } from '../src/level/load-dream-rules.ts';
import { digestProblems, moreProblemsLine } from '../src/level/problem-digest.ts';
import { MAXIMUM_IMPORT_BYTES } from '../src/platform/file-import.ts';
import { applyRuleMaps } from '../src/tiled/automap/apply-rule-maps.ts';
import { checkRuleMaps } from '../src/tiled/automap/check-rule-maps.ts';
import { hashedAutomapRandom } from '../src/tiled/automap/hashed-random.ts';
import { loadTiledFiles } from '../src/tiled/load-tiled-files.ts';
import { MAX_LAYERS } from '../src/tiled/map-limits.ts';
import type { MapProblem } from '../src/tiled/tiled-map.ts';
import { SEED_RANGE, parseWholeNumber } from './command-line.ts';
import { dreamSource, writeDreamJson } from './dream-output.ts';
import { cappedFileReader } from './read-capped-file.ts';
import { RefusedWriteError, writeUserFile } from './write-user-file.ts';

const USAGE = 'usage: npm run dream -- <map.tmj|map.tmx> <rules.tmj|rules.tmx|rules.txt> --out <file.tmj> [--phase N] [--seed S]';

interface Arguments {
  readonly mapPath: string;
  readonly rulesPath: string;
  readonly outPath: string;
  readonly phase: number;
  readonly seed: number;
}

function parseArguments(argv: readonly string[]): Arguments | string {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    if (!['--out', '--phase', '--seed'].includes(argument)) return `unknown option ${argument}`;
    const value = argv[index + 1];
    if (value === undefined) return `${argument} needs a value`;
    flags.set(argument, value);
    index += 1;
  }
  if (positional.length !== 2) return 'give exactly one map and one rule map or rules.txt';
  const outPath = flags.get('--out');
  if (outPath === undefined) return '--out <file.tmj> is required';
  const phase = parseWholeNumber(flags.get('--phase') ?? '0', { name: '--phase', min: 0, max: MAX_LAYERS });
  const seed = parseWholeNumber(flags.get('--seed') ?? '0', { name: '--seed', ...SEED_RANGE });
  if (typeof phase !== 'number') return phase.problem;
  if (typeof seed !== 'number') return seed.problem;
  return { mapPath: positional[0]!, rulesPath: positional[1]!, outPath, phase, seed };
}

interface FileProblem {
  readonly file: string;
  readonly problem: MapProblem;
}

/** Each file's problems grouped and capped, as validate-map prints them: a huge list never floods the terminal. */
function problemLines(problems: readonly FileProblem[]): string[] {
  const byFile = new Map<string, MapProblem[]>();
  for (const { file, problem } of problems) {
    const list = byFile.get(file) ?? [];
    list.push(problem);
    byFile.set(file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    const digest = digestProblems(list);
    for (const entry of digest.entries) lines.push(`${file}: ${entry.severity}: ${entry.place}: ${entry.message} (${entry.hint})`);
    const more = moreProblemsLine(digest);
    if (more !== null) lines.push(`${file}: ${more}`);
  }
  return lines;
}

async function run(argv: readonly string[]): Promise<number> {
  const parsed = parseArguments(argv);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n${USAGE}`);
    return 2;
  }
  const readFile = cappedFileReader(parsed.mapPath, MAXIMUM_IMPORT_BYTES);
  const target = await loadTiledFiles({ mapPath: parsed.mapPath, readFile });
  const problems: FileProblem[] = (target.loaded.ok ? target.loaded.warnings : target.loaded.problems).map((problem) => ({ file: parsed.mapPath, problem }));
  const sources: RuleMapSource[] = [];
  const rules = await loadRulesFile({
    rulesPath: parsed.rulesPath, named: parsed.rulesPath, mapPath: parsed.mapPath, readFile, place: '', missingIsError: true,
    onRuleMap: (source) => sources.push(source),
  });
  for (const problem of rules.problems) problems.push({ file: parsed.rulesPath, problem });
  if (target.loaded.ok) {
    for (const problem of checkRuleMaps(target.loaded.value, rules.ruleMaps)) problems.push({ file: parsed.rulesPath, problem });
  }
  for (const line of problemLines(problems)) console.log(line);
  if (!target.loaded.ok || problems.some(({ problem }) => problem.severity === 'error')) return 1;

  const result = applyRuleMaps(target.loaded.value, rules.ruleMaps, { random: hashedAutomapRandom({ seed: parsed.seed, phase: parsed.phase }) });
  const source = dreamSource({ path: parsed.mapPath, text: target.mapText, map: target.loaded.value });
  const text = writeDreamJson(source, result, { outPath: parsed.outPath, ruleMaps: sources.map(dreamSource) });
  try {
    writeUserFile(parsed.outPath, text, { inputs: [...target.files, ...rules.files] });
  } catch (error) {
    if (!(error instanceof RefusedWriteError)) throw error;
    console.log(`${parsed.outPath}: error: --out: ${error.message}`);
    return 1;
  }
  const ruleCount = rules.ruleMaps.reduce((sum, ruleMap) => sum + ruleMap.rules.length, 0);
  const created = result.createdLayers.length === 0 ? '' : `, created layer(s) ${result.createdLayers.map((name) => `"${name}"`).join(', ')}`;
  console.log(`${parsed.outPath}: ok: ${result.appliedMatches} match(es) of ${ruleCount} rule(s) from ${rules.ruleMaps.length} rule map(s)${created}`);
  return 0;
}

process.exit(await run(process.argv.slice(2)));
