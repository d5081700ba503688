import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath } from './tests/support/browser-flags.mjs';
import { countReporter } from './tests/support/count-reporter.mjs';
import { signupServers } from './tests/support/signup-servers.mjs';
import { testApi } from './tests/support/test-api.mjs';

/** Stops before any browser starts, with one sentence on what to do (a stack trace would bury it). */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const launchers = {
  chromium() {
    const executablePath = chromiumPath();
    if (!executablePath) {
      fail('No Chromium found: install it (`apt-get install chromium`, as CI does) or set CHROME_PATH.');
    }
    // Through the same puppeteer-core as Firefox, so reports name it Chromium rather than Chrome.
    return chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { executablePath, headless: true, args: chromiumArgs } });
  },
  firefox() {
    const executablePath = firefoxPath();
    if (!executablePath) {
      fail('No Firefox found: install Firefox ESR (`apt-get install firefox-esr`, as CI does), set FIREFOX_PATH, or run BROWSERS=chromium.');
    }
    // Driven over WebDriver BiDi by puppeteer-core, with the installed binary (no download).
    return chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath, headless: true } });
  },
};

// BROWSERS=chromium or BROWSERS=firefox runs one while working; both by default.
const names = (process.env.BROWSERS || 'chromium,firefox').split(',').map((name) => name.trim().toLowerCase());
for (const name of names) {
  if (!(name in launchers)) fail(`BROWSERS: unknown browser "${name}"; use chromium, firefox or both.`);
}

/** Browser tests: every `*.browser.test.ts`, run from source in Chromium and Firefox. */
export default {
  files: ['tests/**/*.browser.test.ts'],
  nodeResolve: true,
  // One page at a time per browser (2 cores, and several tests wait on focus and timers), but both
  // browsers side by side: the run mostly waits, so that is about 25 % quicker than one after the
  // other. The test servers keep each browser's requests apart (by User-Agent).
  concurrency: 1,
  concurrentBrowsers: 2,
  middleware: [testApi],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), signupServers()],
  browsers: names.map((name) => launchers[name]()),
  // GREP="part of a test name" runs only the matching tests while working on them.
  testFramework: { config: { timeout: 10_000, ...(process.env.GREP && { grep: process.env.GREP }) } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('.test-results/browser.json')],
};
