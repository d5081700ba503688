// npm run bench (second half): auto-linking. A generated glossary of 2,000 terms against generated
// articles of 5,000 and 20,000 words, where one word in twelve belongs to a term's name:
// - the matcher alone, in Node (src/data/matcher.ts as Vite builds it): building it, and finding
//   every mention, paragraph by paragraph as <glossary-text> reads them;
// - the whole pass in headless Chromium, from setting `glossary` on a <glossary-text> (the built
//   classic script) to its `glossary-linked` event, and the longest task meanwhile.
// It prints figures against the targets and always exits 0: it reports, it does not gate CI.
//
//   node scripts/bench-linking.mjs [--terms=2000] [--words=5000,20000] [--runs=5] [--seed=1]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../tests/support/browser-flags.mjs';
import { generateGlossary, random } from './bench/generate.js';

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const TERMS = Number(options.terms ?? 2000);
const WORD_COUNTS = (options.words ?? '5000,20000').split(',').map(Number);
const RUNS = Number(options.runs ?? 5);
const SEED = Number(options.seed ?? 1);
const PARAGRAPH_WORDS = 60;

process.chdir(new URL('..', import.meta.url).pathname);
if (!existsSync('dist/glossary-elements.iife.js')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const glossary = generateGlossary(TERMS, { seed: SEED, sorted: false });

/** Paragraphs of running text: filler words, and now and then a term's name or alias. */
function article(words) {
  const next = random(SEED + words);
  const filler = ['the', 'client', 'asked', 'for', 'a', 'quote', 'and', 'we', 'agreed', 'on', 'terms', 'before', 'work', 'began'];
  const out = [];
  let paragraph = [];
  for (let count = 0; count < words; ) {
    if (next() < 1 / 12) {
      const term = glossary.terms[Math.floor(next() * glossary.terms.length)];
      const name = term.aliases && next() < 0.3 ? term.aliases[0] : term.term;
      paragraph.push(next() < 0.5 ? name.toLowerCase() : name);
      count += name.split(' ').length;
    } else {
      paragraph.push(filler[Math.floor(next() * filler.length)]);
      count++;
    }
    if (paragraph.length >= PARAGRAPH_WORDS) out.push(paragraph.splice(0).join(' ') + '.');
  }
  if (paragraph.length) out.push(paragraph.join(' ') + '.');
  return out;
}

// The matcher alone, built from the source by the project's own bundler.
const folder = mkdtempSync(join(tmpdir(), 'bench-linking-'));
let matcherModule;
try {
  const output = await build({
    logLevel: 'silent',
    configFile: false,
    build: { write: false, minify: true, lib: { entry: 'src/data/matcher.ts', formats: ['es'], fileName: 'matcher' } },
  });
  const file = join(folder, 'matcher.mjs');
  writeFileSync(file, (Array.isArray(output) ? output[0] : output).output[0].code);
  matcherModule = await import(pathToFileURL(file).href);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
const terms = glossary.terms.map((term) => ({ ...term, aliases: term.aliases ?? [], caseSensitive: false, autolink: true }));
const nodeRows = WORD_COUNTS.map((words) => {
  const paragraphs = article(words);
  const builds = [];
  const finds = [];
  let mentions = 0;
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    const matcher = matcherModule.createMatcher(terms, 'en');
    builds.push(performance.now() - start);
    start = performance.now();
    mentions = 0;
    for (const paragraph of paragraphs) mentions += matcher.find(paragraph).length;
    finds.push(performance.now() - start);
  }
  return { words, paragraphs, build: median(builds), find: median(finds), mentions };
});

// The whole pass, in the browser, from the built classic script.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>glossary-text bench</title><script src="/glossary-elements.iife.js"></script></head><body><main id="main"></main></body></html>`;
const server = createServer((request, response) => {
  if (request.url === '/') return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
  if (request.url === '/glossary-elements.iife.js') {
    return void response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync('dist/glossary-elements.iife.js'));
  }
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const browserRows = [];
try {
  for (const { words, paragraphs } of nodeRows) {
    const passes = [];
    const loads = [];
    const longest = [];
    let linked = 0;
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      const result = await page.evaluate(
        async ([doc, texts]) => {
          const main = document.getElementById('main');
          main.innerHTML = `<glossary-text link="first">${texts.map((text) => `<p>${text}</p>`).join('')}</glossary-text>`;
          const element = main.firstElementChild;
          // The article is laid out before the clock starts: what is timed is the linking alone.
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
          let longTask = 0;
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longTask = Math.max(longTask, entry.duration);
          });
          observer.observe({ type: 'longtask' });
          const start = performance.now();
          let loaded = 0;
          element.addEventListener('glossary-load', () => (loaded = performance.now() - start), { once: true });
          const done = new Promise((resolve) => element.addEventListener('glossary-linked', resolve, { once: true }));
          element.glossary = doc;
          const event = await done;
          const pass = performance.now() - start;
          await new Promise((resolve) => setTimeout(resolve, 0));
          observer.disconnect();
          return { pass, loaded, longTask, linked: event.detail.terms.length };
        },
        [glossary, paragraphs],
      );
      passes.push(result.pass);
      loads.push(result.loaded);
      longest.push(result.longTask);
      linked = result.linked;
      await page.close();
    }
    browserRows.push({ words, pass: median(passes), loaded: median(loads), longest: Math.max(...longest), linked });
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (value) => `${value.toFixed(1)} ms`;
const mark = (value, limit) => (value <= limit ? ' ✓' : ' ✗');
console.log(`\nAuto-linking: ${TERMS.toLocaleString('en')} generated terms (seed ${SEED}), medians of ${RUNS} runs`);
console.log('  words    paragraphs   mentions   matcher build   matcher find   whole pass   (validated at)   longest task   terms linked');
for (const [index, row] of nodeRows.entries()) {
  const page = browserRows[index];
  console.log(
    `  ${row.words.toLocaleString('en').padStart(6)}   ${String(row.paragraphs.length).padStart(10)}   ${String(row.mentions).padStart(8)}   ${ms(row.build).padStart(13)}   ${(ms(row.find) + mark(row.find, 10)).padStart(12)}   ${(ms(page.pass) + mark(page.pass, 50)).padStart(12)}   ${ms(page.loaded).padStart(14)}   ${(page.longest ? ms(page.longest) : 'none').padStart(12)}${mark(page.longest, 50)}   ${page.linked}`,
  );
}
console.log(`
matcher build: createMatcher over every name and alias (Node); matcher find: every paragraph through find() (Node).
whole pass: setting \`glossary\` on <glossary-text> (validation included) → its first glossary-linked event, in Chromium.
longest task: the longest task of 50 ms or more during the pass ("none": no such task). Targets: find ≤ 10 ms, pass ≤ 50 ms, no task over 50 ms.`);
process.exit(0);
