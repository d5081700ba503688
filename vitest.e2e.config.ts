import { defineConfig } from 'vitest/config';

/**
 * The end-to-end suite: the built bundles (`npm run build` first) on pages, assets and data from
 * three loopback origins, in Chromium and Firefox. One file at a time: each drives two browsers,
 * and the machines have two cores.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    // One process for every file, so they share the two browsers (tests/e2e/support/browsers.ts).
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
