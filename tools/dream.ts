// Applies Tiled automapping rules to a map once, as Tiled's Map > AutoMap would, and writes the result as a
// Tiled JSON map, so builders and tests can check rules outside the game:
//   npm run dream -- <map.tmj|map.tmx> <rules.tmj|rules.tmx|rules.txt> --out <file.tmj> [--phase N] [--seed S]
// Rule maps and the map may be TMX or JSON (TMX is read by the game's own TMX reader); the output is JSON.
// Random choices (output indices, rule Probability) come from a hash of (seed, phase, rule, cell): the same
// arguments give the same map. Problems print one a line, `file: severity: place: message (hint)`; exit 1
// on an error, 2 on a usage mistake, else 0 with a summary line.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { applyRuleMaps } from '../src/tiled/automap/apply-rule-maps.ts';
import { checkRuleMaps } from '../src/tiled/automap/check-rule-maps.ts';
import { hashedAutomapRandom } from '../src/tiled/automap/hashed-random.ts';
import { readTiledJson } from '../src/tiled/read-tiled-json.ts';
import { tmxToJson } from '../src/tiled/read-tmx.ts';
import { parseJsonText, writeDreamJson } from './dream-output.ts';
import { loadRules, readText, type FileProblem } from './dream-rules.ts';

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
  const integer = (name: string, min: number): number | string => {
    const text = flags.get(name) ?? '0';
    const value = Number(text);
    return /^-?\d+$/.test(text) && Number.isSafeInteger(value) && value >= min ? value : `${name} should be a whole number${min === 0 ? ' of at least 0' : ''}, not "${text}"`;
  };
  const phase = integer('--phase', 0);
  const seed = integer('--seed', Number.MIN_SAFE_INTEGER);
  if (typeof phase === 'string') return phase;
  if (typeof seed === 'string') return seed;
  return { mapPath: positional[0]!, rulesPath: positional[1]!, outPath, phase, seed };
}

/** A TMX map's text in Tiled's JSON shape (the game's TMX reader), so one path reads both; JSON as it is. */
function asJsonText(path: string, text: string | undefined, problems: FileProblem[]): string | undefined {
  if (text === undefined || !path.toLowerCase().endsWith('.tmx')) return text;
  const converted = tmxToJson(text);
  if (converted.ok) return JSON.stringify(converted.json);
  problems.push({ file: path, problem: { severity: 'error', place: 'file', message: converted.message, hint: 'Open the map in Tiled and save it again.' } });
  return undefined;
}

function formatProblem({ file, problem }: FileProblem): string {
  return `${file}: ${problem.severity}: ${problem.place}: ${problem.message} (${problem.hint})`;
}

function run(argv: readonly string[]): number {
  const parsed = parseArguments(argv);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n${USAGE}`);
    return 2;
  }
  const problems: FileProblem[] = [];
  const mapText = asJsonText(parsed.mapPath, readText(parsed.mapPath, problems), problems);
  const target = mapText === undefined ? undefined : readTiledJson(mapText, { fileName: basename(parsed.mapPath) });
  if (target !== undefined) {
    const found = target.ok ? target.warnings : target.problems;
    problems.push(...found.map((problem) => ({ file: parsed.mapPath, problem })));
  }
  const rules = loadRules(parsed.rulesPath, basename(parsed.mapPath));
  problems.push(...rules.problems);
  if (target?.ok === true) {
    problems.push(...checkRuleMaps(target.value, rules.ruleMaps).map((problem) => ({ file: parsed.rulesPath, problem })));
  }
  for (const problem of problems) console.log(formatProblem(problem));
  if (target?.ok !== true || mapText === undefined || problems.some(({ problem }) => problem.severity === 'error')) return 1;

  const result = applyRuleMaps(target.value, rules.ruleMaps, { random: hashedAutomapRandom({ seed: parsed.seed, phase: parsed.phase }) });
  const source = { path: parsed.mapPath, json: parseJsonText(mapText), map: target.value };
  writeFileSync(parsed.outPath, writeDreamJson(source, result, { outPath: parsed.outPath, ruleMaps: rules.sources }));
  const ruleCount = rules.ruleMaps.reduce((sum, ruleMap) => sum + ruleMap.rules.length, 0);
  const created = result.createdLayers.length === 0 ? '' : `, created layer(s) ${result.createdLayers.map((name) => `"${name}"`).join(', ')}`;
  console.log(`${parsed.outPath}: ok: ${result.appliedMatches} match(es) of ${ruleCount} rule(s) from ${rules.ruleMaps.length} rule map(s)${created}`);
  return 0;
}

process.exit(run(process.argv.slice(2)));
