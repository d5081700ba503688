// npm run bench: times <glossary-index> from the built bundle in headless Chromium for 1k, 10k and
// 100k generated terms: first render, filtering as the reader types, and the longest task. It
// prints figures against the targets and always exits 0: it reports, it does not gate CI.
//
//   node scripts/bench.mjs [--sizes=1000,10000] [--runs=5] [--seed=1] [--sorted] [--detail] [--bundle=file]
//
// The terms come unsorted and most without a summary, as real glossaries do; --sorted hands them
// over sorted by name instead. --detail also lists,
// per phase, the longest animation frame (script, style and layout); --bundle times another build
// of the classic script (a patched copy, say) in place of dist/glossary-elements.iife.js.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/support/browser-flags.mjs';

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const SIZES = (options.sizes ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(options.runs ?? 5);
const SEED = Number(options.seed ?? 1);
const QUERY_LENGTHS = [1, 3, 6];
const BUNDLE = options.bundle ? resolve(options.bundle) : 'dist/glossary-elements.iife.js';

process.chdir(new URL('..', import.meta.url).pathname);
if (!options.bundle && !existsSync(BUNDLE)) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

// The bundle and this script's page half, from one loopback origin.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>glossary-index bench</title><script src="/glossary-elements.iife.js"></script>
<script type="module" src="/bench/page.js"></script></head><body></body></html>`;
const TYPES = { '.js': 'text/javascript', '.map': 'application/json' };
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  if (path === '/') return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
  const file = path === '/glossary-elements.iife.js' ? BUNDLE : path.startsWith('/bench/') ? join('scripts', path) : join('dist', path);
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const results = [];
try {
  for (const size of SIZES) {
    process.stderr.write(`${size} terms… `);
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(origin);
    await page.waitForFunction(() => 'bench' in window);
    if (!(await page.evaluate(() => Boolean(customElements.get('glossary-index'))))) {
      throw new Error(`${BUNDLE} defines no <glossary-index>: a stale build? Run \`npm run build\``);
    }
    const queries = await page.evaluate(
      ([count, settings]) => window.bench.setup(count, settings),
      [size, { seed: SEED, sorted: Boolean(options.sorted), lengths: QUERY_LENGTHS }],
    );
    const first = await page.evaluate(() => window.bench.firstRender());
    const filters = await page.evaluate(([q, runs]) => window.bench.filter(q, runs), [queries, RUNS]);
    const { tasks, frames } = await page.evaluate(() => window.bench.report());
    results.push({ size, queries, ...first, ...filters, tasks, frames });
    await page.close();
    process.stderr.write('done\n');
  }
} finally {
  await browser.close();
  server.close();
}

// The table.
const ms = (value) => (value === undefined || Number.isNaN(value) ? '–' : `${Math.round(value)} ms`);
const mark = (value, limit) => (limit === undefined ? '' : value <= limit ? ' ✓' : ' ✗');
const TARGETS = { 10000: { first: 200, filter: 30 }, 100000: { filter: 100, task: 200 } };
const columns = ['terms', 'first render', 'full list', ...QUERY_LENGTHS.map((n) => `filter q=${n}`), ...QUERY_LENGTHS.slice(1).map((n) => `typing →q=${n}`), 'clear', 'longest task', 'long tasks'];
const rows = results.map(({ size, first, full, fromList, typing, clear, tasks }) => {
  const target = TARGETS[size] ?? {};
  const longest = tasks.reduce((max, task) => (task.duration > (max?.duration ?? 0) ? task : max), undefined);
  return [
    size.toLocaleString('en'),
    ms(first) + mark(first, target.first),
    ms(full),
    ...[...fromList, ...typing.slice(1)].map((time) => ms(time) + mark(time, target.filter)),
    ms(clear),
    longest ? `${ms(longest.duration)}${mark(longest.duration, target.task)} (${longest.phase})` : `none${mark(0, target.task)}`,
    String(tasks.length),
  ];
});
const widths = columns.map((column, i) => Math.max(column.length, ...rows.map((row) => row[i].length)));
const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('   ');
console.log(`\n<glossary-index>, ${BUNDLE}, headless Chromium; ${options.sorted ? 'sorted' : 'unsorted'} terms, most without a summary, seed ${SEED}, medians of ${RUNS} runs`);
console.log(line(columns));
for (const row of rows) console.log(line(row));
console.log(`
first render: property set → first entries painted (two animation frames after they are in the DOM); full list: → all entries.
filter q=n: input event in the field showing the full list → results painted; typing →q=n: the query extended from the
previous length instead; clear: emptying the field → the full list painted. Long tasks: any task of 50 ms or more.
queries: ${results.map(({ size, queries }) => `${size}: ${queries.map((q) => JSON.stringify(q)).join(' ')}`).join('; ')}
targets: 10k first render ≤ 200 ms, filter ≤ 30 ms; 100k filter ≤ 100 ms, no task over 200 ms.`);

if (options.detail) {
  for (const { size, tasks, frames } of results) {
    const byPhase = new Map();
    for (const task of tasks) byPhase.set(task.phase, [...(byPhase.get(task.phase) ?? []), task]);
    console.log(`\n${size.toLocaleString('en')} terms — long tasks by phase: ${[...byPhase].map(([phase, list]) => `${phase} ${list.length}× (max ${ms(Math.max(...list.map((t) => t.duration)))})`).join(', ') || 'none'}`);
    const worst = new Map();
    for (const f of frames) if (f.duration > (worst.get(f.phase)?.duration ?? 0)) worst.set(f.phase, f);
    for (const [phase, f] of worst) {
      console.log(`  ${phase.padEnd(14)} longest frame ${ms(f.duration)}: script ${ms(f.script)}, style+layout ${ms(f.styleLayout)} — ${f.scripts.join(', ')}`);
    }
  }
}
process.exit(0);
