// Vite wraps every dynamic import of a build in its preload helper, even with modulePreload off
// (vitejs/vite#18551): about 1.9 KB of the game's script, 0.7 KB gzipped. The helper fetches the imported
// chunk's dependencies and style sheets alongside it. The game has no style sheets, and its one lazy chunk
// (the ink compiler, for a dropped map's story) needs nothing the entry has not loaded already, so the
// helper would only call the import: this plugin gives it just that body. A lazy chunk's own imports still
// load whatever it needs; only a head start would be lost. A build with a style sheet is refused, since
// then the helper would have had CSS to insert.
import type { Plugin } from 'vite';

const PRELOAD_HELPER = '\0vite/preload-helper.js';

export function plainDynamicImportPlugin(): Plugin {
  return {
    name: 'analog-dreams:plain-dynamic-import',
    enforce: 'pre',
    apply: 'build',
    resolveId: (id) => (id === PRELOAD_HELPER ? id : null),
    load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null),
    generateBundle(_options, bundle) {
      const sheet = Object.keys(bundle).find((fileName) => fileName.endsWith('.css'));
      if (sheet !== undefined) {
        this.error(`tools/plain-dynamic-import-plugin.ts: the build has a style sheet (${sheet}), which Vite's preload helper would insert for a lazy chunk; remove the plugin from vite.config.ts`);
      }
    },
  };
}
