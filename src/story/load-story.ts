// Compiles a map's ink story at run time, from the files already read (a dropped map's, or those the
// level loader read). The compiler is loaded only then: it is a chunk of its own, not part of what every
// player downloads.
import { compileInkWith, type InkCompileResult } from './ink-compiler.ts';

export async function loadStory(story: {
  readonly mainPath: string;
  /** Source texts by path, in the form `mainPath` has: the main file and every file it INCLUDEs. */
  readonly sources: ReadonlyMap<string, string>;
}): Promise<InkCompileResult> {
  const { Compiler, CompilerOptions } = await import('inkjs/full');
  return compileInkWith({ Compiler, CompilerOptions }, { mainPath: story.mainPath, readFile: (path) => story.sources.get(path) ?? null });
}
