// npm run size: the gzipped size of each file the script tag brings, against its budget, and what
// a page downloads by the elements it shows (run `npm run build` first). It reports;
// `npm run size -- --check` also fails when a file is over its budget.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Budgets in gzipped bytes; the classic bundle's is the contract's 20 KB. */
const files = [
  { name: 'iife', file: 'dist/glossary-elements.iife.js', label: 'classic script: registers all three elements, renders <glossary-term>', budget: 20 * 1024 },
  { name: 'module', file: 'dist/glossary-elements.js', label: 'ES module: the same', budget: 20 * 1024 },
  { name: 'index', file: 'dist/glossary-elements.index.js', label: 'the <glossary-index> view, loaded where one appears', budget: 8 * 1024 },
  { name: 'signup', file: 'dist/glossary-elements.signup.js', label: 'the <alert-signup> view, loaded where one appears', budget: 6 * 1024 },
  { name: 'words', file: 'dist/glossary-elements.words.js', label: 'UI words beyond English, loaded only on such pages', budget: 4 * 1024 },
  { name: 'purify', file: 'dist/glossary-elements.purify.js', label: 'DOMPurify, loaded only without setHTML', budget: 13 * 1024 },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const size = {};
let overBudget = false;
for (const { name, file, label, budget } of files) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const raw = readFileSync(file);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  size[name] = gzipped;
  const verdict = gzipped <= budget ? 'within' : 'OVER';
  overBudget ||= gzipped > budget;
  console.log(`${file.padEnd(36)} ${kb(gzipped).padStart(9)} gzipped (${kb(raw.length).padStart(9)} raw)  ${verdict} budget ${kb(budget)}  — ${label}`);
}

// What the classic script costs a page, by what the page shows (English, a browser with setHTML).
const pages = [
  ['term cards or a term page', size.iife],
  ['+ an index', size.iife + size.index],
  ['+ a signup', size.iife + size.signup],
  ['all three elements', size.iife + size.index + size.signup],
];
console.log('\nA page with the classic script downloads, gzipped:');
for (const [page, bytes] of pages) console.log(`  ${page.padEnd(28)} ${kb(bytes).padStart(9)}`);

if (overBudget) console.log('\nOver budget.');
process.exit(overBudget && process.argv.includes('--check') ? 1 : 0);
