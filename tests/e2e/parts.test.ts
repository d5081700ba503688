import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.js';
import { serveFolder, startOrigin, type Origin } from './support/origins.js';
import { useServers, useTab } from './support/suite.js';

// The module entry registers every element at once, and each page fetches only the chunks it
// shows: the index's and the signup's views arrive when one appears. The classic script has them
// inside and fetches nothing beside itself.
const servers = useServers();

/** The chunks of the index's and the signup's views, by the start of their file names. */
const PARTS = ['/chunks/glossary-index.index-view-', '/chunks/alert-signup.signup-view-'];
const fetched = (origin: Origin, part: string) => origin.requests.filter((line) => line.startsWith(`GET ${part}`)).length;

const index = (src: string) =>
  `<glossary-index id="index" src="${src}"><a id="index-fallback" href="https://example.com/glossary/">The glossary</a></glossary-index>`;
const signup = '<alert-signup id="signup" action="https://example.com/subscribe"><p id="signup-fallback">Subscribe by email</p></alert-signup>';

describe.each(BROWSERS)('[%s] chunks loaded on demand', (browserName) => {
  const context = useTab(browserName);
  const moduleScript = (origin = servers.assets.url) => `<script type="module" src="${origin}/glossary-elements.js"></script>`;
  const classic = (origin = servers.assets.url) => `<script src="${origin}/glossary-elements.iife.js"></script>`;
  const glossary = () => `${servers.data.url}/freelance-glossary.json`;

  it('a page of term cards fetches neither the index nor the signup part, yet all three elements are defined', async () => {
    const assets = await startOrigin(serveFolder('dist', { 'Access-Control-Allow-Origin': '*' }));
    try {
      const body = `${moduleScript(assets.url)}<glossary-term src="${glossary()}" term="back-end"></glossary-term>`;
      await context.tab.goto(servers.site.page(`cards-only-${browserName}`, { body }));

      expect((await context.tab.outcomes())[0]).toMatchObject({ type: 'glossary-load' });
      const defined = await context.tab.page.evaluate(() =>
        ['glossary-term', 'glossary-index', 'alert-signup'].map((tag) => customElements.get(tag) !== undefined),
      );
      expect(defined).toEqual([true, true, true]);
      expect(PARTS.map((part) => fetched(assets, part))).toEqual([0, 0]);
    } finally {
      await assets.close();
    }
  });

  it('the classic script fetches nothing beside itself: views and words are inside it', async () => {
    const assets = await startOrigin(serveFolder('dist', { 'Access-Control-Allow-Origin': '*' }));
    try {
      const body = `${classic(assets.url)}<div lang="fr">${index(glossary())}${signup}</div>`;
      await context.tab.goto(servers.site.page(`classic-inside-${browserName}`, { body }));

      expect((await context.tab.outcomes())[0]).toMatchObject({ type: 'glossary-load', id: 'index' });
      await context.tab.page.waitForFunction(() => document.getElementById('signup')!.shadowRoot!.querySelector('button[part="button"]'));
      const label = await context.tab.page.evaluate(() => document.getElementById('signup')!.shadowRoot!.querySelector('button[part="button"]')!.textContent);
      expect(label).toBe("S'abonner");
      expect(assets.requests).toEqual(['GET /glossary-elements.iife.js']);
    } finally {
      await assets.close();
    }
  });

  it('an index and a signup fetch their parts once, however many of them the page has', async () => {
    const assets = await startOrigin(serveFolder('dist', { 'Access-Control-Allow-Origin': '*' }));
    try {
      const body = `${moduleScript(assets.url)}${index(glossary())}${index(glossary()).replace('id="index"', 'id="index-2"')}${signup}${signup.replace('id="signup"', 'id="signup-2"')}`;
      await context.tab.goto(servers.site.page(`with-parts-${browserName}`, { body }));

      expect((await context.tab.outcomes(2)).map((outcome) => outcome.type)).toEqual(['glossary-load', 'glossary-load']);
      const page = context.tab.page;
      await page.waitForFunction(() => document.getElementById('signup-2')!.shadowRoot!.querySelector('input[type="email"]'));
      expect(PARTS.map((part) => fetched(assets, part))).toEqual([1, 1]);
      expect(context.tab.problems).toEqual([]);
    } finally {
      await assets.close();
    }
  });

  it("an index's glossary travels while its view is still on its way", async () => {
    const path = `/freelance-glossary.json?alongside-${browserName}`;
    let glossaryAskedFirst: boolean | undefined;
    const slowParts = await startOrigin(async (request, response) => {
      if (request.url?.startsWith(PARTS[0]!)) {
        // Hold the view back until the glossary is asked for, or for three seconds at most.
        const deadline = Date.now() + 3000;
        while (servers.data.gets(path) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        glossaryAskedFirst = servers.data.gets(path) > 0;
      }
      return serveFolder('dist', { 'Access-Control-Allow-Origin': '*' })(request, response);
    });
    try {
      const body = `${moduleScript(slowParts.url)}${index(`${servers.data.url}${path}`)}`;
      await context.tab.goto(servers.site.page(`alongside-${browserName}`, { body }));

      expect((await context.tab.outcomes())[0]).toMatchObject({ type: 'glossary-load', id: 'index' });
      expect(glossaryAskedFirst).toBe(true);
    } finally {
      await slowParts.close();
    }
  });

  it("a part that never arrives fails after the element's timeout, with its light DOM shown", async () => {
    const stalled = await startOrigin((request, response) => {
      if (request.url?.startsWith(PARTS[0]!)) return; // never answers
      return serveFolder('dist', { 'Access-Control-Allow-Origin': '*' })(request, response);
    });
    try {
      const body = `${moduleScript(stalled.url)}${index(glossary()).replace('<glossary-index', '<glossary-index timeout="1000"')}`;
      // Not until `load`: Firefox holds that event for the import that never ends.
      await context.tab.page.goto(servers.site.page(`stalled-part-${browserName}`, { body }), { waitUntil: 'domcontentloaded' });

      const [outcome] = await context.tab.outcomes(1, 5000);
      expect(outcome).toMatchObject({ type: 'glossary-error', kind: 'network', message: 'The index could not load its code (it took longer than 1 s)' });
      expect(await context.tab.page.evaluate(() => document.getElementById('index-fallback')!.getClientRects().length > 0)).toBe(true);
    } finally {
      await stalled.close();
    }
  });

  it('where a part cannot load, its element says why and shows its light-DOM children; the others work', async () => {
    const withoutParts = await startOrigin((request, response) => {
      if (PARTS.some((part) => request.url?.startsWith(part))) return void response.writeHead(404).end();
      return serveFolder('dist', { 'Access-Control-Allow-Origin': '*' })(request, response);
    });
    try {
      const body = `${moduleScript(withoutParts.url)}${index(glossary())}${signup}<glossary-term id="card" src="${glossary()}" term="back-end"></glossary-term>`;
      await context.tab.goto(servers.site.page(`no-parts-${browserName}`, { body }));

      const outcomes = await context.tab.outcomes(3);
      const byId = Object.fromEntries(outcomes.map((outcome) => [outcome.id, outcome]));
      expect(byId.card).toMatchObject({ type: 'glossary-load' });
      expect(byId.index).toMatchObject({ type: 'glossary-error', kind: 'network', message: expect.stringMatching(/^The index could not load its code \(.+\)$/) });
      expect(byId.signup).toMatchObject({ type: 'alert-signup-error', kind: 'network', message: expect.stringMatching(/^The signup form could not load its code \(.+\)$/) });
      const visible = await context.tab.page.evaluate(() =>
        ['index-fallback', 'signup-fallback'].map((id) => document.getElementById(id)!.getClientRects().length > 0),
      );
      expect(visible).toEqual([true, true]);
      // Nothing would announce a refresh's outcome: it settles at once rather than never.
      const settled = await context.tab.page.evaluate(() =>
        Promise.race([
          document.querySelector('glossary-index')!.refresh().then(() => 'settled'),
          new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2000)),
        ]),
      );
      expect(settled).toBe('settled');
    } finally {
      await withoutParts.close();
    }
  });
});
