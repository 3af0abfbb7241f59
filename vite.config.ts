import { defineConfig } from 'vite';
import { inkPlugin } from './tools/ink-vite-plugin.ts';
import { mapReloadPlugin } from './tools/map-reload-plugin.ts';
import { plainDynamicImportPlugin } from './tools/plain-dynamic-import-plugin.ts';

// A relative base lets dist/ be served from any static host and any sub-path.
export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [inkPlugin(), mapReloadPlugin(), plainDynamicImportPlugin()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    // Maps, stories and sheets are content fetched when needed, never base64 inside the game's script. The
    // test fixtures' image is inlined: used in test builds only, it then leaves a production build entirely.
    assetsInlineLimit: (filePath) => filePath.includes('/tests/fixtures/'),
    // Every desktop browser of today preloads modules itself: the polyfill would only weigh.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // Every imported constant is written where it is used (the default does so only in conditions), and
      // again after each pass frees more: limits and keys read across modules stop costing a name each.
      optimization: { inlineConst: { mode: 'all', pass: 3 } },
      output: {
        // Vite turns top-level let, const and class into var, and the minifier then keeps a var's value
        // where it would have dropped or inlined a constant (vitejs/vite#22363): declared as written, the
        // game's script is 0.8 KB gzip lighter. Nothing of ours reads a top-level name before it is set.
        topLevelVar: false,
        // Phaser is large and changes rarely: its own chunk stays cached between our releases. The other
        // libraries the title needs share one (the ink compiler, for a dropped map's story, stays apart and
        // lazy): what remains is the game's own code, which the size benchmark weighs.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/ },
            { name: 'libraries', test: /node_modules[\\/](?!inkjs[\\/]dist[\\/]ink-full)/ },
          ],
        },
      },
    },
  },
  define: {
    // The test hook is compiled in for dev and test builds only (see src/view/test-hook.ts).
    __TEST_HOOK__: JSON.stringify(process.env.ANALOG_DREAMS_TEST_HOOK === '1'),
  },
});
