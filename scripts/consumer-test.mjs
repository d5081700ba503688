// The consumer test: proves the package as published works in someone else's project, not just in
// this repository. Needs a built dist/ (npm run build) and Chromium.
//
//   node scripts/consumer-test.mjs [--keep]
//
// Packs the package, installs the tarball with TypeScript and Vite into a fresh temporary project,
// type-checks tests/consumer/app/main.ts.txt there (strict; bundler and NodeNext resolution), runs
// the command line (validate, import on the sample CSV, pages on what import made), bundles main.ts
// with Vite and runs the bundle in Chromium. Prints one line per check and writes .test-results/consumer.json as
// { "passed": N, "failed": N }. --keep leaves the project behind.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../tests/consumer/serve-static.mjs';
import { chromiumArgs, chromiumPath } from '../tests/support/browser-flags.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APP = join(ROOT, 'tests/consumer/app');
const TOOLS = ['typescript@5.9.3', 'vite@8.3.8'];
const TAGS = ['glossary-term', 'glossary-index', 'alert-signup'];
const CUSTOM_TAG = 'site-term'; // the subclass main.ts registers from the class-only module

const work = mkdtempSync(join(tmpdir(), 'glossary-consumer-'));
const project = join(work, 'project');
const installed = join(project, 'node_modules/glossary-elements');
/** @type {{ name: string, status: 'passed' | 'failed', note: string }[]} */
const results = [];

/** Runs a check unless one it depends on failed; returns whether it passed. */
async function check(/** @type {string} */ name, /** @type {boolean} */ ready, /** @type {() => unknown} */ body) {
  let outcome;
  if (!ready) outcome = { status: 'failed', note: 'not run: an earlier step failed' };
  else {
    try {
      outcome = { status: 'passed', note: String((await body()) ?? '') };
    } catch (error) {
      outcome = { status: 'failed', note: error instanceof Error ? error.message : String(error) };
    }
  }
  results.push({ name, ...outcome });
  const mark = outcome.status === 'passed' ? '✓' : '✗';
  console.log(`${mark} ${name}${outcome.note ? ` — ${outcome.note}` : ''}`);
  return outcome.status === 'passed';
}

/** Runs a command; on failure the error carries the end of its output. */
function run(/** @type {string} */ command, /** @type {string[]} */ args, cwd = project) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    throw new Error(`${command} ${args.join(' ')} failed:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-25).join('\n')}`);
  }
}

let tarball = '';
const packed = await check('pack', true, () => {
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT));
  tarball = join(work, info.filename);
  if (!info.files.some((/** @type {{ path: string }} */ file) => file.path === 'dist/index.js')) {
    throw new Error('the tarball has no dist/index.js: run `npm run build` first');
  }
  return `${info.filename}, ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} KB`;
});

const ready = await check('install', packed, () => {
  mkdirSync(join(project, 'src'), { recursive: true });
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  for (const file of ['index.html', 'tsconfig.json', 'tsconfig.nodenext.json']) copyFileSync(join(APP, file), join(project, file));
  copyFileSync(join(APP, 'main.ts.txt'), join(project, 'src/main.ts'));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...TOOLS]);
  return `the tarball with ${TOOLS.join(', ')}`;
});

await check("every file package.json names is in the package", ready, () => {
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const named = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.customElements, pkg['web-types'], ...Object.values(pkg.bin ?? {}), ...targetsOf(pkg.exports)];
  const missing = named.filter((path) => typeof path === 'string' && !existsSync(join(installed, path)));
  if (missing.length > 0) throw new Error(`missing: ${missing.join(', ')}`);
  return `${named.filter(Boolean).length} paths`;
});

await check('only runtime dependencies come along', ready, () => {
  // The demo server's SQLite module would compile native code on every install: it must not ship.
  if (existsSync(join(project, 'node_modules/better-sqlite3'))) throw new Error('better-sqlite3 was installed');
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  return Object.keys(pkg.dependencies ?? {}).join(', ');
});

if (ready) copyFileSync(join(APP, 'schema.ts.txt'), join(project, 'src/schema.ts'));

await check('type check, strict, bundler resolution, with the JSON schema import', ready, () => {
  run('node_modules/.bin/tsc', ['-p', 'tsconfig.json']);
});
await check('type check, strict, NodeNext resolution', ready, () => {
  run('node_modules/.bin/tsc', ['-p', 'tsconfig.nodenext.json']);
});

