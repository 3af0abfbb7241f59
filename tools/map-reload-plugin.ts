// Live reload of maps under `npm run dev`: a save in maps/ (a map, tileset, template, rule map, rules
// list or the project file) is sent to the game as one custom HMR event instead of Vite's page reload, and the game loads
// that level again in place (src/view/live-reload.ts).
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Must equal MAP_CHANGED_EVENT in src/view/live-reload.ts (tools may not import the view). */
export const MAP_CHANGED_EVENT = 'analog-dreams:map-changed';
// A rules.txt too: the dream's rules lists are level files like the rule maps they name.
const MAP_FILE = /\.(?:tmx|tmj|json|tsx|tsj|tx|tj|txt|tiled-project)$/i;

/** `maps/a.tmj` for a file in the project's maps/ folder that Tiled saves, else null. */
export function mapFilePath(root: string, file: string): string | null {
  const path = relative(root, file).split(sep).join('/');
  return path.startsWith('maps/') && MAP_FILE.test(path) ? path : null;
}

export function mapReloadPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'analog-dreams-map-reload',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
    },
    hotUpdate({ file }) {
      if (this.environment.name !== 'client') return;
      const path = mapFilePath(root, file);
      if (path === null) return;
      this.environment.hot.send({ type: 'custom', event: MAP_CHANGED_EVENT, data: { path } });
      // No module update: the bundled map texts are not what the dev game reads, and a page reload
      // would lose the level being played.
      return [];
    },
  };
}
