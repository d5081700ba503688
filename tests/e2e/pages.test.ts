import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath } from '../support/browser-flags.mjs';
import { BROWSERS, type BrowserName } from './support/browsers.js';
import { serveFolder, startOrigin, type Origin } from './support/origins.js';
import { useTab } from './support/suite.js';

// The `pages` command's site (the built CLI, as the package runs it) in a browser: served under a
// path prefix and opened from file://, with JavaScript off (the server's rendering) and on (the
// elements take over: same content, same place, no console errors).
const ROOT = join(import.meta.dirname, '../..');
const PREFIX = '/docs/glossary/';
const work = mkdtempSync(join(tmpdir(), 'glossary-pages-e2e-'));
const site = join(work, 'site');
let origin: Origin;
/** While set, the next request for DOMPurify waits until the test calls it (see the sanitizer test). */
let holdPurify: ((release: () => void) => void) | undefined;

beforeAll(async () => {
  const template = join(work, 'layout.html');
  writeFileSync(
    template,
    `<!doctype html><html lang="xx"><head><meta charset="utf-8"><title>Replaced</title></head>
     <body><header id="site-header">My site</header><main><!--glossary-content--></main>
     <alert-signup action="https://api.example.com/subscribe" heading="Get weekly freelance gigs by email"></alert-signup></body></html>`,
  );
  execFileSync(process.execPath, [
    join(ROOT, 'bin/glossary-elements.mjs'), 'pages', join(ROOT, 'examples/freelance-glossary.json'),
    '--out', site, '--base-url', 'https://example.com/glossary/', '--template', template, '--with-index',
  ]);
  const files = serveFolder(site);
  origin = await startOrigin((request, response) => {
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    if (!request.url?.startsWith(PREFIX)) return void response.writeHead(404).end();
    request.url = `/${request.url.slice(PREFIX.length)}`;
    const held = holdPurify;
    if (held && request.url.endsWith('/glossary-elements.purify.js')) {
      holdPurify = undefined;
      return new Promise<void>((resolve) => held(() => resolve(files(request, response))));
    }
    return files(request, response);
  });
});
afterAll(async () => {
  await origin?.close();
  rmSync(work, { recursive: true, force: true });
});

/**
 * A tab with JavaScript off. Chromium turns it off per page; Firefox's WebDriver BiDi cannot, so a
 * Firefox of its own runs with scripting off (the test's own evaluations still work there).
 */
let firefoxWithoutScript: Promise<Browser> | undefined;
afterAll(async () => (await firefoxWithoutScript)?.close());
async function pageWithoutScript(browserName: BrowserName, browser: Browser): Promise<Page> {
  if (browserName === 'chromium') {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    return page;
  }
  firefoxWithoutScript ??= puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: { 'javascript.enabled': false, 'browser.chrome.site_icons': false },
  });
  return (await firefoxWithoutScript).newPage();
}

/** Where the term page's parts are, and what they say: compared between JavaScript off and on. */
function termPage() {
  const element = document.querySelector('glossary-term')!;
  const root = element.shadowRoot;
  const box = (selector: string) => {
    const found = root?.querySelector(selector);
    if (!found) return null;
    const { x, y, width, height } = found.getBoundingClientRect();
    return { x, y, width, height, text: found.textContent!.replace(/\s+/g, ' ').trim() };
  };
  return {
    heading: box('h1'),
    breadcrumb: box('[part~="breadcrumb"]'),
    definition: box('[part~="definition"]'),
    seeAlso: box('[part~="see-also"]'),
    articles: box('[part~="articles"]'),
    host: (({ x, y, width, height }) => ({ x, y, width, height }))(element.getBoundingClientRect()),
    headingVisible: root?.querySelector('h1')?.checkVisibility() ?? false,
    seeAlsoHrefs: [...(root?.querySelectorAll('[part~="see-also"] a') ?? [])].map((a) => (a as HTMLAnchorElement).href),
    // Lit's rendering replaced the server's: its styles are adopted, no longer a <style> element.
    rendered: root !== null && root.querySelector('style') === null && root.adoptedStyleSheets.length > 0,
    indexLinks: document.querySelectorAll('.glossary-index a').length,
  };
}

