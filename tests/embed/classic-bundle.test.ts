import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../support/browser-flags.mjs';
import { serveFolder, servePages, startOrigin, type Origin } from './origins.js';

// The built bundles, as a site owner embeds them: assets, page and data on three origins.
const BUNDLE = 'dist/glossary-elements.iife.js';

let assets: Origin;
let site: Origin;
let data: Origin;
let closedData: Origin;
let browser: Browser;
let page: Page;
let problems: string[];
const pages = new Map<string, string>();

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first.`);
  // Like a CDN: module scripts and the lazily imported DOMPurify file are fetched with CORS.
  assets = await startOrigin(serveFolder('dist', { 'Access-Control-Allow-Origin': '*' }));
  data = await startOrigin(serveFolder('examples', { 'Access-Control-Allow-Origin': '*' }));
  closedData = await startOrigin(serveFolder('examples')); // no CORS header: the browser refuses
  site = await startOrigin(servePages(pages));
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([assets, site, data, closedData].map((origin) => origin?.close()));
});

beforeEach(async () => {
  page = await browser.newPage();
  // Outcomes are recorded from the first moment, before any bundle runs: a fast load would
  // otherwise finish before the test starts listening.
  await page.addInitScript(() => {
    const outcomes: { type: string; kind?: string }[] = [];
    Object.defineProperty(window, '__outcomes', { value: outcomes, enumerable: false });
    for (const type of ['glossary-load', 'glossary-error']) {
      document.addEventListener(type, (event) => outcomes.push({ type, kind: (event as CustomEvent).detail?.kind }));
    }
  });
  problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  return () => page.close();
});

/** Puts a page on the site origin and opens it. */
async function open(name: string, body: string) {
  pages.set(`/${name}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head><body>${body}</body></html>`);
  await page.goto(`${site.url}/${name}.html`);
}

const card = (src: string, term = 'backend') =>
  `<glossary-term src="${src}" term="${term}"><a id="fallback" href="https://example.com/glossary/b/back-end/">Back-End</a></glossary-term>`;

/** Waits for the card's outcome and reports what a reader and a listener would see. */
async function outcome() {
  await page.waitForFunction(() => (window as unknown as { __outcomes: unknown[] }).__outcomes.length > 0);
  return page.evaluate(() => {
    const element = document.querySelector('glossary-term')!;
    const [first] = (window as unknown as { __outcomes: { type: string; kind?: string }[] }).__outcomes;
    return {
      type: first!.type,
      kind: first!.kind,
      heading: element.shadowRoot?.querySelector('[part~="heading"]')?.textContent ?? null,
      fallbackVisible: document.getElementById('fallback')!.getClientRects().length > 0,
    };
  });
}

describe('the classic bundle embedded on another origin', () => {
  it('renders a card from a glossary URL on a third origin', async () => {
    await open('card', `<script src="${assets.url}/glossary-elements.iife.js"></script>${card(`${data.url}/freelance-glossary.json`)}`);

    expect(await outcome()).toEqual({ type: 'glossary-load', kind: undefined, heading: 'Back-End', fallbackVisible: false });
    expect(problems).toEqual([]);
  });

  it("defines no global of its own, Lit's included", async () => {
    await open(
      'globals',
      `<script>window.__before = { window: Object.getOwnPropertyNames(window), symbol: Object.getOwnPropertyNames(Symbol) };</script>
       <script src="${assets.url}/glossary-elements.iife.js"></script>
       <script type="module" src="${assets.url}/glossary-elements.js"></script>
       ${card(`${data.url}/freelance-glossary.json`)}`,
    );
    await outcome();

    const added = await page.evaluate(() => {
      const before = (window as unknown as { __before: { window: string[]; symbol: string[] } }).__before;
      const newIn = (now: string[], then: string[]) => now.filter((name) => !then.includes(name));
      return {
        window: newIn(Object.getOwnPropertyNames(window), [...before.window, '__before']),
        symbol: newIn(Object.getOwnPropertyNames(Symbol), before.symbol),
      };
    });
    expect(added).toEqual({ window: [], symbol: [] });
  });

  it('tolerates the classic script twice and the module bundle too: one definition, still working', async () => {
    const classic = `<script src="${assets.url}/glossary-elements.iife.js"></script>`;
    await open(
      'twice',
      `<script>
         window.__defined = [];
         const define = customElements.define.bind(customElements);
         customElements.define = (name, ...rest) => { window.__defined.push(name); return define(name, ...rest); };
       </script>
       ${classic}${classic}<script type="module" src="${assets.url}/glossary-elements.js"></script>
       ${card(`${data.url}/freelance-glossary.json`)}`,
    );

    expect((await outcome()).heading).toBe('Back-End');
    expect(await page.evaluate(() => (window as unknown as { __defined: string[] }).__defined)).toEqual([
      'glossary-term',
      'glossary-index',
      'alert-signup',
    ]);
    // The later two copies each say, once, that they stand aside.
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(problem).toMatch(/^warning: glossary-elements: <glossary-term> is already defined/);
  });

  it('loads DOMPurify from beside the bundle where the browser has no setHTML', async () => {
    await open(
      'fallback-sanitizer',
      `<script>delete Element.prototype.setHTML;</script>
       <script src="${assets.url}/glossary-elements.iife.js"></script>
       ${card(`${data.url}/freelance-glossary.json`, 'back-end')}`,
    );

    expect((await outcome()).heading).toBe('Back-End');
    expect(assets.requests).toContain('/glossary-elements.purify.js');
    const definition = await page.evaluate(
      () => document.querySelector('glossary-term')!.shadowRoot!.querySelector('[part~="definition"]')!.textContent,
    );
    expect(definition).toMatch(/^The back-end is/);
  });

  it('shows the definition as plain text when DOMPurify cannot be loaded', async () => {
    const withoutPurify = await startOrigin((request, response) => {
      if (request.url?.includes('purify')) return void response.writeHead(404).end();
      return serveFolder('dist', { 'Access-Control-Allow-Origin': '*' })(request, response);
    });
    try {
      await open(
        'no-purify',
        `<script>delete Element.prototype.setHTML;</script>
         <script src="${withoutPurify.url}/glossary-elements.iife.js"></script>
         ${card(`${data.url}/freelance-glossary.json`, 'back-end')}`,
      );

      expect((await outcome()).heading).toBe('Back-End');
      const definition = await page.evaluate(() => {
        const part = document.querySelector('glossary-term')!.shadowRoot!.querySelector('[part~="definition"]')!;
        return { text: part.textContent, links: part.querySelectorAll('a').length };
      });
      expect(definition.text).toMatch(/^The back-end is the part of a website/);
      expect(definition.links).toBe(0);
    } finally {
      await withoutPurify.close();
    }
  });

  it('works under a strict policy with Trusted Types enforced, without a single violation', async () => {
    const csp = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
    const strictSite = await startOrigin((request, response) => {
      if (request.url === '/strict.html') {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
        return void response.end(
          `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>strict</title>
           <script src="/glossary-elements.iife.js"></script></head>
           <body>${card(`${data.url}/freelance-glossary.json`, 'back-end')}</body></html>`,
        );
      }
      return serveFolder('dist')(request, response);
    });
    try {
      await page.addInitScript(() => {
        const violations: string[] = [];
        Object.defineProperty(window, '__violations', { value: violations });
        document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(`${strictSite.url}/strict.html`);

      expect((await outcome()).heading).toBe('Back-End');
      const result = await page.evaluate(() => ({
        violations: (window as unknown as { __violations: string[] }).__violations,
        jsonLd: document.querySelector('glossary-term script[type="application/ld+json"]')?.textContent ?? null,
      }));
      expect(result.violations).toEqual([]);
      expect(JSON.parse(result.jsonLd!)).toMatchObject({ '@type': 'DefinedTerm', name: 'Back-End' });
      expect(problems).toEqual([]);
    } finally {
      await strictSite.close();
    }
  });

  it('reports a CORS refusal as a network error and shows the fallback link', async () => {
    await open('cors', `<script src="${assets.url}/glossary-elements.iife.js"></script>${card(`${closedData.url}/freelance-glossary.json`)}`);

    expect(await outcome()).toEqual({ type: 'glossary-error', kind: 'network', heading: null, fallbackVisible: true });
  });
});
