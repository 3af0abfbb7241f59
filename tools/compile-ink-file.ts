// Compiles an .ink story from disk with the game's compiler: for the Vite plugin, tools and tests.
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { compileInk } from '../src/story/compile-ink.ts';
import { MAX_INK_CHARACTERS, type InkCompileResult } from '../src/story/ink-compiler.ts';
import { readCappedFile } from './read-capped-file.ts';

/** UTF-8 takes at most 4 bytes a character: a file past this is past the compiler's cap too. */
const MAX_INK_FILE_BYTES = MAX_INK_CHARACTERS * 4;

/** Compiles the story whose main file is `path`; the problems' files are paths from `root`. */
export function compileInkFile(path: string, root: string = process.cwd()): InkCompileResult {
  const mainPath = relative(root, resolve(root, path)).split(sep).join('/');
  return compileInk({
    mainPath,
    readFile: (file) => {
      const absolute = resolve(root, file);
      return existsSync(absolute) ? new TextDecoder().decode(readCappedFile(absolute, MAX_INK_FILE_BYTES)) : null;
    },
  });
}
