// Compiles an ink story (a main .ink file and what it INCLUDEs) with inkjs's compiler into the JSON the
// director plays, and says what is wrong with it by file and line. The compiler's classes are passed in,
// so the build and Node import them at once (compile-ink.ts) and the browser only when a dropped map
// brings ink (load-story.ts): the compiler is twice the size of the runtime.
import type { Compiler, CompilerOptions } from 'inkjs/full';
import type { StoryFlags } from '../sim/scene-director.ts';
import { storyKnots, storyVariables } from './ink-story-facts.ts';

export interface InkCompilerClasses {
  readonly Compiler: typeof Compiler;
  readonly CompilerOptions: typeof CompilerOptions;
}

/** The text of a file by its path, or null when there is none. An exception's message is reported as the reason. */
export type ReadInkFile = (path: string) => string | null;

export interface InkProblem {
  readonly message: string;
  /** The .ink file, as a path from where the main file's path starts (as `readFile` was asked). */
  readonly file: string;
  /** 1-based; null when the problem is the file as a whole. */
  readonly line: number | null;
  readonly hint: string;
}

/** What a build makes of an .ink file: the story to play and what the level checks read of it. */
export interface CompiledStory {
  readonly json: string;
  /** Knots and `knot.stitch` paths (functions too: ink makes no difference). */
  readonly knots: readonly string[];
  /** Global VAR initial values: bools as 0 and 1, ints; strings, floats and lists left out. */
  readonly variables: StoryFlags;
}

export type InkCompileResult =
  | (CompiledStory & {
    readonly ok: true;
    /** Every file read, the main one first: what a hash of the level must cover. */
    readonly sources: readonly string[];
    /** ink's warnings (e.g. a loose end where the flow runs out): the story plays, but may not as meant. */
    readonly warnings: readonly InkProblem[];
  })
  | { readonly ok: false; readonly problems: readonly InkProblem[] };

/**
 * Characters of ink over every file read, INCLUDEs counted each time: inkjs compiled 1.7 million
 * characters of plain dialogue in 7.5 s on one core (measured), so this bounds a build or a dropped map
 * to seconds; the campaign's dialogue is a few percent of it.
 */
export const MAX_INK_CHARACTERS = 1_000_000;
/** Files read for one story, each INCLUDE counted: bounds a story that includes the same files over and over. */
export const MAX_INK_FILES = 256;

/** inkjs's ErrorType (compiler/Parser/ErrorType.ts): Author is a TODO note, left out. */
const ERROR_TYPE = { warning: 1, error: 2 } as const;

const INKY_HINT = 'Open the main .ink file in Inky: it marks the error on its line as you type.';

/** Why a file named by an INCLUDE could not be had, by its resolved path. */
class InkFileRefused extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

export function compileInkWith(
  classes: InkCompilerClasses,
  options: { readonly mainPath: string; readonly readFile: ReadInkFile },
): InkCompileResult {
  const mainPath = resolveInkPath('', options.mainPath);
  const folder = mainPath.slice(0, mainPath.lastIndexOf('/') + 1);
  const mainName = mainPath.slice(folder.length);
  const texts = new Map<string, string>();
  const refusals = new Map<string, InkFileRefused>();
  let characters = 0;
  let reads = 0;
  const load = (path: string): string => {
    reads += 1;
    if (reads > MAX_INK_FILES) {
      throw new InkFileRefused(`the story reads more than ${MAX_INK_FILES} files`, 'Include each file once, from the main file.');
    }
    const text = stripByteOrderMark(readOrRefuse(options.readFile, path));
    characters += text.length;
    if (characters > MAX_INK_CHARACTERS) {
      throw new InkFileRefused(
        `the story is more than ${MAX_INK_CHARACTERS} characters of ink (INCLUDEs counted each time)`,
        'This is far more dialogue than a game needs: check that no file was replaced by something else, or split the story.',
      );
    }
    texts.set(path, text);
    return text;
  };

  let mainText: string;
  try {
    mainText = load(mainPath);
  } catch (error) {
    const refused = asRefusal(error);
    return { ok: false, problems: [{ message: refused.message, file: mainPath, line: null, hint: refused.hint }] };
  }

  const problems: InkProblem[] = [];
  const warnings: InkProblem[] = [];
  // ink names an included file by its INCLUDE text; like Inky (and inklecate), paths are from the main
  // file's folder, whichever file includes them.
  const fileOf = (name: string | undefined): string => (name === undefined ? mainPath : resolveInkPath(folder, name));
  const onError = (message: string, type: number): void => {
    const problem = describeCompilerMessage(message, fileOf, refusals);
    if (type === ERROR_TYPE.error) problems.push(problem);
    else if (type === ERROR_TYPE.warning) warnings.push(problem);
  };
  const fileHandler = {
    ResolveInkFilename: (name: string): string => resolveInkPath(folder, name),
    LoadInkFileContents: (path: string): string => {
      try {
        return load(path);
      } catch (error) {
        refusals.set(path, asRefusal(error));
        throw error;
      }
    },
  };
  try {
    const compiler = new classes.Compiler(mainText, new classes.CompilerOptions(mainName, [], false, onError, fileHandler));
    const story = compiler.Compile();
    const json = problems.length === 0 ? story.ToJson() : undefined;
    if (typeof json === 'string') {
      return { ok: true, json, knots: storyKnots(story), variables: storyVariables(story), sources: [...texts.keys()], warnings };
    }
  } catch (error) {
    // inkjs throws after reporting errors ("Compilation failed.", or a crash of its own on garbage): the
    // errors reported say more. An exception with none (its parser's stack on deep nesting) is the problem.
    if (problems.length === 0) {
      problems.push({
        message: `the ink compiler gave up: ${error instanceof Error ? error.message : String(error)}`,
        file: mainPath,
        line: null,
        hint: `${INKY_HINT} Very deep nesting of { } or choices also stops it.`,
      });
    }
  }
  if (problems.length === 0) problems.push({ message: 'the ink compiler made no story', file: mainPath, line: null, hint: INKY_HINT });
  return { ok: false, problems };
}

