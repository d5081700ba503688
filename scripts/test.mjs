// npm test: every suite — unit tests in Node, element tests in Chromium and Firefox, the built
// package end to end, the Storybook stories, and the published package in a fresh project — then
// one closing line, "N passed, N failed", summed over all runners.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath, firefoxPath } from '../tests/support/browser-flags.mjs';

const RESULTS = '.test-results';
const chromium = chromiumPath();
const firefox = firefoxPath();
if (!chromium || !firefox) {
  const missing = [!chromium && 'Chromium', !firefox && 'Firefox'].filter(Boolean).join(' and ');
  console.error(
    `No ${missing} found: the browser tests run in both engines. Install them (Debian/Ubuntu: \`sudo apt-get install chromium firefox-esr\`) or set CHROME_PATH and FIREFOX_PATH.`,
  );
  process.exit(1);
}
process.env.CHROME_PATH = chromium;
process.env.FIREFOX_PATH = firefox;

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1;
const bin = (name) => `node_modules/.bin/${name}`;

rmSync(RESULTS, { recursive: true, force: true });

/** A Vitest run that also writes its JSON report, for the count. */
const vitest = (name, ...args) => ({
  command: bin('vitest'),
  args: ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/${name}.json`],
  results: `${RESULTS}/${name}.json`,
});

const suites = [
  { name: 'unit (Node)', ...vitest('unit', '--project', 'unit') },
  { name: 'components (Chromium and Firefox)', command: bin('wtr'), args: [], results: `${RESULTS}/browser.json` },
  { name: 'build for the suites below', command: 'node', args: ['scripts/build.mjs'] },
  { name: 'end to end (built bundles, three origins, Chromium and Firefox)', ...vitest('e2e', '--config', 'vitest.e2e.config.ts') },
  { name: 'stories (Storybook, Chromium, axe)', ...vitest('stories', '--config', 'vitest.storybook.config.ts') },
  { name: 'consumer (the packed package in a fresh project)', command: 'node', args: ['scripts/consumer-test.mjs'], results: `${RESULTS}/consumer.json` },
];

let passed = 0;
let failed = 0;
for (const suite of suites) {
  console.log(`\n▶ ${suite.name}`);
  const status = run(suite.command, suite.args);
  if (!suite.results) {
    if (status !== 0) failed++;
    continue;
  }
  const counts = readCounts(suite.results);
  passed += counts.passed;
  failed += counts.failed;
  // A runner that failed without a failing test (it crashed, or found nothing) still fails the run.
  if (status !== 0 && counts.failed === 0) failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function readCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const json = JSON.parse(readFileSync(file, 'utf8'));
  // Vitest's JSON report, or the browser runner's own count (tests/support/count-reporter.mjs).
  if ('numPassedTests' in json) return { passed: json.numPassedTests, failed: json.numFailedTests };
  return { passed: json.passed, failed: json.failed };
}
