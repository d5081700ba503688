import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { sourceManifest } from './.storybook/source-manifest.js';
import { chromiumArgs, chromiumPath } from './tests/support/browser-flags.mjs';

/**
 * Every story as a test, in headless Chromium: it must render without an error, its `play`
 * (where it has one) must pass, and axe must find no violation (`parameters.a11y.test: 'error'`
 * in .storybook/preview.ts). Run: `npx vitest run --config vitest.storybook.config.ts`.
 */
export default defineConfig({
  // The manifest the stories read, made from src/ as in `npm run storybook` (.storybook/vite.config.ts).
  plugins: [storybookTest({ configDir: '.storybook' }), sourceManifest()],
  test: {
    name: 'storybook',
    setupFiles: ['.storybook/vitest.setup.ts'],
    // A story that never settles fails on its own instead of holding up the run.
    testTimeout: 20_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: chromiumPath() ?? '/usr/bin/chromium', args: chromiumArgs },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