/** The layout shift Chromium reports for the page so far (the observer is installed before any script). */
function observeLayoutShift() {
  const state = { total: 0, supported: PerformanceObserver.supportedEntryTypes.includes('layout-shift') };
  Object.defineProperty(window, '__layoutShift', { value: state });
  if (!state.supported) return;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
      if (!entry.hadRecentInput) state.total += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Two frames: layout-shift entries of the last rendering are delivered by then. */
const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe.each(BROWSERS)('[%s] the pages command\'s site', (browserName) => {
  const context = useTab(browserName);
  const pages = {
    prefix: (path: string) => `${origin.url}${PREFIX}${path}`,
    file: (path: string) => pathToFileURL(join(site, path)).href,
  };

  describe.each(['prefix', 'file'] as const)('from %s', (where) => {
    const url = (path: string) => pages[where](path);

    it('a term page reads the same with JavaScript off and on, and the elements take over without a shift', async () => {
      const { page } = context.tab;
      // The whole page in view: layout shift counts only what is on screen.
      await page.setViewport({ width: 800, height: 2400 });
      const noScript = await pageWithoutScript(browserName, context.browser);
      await noScript.setViewport({ width: 800, height: 2400 });
      await noScript.goto(url('b/back-end/index.html'), { waitUntil: 'load' });
      const off = await noScript.evaluate(termPage);
      const title = await noScript.title();
      await noScript.close();
      expect(off.heading?.text).toBe('Back-End');
      expect(off.headingVisible).toBe(true);
      expect(off.definition?.text).toMatch(/^The back-end is the part of a website/);
      expect(off.breadcrumb?.text).toMatch(/Freelance Glossary.*B.*Back-End/);
      expect(off.articles?.text).toMatch(/Articles that talk about Back-End/);
      expect(off.seeAlsoHrefs).toEqual([url('f/front-end/index.html'), url('f/full-stack/index.html'), url('m/milestone-payments/index.html')]);
      expect(off.rendered).toBe(false);
      expect(off.indexLinks).toBeGreaterThan(3);
      expect(title).toBe('Back-End — Freelance Glossary');

      await page.evaluateOnNewDocument(observeLayoutShift);
      await context.tab.goto(url('b/back-end/index.html'));
      expect((await context.tab.outcomes())[0]).toMatchObject({ type: 'glossary-load' });
      await page.evaluate(nextFrames);
      const on = await page.evaluate(termPage);
      expect(on.rendered).toBe(true);
      const { rendered: _on, seeAlsoHrefs: onHrefs, ...onLayout } = on;
      const { rendered: _off, seeAlsoHrefs: offHrefs, ...offLayout } = off;
      expect(onLayout).toEqual(offLayout);
      expect(onHrefs).toEqual(offHrefs);
      const shift = await page.evaluate(() => (window as unknown as { __layoutShift: { total: number; supported: boolean } }).__layoutShift);
      // Chromium measures it; Firefox has no layout-shift entries, where the boxes compared above stand in.
      expect(shift.supported).toBe(browserName === 'chromium');
      if (shift.supported) expect(shift.total).toBe(0);
      expect(context.tab.problems).toEqual([]);
    });

    it('the index lists every term as a link to its page, and the pages link back', async () => {
      const noScript = await pageWithoutScript(browserName, context.browser);
      await noScript.goto(url('index.html'), { waitUntil: 'load' });
      const { links, lang, header } = await noScript.evaluate(() => ({
        links: [...document.querySelectorAll<HTMLAnchorElement>('main section a')].map((a) => ({ text: a.textContent, href: a.href })),
        lang: document.documentElement.lang,
        header: document.getElementById('site-header')?.textContent,
      }));
      await noScript.close();
      expect(links).toHaveLength(48);
      expect(links).toContainEqual({ text: 'Back-End', href: url('b/back-end/index.html') });
      expect(links).toContainEqual({ text: '1099 Contractor', href: url('0-9/1099-contractor/index.html') });
      expect(lang).toBe('en');
      expect(header).toBe('My site');

      const { page } = context.tab;
      await context.tab.goto(url('0-9/1099-contractor/index.html'));
      await context.tab.outcomes();
      // The breadcrumb's root leads back to the index, under the same prefix (or folder).
      const root = await page.evaluate(() => document.querySelector('glossary-term')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="breadcrumb"] a')!.href);
      expect(root).toBe(url('index.html'));
      // The template's signup box runs too.
      await page.waitForFunction(() => document.querySelector('alert-signup')?.shadowRoot?.querySelector('form') != null);
      expect(context.tab.problems).toEqual([]);
    });
  });

  it('keeps the server\'s rendering on screen while the browser waits for its sanitizer, then takes over in place', async () => {
    const { page } = context.tab;
    // Without setHTML the elements load DOMPurify first: their term is not ready at once.
    await page.evaluateOnNewDocument(() => delete (Element.prototype as { setHTML?: unknown }).setHTML);
    await page.evaluateOnNewDocument(observeLayoutShift);
    // The whole page in view: layout shift counts only what is on screen.
    await page.setViewport({ width: 800, height: 2400 });
    const release = new Promise<() => void>((resolve) => (holdPurify = resolve));
    await page.goto(pages.prefix('b/back-end/index.html'), { waitUntil: 'domcontentloaded' });
    const serve = await release;
    // The page has painted meanwhile: what it shows now is what readers see while the script works.
    await page.evaluate(nextFrames);
    const waiting = await page.evaluate(termPage);
    serve();
    expect((await context.tab.outcomes())[0]).toMatchObject({ type: 'glossary-load' });
    await page.evaluate(nextFrames);
    const taken = await page.evaluate(termPage);

    const shift = await page.evaluate(() => (window as unknown as { __layoutShift: { total: number; supported: boolean } }).__layoutShift);
    if (shift.supported) expect(shift.total).toBe(0);
    expect({ ...taken, rendered: undefined }).toEqual({ ...waiting, rendered: undefined });
    expect(waiting.rendered).toBe(false);
    expect(taken.rendered).toBe(true);
    expect(context.tab.problems).toEqual([]);
  });
});
