// npm run bench: times <glossary-index> from the built bundle in headless Chromium beside a
// plain-JavaScript floor doing the same job (scripts/bench/baseline.js), on the same generated
// glossary of 1k, 10k and 100k terms: first paint, the whole list, keystrokes, the longest task,
// DOM nodes and heap. Each run measures both kinds, each in a fresh page of one browser, taking
// turns at going first; the tables give medians over runs, the ratio index ÷ baseline and the
// goals. It always exits 0: it reports, it does not gate CI.
//
//   node scripts/bench.mjs [--sizes=1000,10000] [--runs=5] [--seed=1] [--sorted] [--detail] [--bundle=file]
//
// Runs default to 5 at 1k and 10k and 3 at 100k; --runs sets them all. The terms come unsorted
// and most without a summary, as real glossaries do; --sorted hands them over sorted by name
// instead. --detail also lists, per kind and phase, the long tasks and the longest animation frame
// (script, style and layout); --bundle times another build of the classic script (a patched copy,
// say) in place of dist/glossary-elements.iife.js.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/support/browser-flags.mjs';
import { printDetail, printSize } from './bench/report.js';

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const SIZES = (options.sizes ?? '1000,10000,100000').split(',').map(Number);
const runsFor = (size) => (options.runs ? Number(options.runs) : size >= 100000 ? 3 : 5);
const SEED = Number(options.seed ?? 1);
const QUERY_LENGTHS = [1, 3, 6];
/** Times each keystroke figure is taken in one page; the page's figure is their median. */
const REPS = 3;
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

/**
 * One kind ('index' or 'baseline') measured once, in a fresh page: heap before and after the data
 * is generated, mounting (first paint, whole list, main-thread task time meanwhile), nodes and heap
 * with the whole list in, keystrokes, long tasks.
 */
async function measure(browser, kind, size) {
  const page = await browser.newPage();
  try {
    page.on('pageerror', (error) => console.error(`page error (${kind}): ${error.message}`));
    await page.goto(origin);
    await page.waitForFunction(() => 'bench' in window);
    if (kind === 'index' && !(await page.evaluate(() => Boolean(customElements.get('glossary-index'))))) {
      throw new Error(`${BUNDLE} defines no <glossary-index>: a stale build? Run \`npm run build\``);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    /** After a full collection: the JS heap in use, and the DOM's (Blink's Oilpan, "embedder") heap where reported. */
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? NaN };
    };
    const taskTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;

    const empty = await heap();
    const queries = await page.evaluate(
      ([count, settings]) => window.bench.generate(count, settings),
      [size, { seed: SEED, sorted: Boolean(options.sorted), lengths: QUERY_LENGTHS }],
    );
    const withData = await heap();
    const before = await taskTime();
    const { first, full } = await page.evaluate((k) => window.bench.mount(k), kind);
    const cpu = (await taskTime()) - before;
    const nodes = await page.evaluate(() => window.bench.nodes());
    const withList = await heap();
    const keys = await page.evaluate(([q, reps]) => window.bench.keystrokes(q, reps), [queries, REPS]);
    const { tasks, frames } = await page.evaluate(() => window.bench.report());
    return { queries, first, full, cpu, nodes, dataHeap: withData.js - empty.js, heapOver: withList.js - withData.js, domHeap: withList.dom - withData.dom, ...keys, tasks, frames };
  } finally {
    await page.close();
  }
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const results = [];
try {
  for (const size of SIZES) {
    const runs = runsFor(size);
    const measured = { index: [], baseline: [] };
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? ['index', 'baseline'] : ['baseline', 'index'];
      for (const kind of order) {
        process.stderr.write(`\r${size} terms, run ${run + 1}/${runs}: ${kind}…        `);
        measured[kind].push(await measure(browser, kind, size));
      }
    }
    process.stderr.write('\n');
    results.push({ size, runs, ...measured });
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`\n<glossary-index> (${BUNDLE}) beside plain JS (scripts/bench/baseline.js), headless Chromium; ${options.sorted ? 'sorted' : 'unsorted'} terms, most without a summary, seed ${SEED}`);
for (const result of results) printSize(result);
console.log(`
first paint: data set (\`element.glossary = doc\`; mountBaseline(doc, shadowRoot)) → the first entry in the DOM, then an
  animation frame, then a message posted from inside it: its arrival is the end of the frame that painted the entry.
whole list: → every term's entry in the grouped list, painted alike; main thread busy: the renderer's main-thread task
  time from setting the data to then, and 50 ms on (CDP Performance.getMetrics TaskDuration; idle time not counted).
keystroke: value set and an input event dispatched, as a frame begins, in the field showing the whole list → the status
  and results showing a match, painted: the work from input to paint, with no wait for a frame (≤ 16 ms: shown in the
  frame the input arrived in); median of ${REPS} per page. typing →: the query extended from the one before; clear:
  emptied → the list painted.
longest task: each page's longest \`longtask\` entry (the median page's, with the phase it fell in); tasks ≥ 50 ms: per page.
DOM nodes: every node (elements, text, comments) of the document and its shadow trees, walked, with the whole list in.
heap: CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage usedSize; data's = after generating − before; over the
  data = with the whole list in − after generating (the doc stays referenced).
Figures are medians over runs; each run measures both kinds in fresh pages, taking turns at going first. ratio: index ÷ plain JS,
  ✓ within 1.7× of the floor for times (1.5× for DOM nodes).`);
if (options.detail) for (const result of results) printDetail(result);
process.exit(0);