function readOrRefuse(readFile: ReadInkFile, path: string): string {
  let text: string | null;
  try {
    text = readFile(path);
  } catch (error) {
    throw new InkFileRefused(`${path} could not be read: ${error instanceof Error ? error.message : String(error)}`, 'Check that the file is there and readable.');
  }
  if (text === null) {
    throw new InkFileRefused(
      `there is no file ${path}`,
      'INCLUDE paths start from the main .ink file\'s folder (as in Inky); check the name, or add the file (with a dropped map, drop its .ink files too).',
    );
  }
  return text;
}

function asRefusal(error: unknown): InkFileRefused {
  return error instanceof InkFileRefused ? error : new InkFileRefused(error instanceof Error ? error.message : String(error), INKY_HINT);
}

function stripByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

// inkjs's messages: "ERROR: 'file.ink' line 12: message" (no file for a main file given no name).
const COMPILER_MESSAGE = /^(?:ERROR|WARNING|TODO): (?:'([^']*)' )?line (\d+): ([\s\S]*)$/;
const LOAD_FAILURE = /^Failed to load: '([^']*)'/;
const RECURSIVE_INCLUDE = /^Recursive INCLUDE detected: '([^']*)'/;

function describeCompilerMessage(
  text: string,
  fileOf: (name: string | undefined) => string,
  refusals: ReadonlyMap<string, InkFileRefused>,
): InkProblem {
  const parts = COMPILER_MESSAGE.exec(text);
  if (parts === null) return { message: text, file: fileOf(undefined), line: null, hint: INKY_HINT };
  const file = fileOf(parts[1]);
  const line = Number(parts[2]);
  const message = parts[3]!;
  const loadFailure = LOAD_FAILURE.exec(message);
  const refusal = loadFailure === null ? undefined : refusals.get(fileOf(loadFailure[1]));
  if (refusal !== undefined) return { message: `INCLUDE ${loadFailure![1]!}: ${refusal.message}`, file, line, hint: refusal.hint };
  const recursion = RECURSIVE_INCLUDE.exec(message);
  if (recursion !== null) {
    return {
      message: `including ${recursion[1]!} makes a loop: that file is already being read`,
      file,
      line,
      hint: 'A file may not include itself, directly or through other files: remove one of the INCLUDE lines.',
    };
  }
  return { message, file, line, hint: INKY_HINT };
}

/** `file:line` (or the file alone), as a build's error and a problem's place say it. */
export function inkProblemPlace(problem: InkProblem): string {
  return problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
}

/** `folder` + `name` with `.` and `..` worked out and `\` as `/`; a name from the root (`/a.ink`) stays so. */
export function resolveInkPath(folder: string, name: string): string {
  const slashed = name.replaceAll('\\', '/');
  const path = slashed.startsWith('/') ? slashed : folder + slashed;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + parts.join('/');
}
