// Importing an .ink file gives its compiled story, made at build time by the game's own compiler:
// `import { json, knots, variables } from './x.ink'`. A story that does not compile fails the build
// with each problem's file and line; every file it INCLUDEs is watched by the dev server.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { inkProblemPlace, type CompiledStory } from '../src/story/ink-compiler.ts';
import { compileInkFile } from './compile-ink-file.ts';

export function inkPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'analog-dreams-ink',
    configResolved(config) {
      root = config.root;
    },
    load(id) {
      if (!id.endsWith('.ink')) return null;
      const result = compileInkFile(id, root);
      if (!result.ok) {
        const problems = result.problems.map((problem) => `  ${inkProblemPlace(problem)}: ${problem.message} (${problem.hint})`);
        this.error(`the ink story does not compile:\n${problems.join('\n')}`);
      }
      for (const source of result.sources) this.addWatchFile(resolve(root, source));
      return { code: inkModuleCode(result), map: null };
    },
  };
}

/** The module an .ink file becomes (src/vite-env.d.ts declares its type). */
export function inkModuleCode(story: CompiledStory): string {
  return [
    `export const json = ${JSON.stringify(story.json)};`,
    `export const knots = ${JSON.stringify(story.knots)};`,
    `export const variables = ${JSON.stringify(story.variables)};`,
    '',
  ].join('\n');
}
