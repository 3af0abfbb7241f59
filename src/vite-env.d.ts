/// <reference types="vite/client" />

/** Defined by vite.config.ts: true when built with ANALOG_DREAMS_TEST_HOOK=1 (browser tests). */
declare const __TEST_HOOK__: boolean;

/** An .ink story, compiled at build time by tools/ink-vite-plugin.ts (CompiledStory in src/story/ink-compiler.ts). */
declare module '*.ink' {
  export const json: string;
  export const knots: readonly string[];
  export const variables: Readonly<Record<string, number>>;
}
