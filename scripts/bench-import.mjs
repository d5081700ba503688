// npm run bench:import: times `glossary-elements import` (the built CLI, as the package runs it) on
// a generated CSV of 10,000 terms with Markdown definitions, see-also, aliases and categories, then
// `validate` on what it wrote. Prints the figures against the target (import under 5 s) and exits 0:
// it reports, it does not gate CI. Needs dist/ (npm run build).
//
//   node scripts/bench-import.mjs [--rows=10000] [--runs=3]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin/glossary-elements.mjs');
const options = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const ROWS = Number(options.rows ?? 10_000);
const RUNS = Number(options.runs ?? 3);
const TARGET_MS = 5000;

if (!existsSync(join(ROOT, 'dist/cli/import-command.js'))) {
  console.error('bench:import: dist/cli/ is missing; run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'glossary-bench-import-'));
const csv = join(work, 'terms.csv');
writeFileSync(csv, generate(ROWS));
console.log(`${ROWS.toLocaleString('en')} rows, ${(statSync(csv).size / 1024 / 1024).toFixed(1)} MB of CSV`);

const times = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  execFileSync(process.execPath, [CLI, 'import', csv, '-o', join(work, 'glossary.json'), '--title', 'Bench'], { stdio: 'pipe' });
  times.push(performance.now() - start);
}
const start = performance.now();
const verdict = execFileSync(process.execPath, [CLI, 'validate', join(work, 'glossary.json')], { encoding: 'utf8' }).trim();
const validateMs = performance.now() - start;
const best = Math.min(...times);
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(`import: best ${ms(best)}, median ${ms(median)} of ${RUNS} runs (whole process) — target under ${ms(TARGET_MS)}: ${median < TARGET_MS ? 'met' : 'MISSED'}`);
console.log(`validate: ${ms(validateMs)} — ${verdict}`);
rmSync(work, { recursive: true, force: true });

function ms(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

/** A spreadsheet-like export: quoted multi-line Markdown definitions, lists split on |, some ids left out. */
function generate(rows) {
  const words = 'client invoice project scope payment contract design server browser deadline retainer milestone estimate proposal review release'.split(' ');
  const word = (i, n) => words[(i * 7 + n * 13) % words.length];
  const lines = ['term,aliases,definition,seeAlso,categories,autolink'];
  for (let i = 0; i < rows; i++) {
    const name = `${word(i, 1)} ${word(i, 2)} ${i}`;
    const definition =
      `A **${name}** is what a freelancer agrees with a [client](https://example.com/glossary/c/client-${i}/) before the ${word(i, 3)} starts. ` +
      `It names the ${word(i, 4)}, the ${word(i, 5)} and the ${word(i, 6)}, so that nobody is surprised later.\n\n` +
      `- one point about the ${word(i, 7)}\n- another about the \`${word(i, 8)}\`\n\n` +
      `Keep it short, and put it in writing: an *email* counts. "Quoted" text, commas, and a second paragraph make the cell longer.`;
    const seeAlso = [(i + 1) % rows, (i + 7) % rows].map((j) => `${word(j, 1)}-${word(j, 2)}-${j}`).join('|');
    lines.push([name, `${word(i, 9)} ${i}|alias ${i}`, `"${definition.replace(/"/g, '""')}"`, seeAlso, `${word(i, 10)}|${word(i, 11)}`, i % 10 === 0 ? 'FALSE' : ''].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
