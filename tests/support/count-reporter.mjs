// A web-test-runner reporter that writes how many tests passed and failed to a JSON file, so
// scripts/test.mjs can print one total over every runner. Every test counts once per browser it
// ran in; `browsers` holds the same counts per browser.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const zero = () => ({ passed: 0, failed: 0, skipped: 0 });

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter(outputFile) {
  return {
    onTestRunFinished({ sessions }) {
      const browsers = {};
      for (const session of sessions) {
        const totals = (browsers[session.browser.name] ??= zero());
        const failedBefore = totals.failed;
        count(session.testResults, totals);
        // A file that failed without a failing test (it did not load, or errored outside a test)
        // still counts as one failure, never as nothing.
        if (!session.passed && totals.failed === failedBefore) totals.failed++;
      }
      const totals = zero();
      for (const perBrowser of Object.values(browsers)) {
        for (const key of Object.keys(totals)) totals[key] += perBrowser[key];
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify({ ...totals, browsers }));
    },
  };
}
