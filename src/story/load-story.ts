// Compiles the ink of a map dropped into the game at run time, from the files already read. The compiler
// is loaded only then: it is a chunk of its own, not part of what every player downloads.
import { compileInkWith, type InkCompileResult } from './ink-compiler.ts';

export async function loadStory(options: {
  readonly mainPath: string;
  /** The dropped files' texts by path, as the map names them. */
  readonly files: ReadonlyMap<string, string>;
}): Promise<InkCompileResult> {
  const { Compiler, CompilerOptions } = await import('inkjs/full');
  return compileInkWith({ Compiler, CompilerOptions }, { mainPath: options.mainPath, readFile: (path) => options.files.get(path) ?? null });
}
