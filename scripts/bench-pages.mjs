// npm run bench:pages: times `glossary-elements pages` (the built CLI, as the package runs it) on a
// generated glossary of 10,000 terms with HTML definitions, see-also, aliases and articles, with and
// without --with-index. Prints the figures against the target (under 30 s) and exits 0: it reports,
// it does not gate CI. Needs dist/ (npm run build).
//
//   node scripts/bench-pages.mjs [--terms=10000] [--runs=1]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin/glossary-elements.mjs');
const options = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const TERMS = Number(options.terms ?? 10_000);
const RUNS = Number(options.runs ?? 1);
const TARGET_MS = 30_000;

if (!existsSync(join(ROOT, 'dist/cli/pages-command.js')) || !existsSync(join(ROOT, 'dist/glossary-elements.iife.js'))) {
  console.error('bench:pages: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'glossary-bench-pages-'));
const file = join(work, 'glossary.json');
writeFileSync(file, JSON.stringify(generate(TERMS)));
console.log(`${TERMS.toLocaleString('en')} terms, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB of JSON`);

for (const extra of [[], ['--with-index']]) {
  const times = [];
  const out = join(work, 'site');
  for (let run = 0; run < RUNS; run++) {
    rmSync(out, { recursive: true, force: true });
    const start = performance.now();
    execFileSync(process.execPath, [CLI, 'pages', file, '--out', out, '--base-url', 'https://example.com/glossary/', ...extra], { stdio: 'pipe' });
    times.push(performance.now() - start);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const pages = readdirSync(out, { recursive: true }).filter((name) => String(name).endsWith('index.html')).length;
  console.log(`pages ${extra.join(' ') || '(no options)'}: ${pages.toLocaleString('en')} pages in ${ms(median)} (median of ${RUNS}, whole process) — target under ${ms(TARGET_MS)}: ${median < TARGET_MS ? 'met' : 'MISSED'}`);
}
rmSync(work, { recursive: true, force: true });

function ms(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

/** A glossary like an import of a big spreadsheet: every letter and digits, links between terms, articles on some. */
function generate(count) {
  const words = 'client invoice project scope payment contract design server browser deadline retainer milestone estimate proposal review release'.split(' ');
  const word = (i, n) => words[(i * 7 + n * 13) % words.length];
  const id = (i) => `${word(i, 1)}-${word(i, 2)}-${i}`;
  const terms = [];
  for (let i = 0; i < count; i++) {
    const name = `${i % 37 === 0 ? i : word(i, 1)} ${word(i, 2)} ${i}`;
    terms.push({
      id: id(i),
      term: name[0].toUpperCase() + name.slice(1),
      aliases: [`${word(i, 9)} ${i}`],
      definition:
        `<p>A <strong>${name}</strong> is what a freelancer agrees with a <a href="https://example.com/glossary/c/client-${i}/">client</a> before the ${word(i, 3)} starts. ` +
        `It names the ${word(i, 4)}, the ${word(i, 5)} and the ${word(i, 6)}.</p><ul><li>one point about the ${word(i, 7)}</li><li>another about the <code>${word(i, 8)}</code></li></ul>` +
        `<p>Keep it short, and put it in writing: an <em>email</em> counts.</p>`,
      seeAlso: [id((i + 1) % count), id((i + 7) % count)],
      categories: [word(i, 10)],
      ...(i % 5 === 0 && { articles: [{ title: `On ${name}`, url: `https://example.com/blog/${i}/`, excerpt: 'An article.', date: '2024-05-01' }] }),
    });
  }
  return { title: 'Bench', url: 'https://example.com/glossary/', language: 'en', terms };
}
