/// <reference types="vite/client" />

/** Defined by vite.config.ts: true when built with ANALOG_DREAMS_TEST_HOOK=1 (browser tests). */
declare const __TEST_HOOK__: boolean;
