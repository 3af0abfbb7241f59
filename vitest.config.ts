import { defineConfig } from 'vitest/config';
import { inkPlugin } from './tools/ink-vite-plugin.ts';

export default defineConfig({
  // Tests import .ink stories as the game does.
  plugins: [inkPlugin()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20000,
  },
});
