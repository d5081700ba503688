import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromiumArgs, chromiumPath } from './tests/support/browser-flags.mjs';
import { countReporter } from './tests/support/count-reporter.mjs';
import { signupServers } from './tests/support/signup-servers.mjs';
import { testApi } from './tests/support/test-api.mjs';

/** Browser tests: every `*.browser.test.ts`, run from source in Chromium. */
export default {
  files: ['tests/**/*.browser.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  middleware: [testApi],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), signupServers()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
    }),
  ],
  // GREP="part of a test name" runs only the matching tests while working on them.
  testFramework: { config: { timeout: 10_000, ...(process.env.GREP && { grep: process.env.GREP }) } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('.test-results/browser.json')],
};
