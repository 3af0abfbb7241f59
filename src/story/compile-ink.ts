// The ink compiler for the build and for Node (the Vite plugin, tools, tests), imported at once.
import { Compiler, CompilerOptions } from 'inkjs/full';
import { compileInkWith, type InkCompileResult, type ReadInkFile } from './ink-compiler.ts';

export function compileInk(options: { readonly mainPath: string; readonly readFile: ReadInkFile }): InkCompileResult {
  return compileInkWith({ Compiler, CompilerOptions }, options);
}
