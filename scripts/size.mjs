// npm run size: the gzipped size of each script-tag bundle against its budget (run `npm run build`
// first). It reports; `npm run size -- --check` also fails when a bundle is over its budget.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Budgets in gzipped bytes; the classic bundle's is the contract's 20 KB. */
const bundles = [
  { file: 'dist/glossary-elements.iife.js', label: 'classic script (IIFE)', budget: 20 * 1024 },
  { file: 'dist/glossary-elements.js', label: 'ES module', budget: 20 * 1024 },
  { file: 'dist/glossary-elements.purify.js', label: 'DOMPurify, loaded only without setHTML', budget: 13 * 1024 },
  { file: 'dist/glossary-elements.words.js', label: 'UI words beyond English, loaded only on such pages', budget: 4 * 1024 },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let overBudget = false;
for (const { file, label, budget } of bundles) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const raw = readFileSync(file);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  const verdict = gzipped <= budget ? 'within' : 'OVER';
  overBudget ||= gzipped > budget;
  console.log(`${file.padEnd(36)} ${kb(gzipped).padStart(9)} gzipped (${kb(raw.length)} raw)  ${verdict} budget ${kb(budget)}  — ${label}`);
}
if (overBudget) console.log('\nOver budget: see the README\'s Builds section for where the bytes go and the plan.');
process.exit(overBudget && process.argv.includes('--check') ? 1 : 0);
