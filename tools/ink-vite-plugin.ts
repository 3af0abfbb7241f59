// Two ways the build compiles ink with the game's own compiler, so the game plays stories with the ink
// runtime alone. Importing `./x.ink` gives its compiled story as a module (`{ json, knots, variables }`);
// importing `./x.ink?built-story` gives the URL of a story file of the build (src/story/built-story.ts),
// fetched when a chapter plays, as the maps are. A story that does not compile fails the build with each
// problem's file and line. Under the dev server the URL is one the server answers by compiling the story
// then, so an edited .ink file shows at the next reload.
import { basename, relative, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { inkProblemPlace, type CompiledStory, type InkProblem } from '../src/story/ink-compiler.ts';
import { buildStoryFile } from './built-story-file.ts';
import { compileInkFile } from './compile-ink-file.ts';

export const BUILT_STORY_QUERY = 'built-story';
/** Where the dev server answers for built stories: `<base>__built-story/maps/x.ink`. */
const DEV_ROUTE = '__built-story/';

function compileFailure(problems: readonly InkProblem[]): string {
  const lines = problems.map((problem) => `  ${inkProblemPlace(problem)}: ${problem.message} (${problem.hint})`);
  return `the ink story does not compile:\n${lines.join('\n')}`;
}

function repositoryPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

export function inkPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  let serving = false;
  return {
    name: 'analog-dreams-ink',
    configResolved(config) {
      root = config.root;
      base = config.base;
      serving = config.command === 'serve';
    },
    configureServer(server) {
      server.middlewares.use(builtStoryMiddleware(root, `${base}${DEV_ROUTE}`));
    },
    load: {
      // Only .ink modules come to the hook: the bundler does not call it for the game's hundreds of others.
      filter: { id: /\.ink(?:\?|$)/ },
      async handler(id) {
        const [file = '', query] = id.split('?');
        if (!file.endsWith('.ink')) return null;
        if (query === BUILT_STORY_QUERY) {
          const mainPath = repositoryPath(root, file);
          if (serving) return { code: `export default ${JSON.stringify(`${base}${DEV_ROUTE}${mainPath}`)};\n`, map: null };
          const built = await buildStoryFile(mainPath, root);
          if (!built.ok) this.error(compileFailure(built.problems));
          for (const source of built.sources.sources.keys()) this.addWatchFile(resolve(root, source));
          const reference = this.emitFile({ type: 'asset', name: `${basename(file, '.ink')}.story.json`, source: JSON.stringify(built.story) });
          return { code: `export default import.meta.ROLLUP_FILE_URL_${reference};\n`, map: null };
        }
        if (query !== undefined) return null;
        const result = compileInkFile(id, root);
        if (!result.ok) this.error(compileFailure(result.problems));
        for (const source of result.sources) this.addWatchFile(resolve(root, source));
        return { code: inkModuleCode(result), map: null };
      },
    },
  };
}

/** The dev server's answer for `<route>maps/x.ink`: the story compiled now, or the problems as a 500. */
function builtStoryMiddleware(root: string, route: string): Connect.NextHandleFunction {
  return (request, response, next) => {
    const url = request.url?.split('?')[0] ?? '';
    if (!url.startsWith(route) || !url.endsWith('.ink')) {
      next();
      return;
    }
    const mainPath = decodeURIComponent(url.slice(route.length));
    if (mainPath.split('/').includes('..')) {
      next();
      return;
    }
    void buildStoryFile(mainPath, root).then((built) => {
      response.statusCode = built.ok ? 200 : 500;
      response.setHeader('Content-Type', built.ok ? 'application/json' : 'text/plain; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(built.ok ? JSON.stringify(built.story) : compileFailure(built.problems));
    }, next);
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
