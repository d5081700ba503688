// npm test: every suite — unit tests in Node, element tests in Chromium, and the embed test of the
// built classic bundle — then one closing line, "N passed, N failed", summed over all runners.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath } from '../tests/support/browser-flags.mjs';

const RESULTS = '.test-results';
const browser = chromiumPath();
if (!browser) {
  console.error(
    'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}
process.env.CHROME_PATH = browser;

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1;
const bin = (name) => `node_modules/.bin/${name}`;

rmSync(RESULTS, { recursive: true, force: true });

const suites = [
  { name: 'unit (Node)', command: bin('vitest'), args: ['run', '--project', 'unit', '--reporter=default', `--reporter=json`, `--outputFile.json=${RESULTS}/unit.json`], results: `${RESULTS}/unit.json` },
  { name: 'browser (Chromium)', command: bin('wtr'), args: [], results: `${RESULTS}/browser.json` },
  { name: 'build for the embed test', command: 'node', args: ['scripts/build.mjs'] },
  { name: 'embed (built bundle, three origins)', command: bin('vitest'), args: ['run', '--project', 'embed', '--reporter=default', `--reporter=json`, `--outputFile.json=${RESULTS}/embed.json`], results: `${RESULTS}/embed.json` },
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