await check('`npx glossary-elements validate` passes a good file and names the path of each problem in a bad one', ready, () => {
  const cli = 'node_modules/.bin/glossary-elements';
  copyFileSync(join(ROOT, 'examples/freelance-glossary.json'), join(project, 'good.json'));
  writeFileSync(join(project, 'bad.json'), JSON.stringify({ title: 'Bad', terms: [{ id: 42, term: 'X', definition: '<p>x</p>' }] }));
  const good = run(cli, ['validate', 'good.json']);
  let bad;
  try {
    run(cli, ['validate', 'bad.json']);
  } catch (error) {
    bad = /** @type {Error} */ (error).message;
  }
  if (bad === undefined) throw new Error('validate exited 0 on a glossary whose terms[0].id is a number');
  if (!bad.includes('terms[0].id')) throw new Error(`validate did not name terms[0].id:\n${bad}`);
  return good.trim().split('\n').at(-1);
});

await check('`npx glossary-elements import` turns the sample CSV into a glossary that `validate` passes', ready, () => {
  copyFileSync(join(ROOT, 'examples/freelance-glossary.csv'), join(project, 'terms.csv'));
  const imported = run('npx', ['--no', 'glossary-elements', 'import', 'terms.csv', '-o', 'imported.json', '--title', 'Freelance Glossary']);
  const validated = run('npx', ['--no', 'glossary-elements', 'validate', 'imported.json']);
  const { terms } = JSON.parse(readFileSync(join(project, 'imported.json'), 'utf8'));
  if (terms.length !== 48) throw new Error(`imported ${terms.length} terms, not 48:\n${imported}`);
  return `${imported.trim().split('\n').at(-1)} ${validated.trim().split('\n').at(-1)}`;
});

await check('`npx glossary-elements pages` makes the static site of that glossary, term pages rendered on the server', ready, () => {
  const out = run('npx', ['--no', 'glossary-elements', 'pages', 'imported.json', '--out', 'site', '--base-url', 'https://example.com/glossary/']);
  const missing = ['index.html', 'b/back-end/index.html', '0-9/1099-contractor/index.html', 'sitemap.xml', 'glossary-elements.iife.js', 'glossary-elements.purify.js'].filter(
    (file) => !existsSync(join(project, 'site', file)),
  );
  if (missing.length > 0) throw new Error(`the site has no ${missing.join(', ')}:\n${out}`);
  const page = readFileSync(join(project, 'site/b/back-end/index.html'), 'utf8');
  if (!/<template shadowroot="open" shadowrootmode="open">[\s\S]*<h1 [^>]*>(<!--[^>]*-->)*Back-End/.test(page)) throw new Error('b/back-end/index.html has no server-rendered heading');
  return out.trim().split('\n').at(-1);
});

let bundle = '';
const bundled = await check('bundle with Vite', ready, () => {
  run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
  const assets = join(project, 'dist/assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  bundle = scripts.map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
  return `${scripts.length} script(s), ${(bundle.length / 1024).toFixed(0)} KB`;
});

await check('the bundle registers the elements', bundled, () => {
  const missing = [...TAGS, CUSTOM_TAG, 'customElements'].filter((name) => !bundle.includes(name));
  if (missing.length > 0) throw new Error(`the bundle never mentions ${missing.join(', ')}`);
});

await check('the bundle runs in Chromium and shows a term', bundled, () => runInBrowser());

const count = (/** @type {string} */ status) => results.filter((result) => result.status === status).length;
const summary = { passed: count('passed'), failed: count('failed') };
mkdirSync(join(ROOT, '.test-results'), { recursive: true });
writeFileSync(join(ROOT, '.test-results/consumer.json'), `${JSON.stringify(summary)}\n`);
console.log(`\n${summary.passed} passed, ${summary.failed} failed`);
if (process.argv.includes('--keep')) console.log(`The consumer project is in ${project}`);
else rmSync(work, { recursive: true, force: true });
process.exit(summary.failed === 0 ? 0 : 1);

/** Every path an `exports` map points to, through its conditions. */
function targetsOf(/** @type {unknown} */ exports) {
  if (typeof exports === 'string') return [exports];
  if (!exports || typeof exports !== 'object') return [];
  return Object.values(exports).flatMap(targetsOf);
}

/** Serves the built site with a one-term glossary and checks what a reader would see. */
async function runInBrowser() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium: install it or set CHROME_PATH');
  const glossary = { title: 'Consumer Glossary', terms: [{ id: 'back-end', term: 'Back-End', definition: '<p>The server side.</p>' }] };
  const server = await serveStatic(join(project, 'dist'), { '/glossary.json': JSON.stringify(glossary) });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    const defined = await page.evaluate(
      (tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag).then(() => tag))),
      [...TAGS, CUSTOM_TAG],
    );
    // main.ts shows the term "back-end" in full: its heading must appear in the shadow root.
    await page.waitForFunction(() => document.querySelector('glossary-term')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.includes('Back-End'), null, { timeout: 10_000 });
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return `defined ${defined.join(', ')}; the term's heading shows`;
  } finally {
    await browser.close();
    await server.close();
  }
}
