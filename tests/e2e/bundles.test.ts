import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.js';
import { serveFolder, startOrigin } from './support/origins.js';
import { useServers, useTab } from './support/suite.js';

// The script tags a site owner pastes: the classic bundle, the module one, both, and twice.
const servers = useServers();

const fallback = '<a id="fallback" href="https://example.com/glossary/b/back-end/">Back-End</a>';
const card = (src: string, term = 'backend') => `<glossary-term src="${src}" term="${term}">${fallback}</glossary-term>`;

/** What a reader sees of the page's only card. */
function shownCard() {
  const element = document.querySelector('glossary-term')!;
  return {
    heading: element.shadowRoot?.querySelector('[part~="heading"]')?.textContent ?? null,
    definition: element.shadowRoot?.querySelector('[part~="definition"]')?.textContent ?? null,
    definitionLinks: element.shadowRoot?.querySelectorAll('[part~="definition"] a').length ?? 0,
    fallbackVisible: document.getElementById('fallback')!.getClientRects().length > 0,
  };
}

/** Counts registrations made on the page from here on (an inline script, before the bundles). */
const COUNT_DEFINITIONS = `<script>
  window.__defined = [];
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => { window.__defined.push(name); return define(name, ...rest); };
</script>`;

describe.each(BROWSERS)('[%s] script tags', (browserName) => {
  const context = useTab(browserName);

  const classic = () => `<script src="${servers.assets.url}/glossary-elements.iife.js"></script>`;
  const module = () => `<script type="module" src="${servers.assets.url}/glossary-elements.js"></script>`;
  const duplicateWarning = /^warn: glossary-elements: <glossary-term> is already defined/;

  it.each([
    { tags: 'the classic script', scripts: () => [classic()], copies: 1 },
    { tags: 'the module script', scripts: () => [module()], copies: 1 },
    { tags: 'the classic and the module script', scripts: () => [classic(), module()], copies: 2 },
    { tags: 'the classic script twice', scripts: () => [classic(), classic()], copies: 2 },
    { tags: 'the classic script twice and the module script', scripts: () => [classic(), classic(), module()], copies: 3 },
  ])('$tags: one registration per element, no errors, the card renders', async ({ scripts, copies }) => {
    const body = `${COUNT_DEFINITIONS}${scripts().join('')}${card(`${servers.data.url}/freelance-glossary.json`)}`;
    await context.tab.goto(servers.site.page(`tags-${browserName}-${scripts().length}-${copies}`, { body }));

    const [outcome] = await context.tab.outcomes();
    expect(outcome).toMatchObject({ type: 'glossary-load' });
    expect(await context.tab.page.evaluate(shownCard)).toMatchObject({ heading: 'Back-End', fallbackVisible: false });
    expect(await context.tab.page.evaluate(() => (window as unknown as { __defined: string[] }).__defined)).toEqual([
      'glossary-term',
      'glossary-index',
      'alert-signup',
      'glossary-link',
      'glossary-text',
    ]);
    // Each extra copy says once that it stands aside; nothing else is logged.
    expect(context.tab.problems).toHaveLength(copies - 1);
    for (const problem of context.tab.problems) expect(problem).toMatch(duplicateWarning);
  });

  it('loads DOMPurify from beside the bundle where the browser has no setHTML', async () => {
    const body = `<script>delete Element.prototype.setHTML;</script>${classic()}${card(`${servers.data.url}/freelance-glossary.json`, 'back-end')}`;
    await context.tab.goto(servers.site.page('fallback-sanitizer', { body }));

    expect((await context.tab.outcomes())[0]).toMatchObject({ type: 'glossary-load' });
    expect(servers.assets.gets('/glossary-elements.purify.js')).toBeGreaterThan(0);
    const shown = await context.tab.page.evaluate(shownCard);
    expect(shown.definition).toMatch(/^The back-end is/);
    expect(shown.definitionLinks).toBeGreaterThan(0);
  });

  it('shows the definition as plain text when DOMPurify cannot be loaded', async () => {
    const withoutPurify = await startOrigin((request, response) => {
      if (request.url?.includes('purify')) return void response.writeHead(404).end();
      return serveFolder('dist', { 'Access-Control-Allow-Origin': '*' })(request, response);
    });
    try {
      const body = `<script>delete Element.prototype.setHTML;</script>
        <script src="${withoutPurify.url}/glossary-elements.iife.js"></script>${card(`${servers.data.url}/freelance-glossary.json`, 'back-end')}`;
      await context.tab.goto(servers.site.page('no-purify', { body }));

      expect((await context.tab.outcomes())[0]).toMatchObject({ type: 'glossary-load' });
      const shown = await context.tab.page.evaluate(shownCard);
      expect(shown.heading).toBe('Back-End');
      expect(shown.definition).toMatch(/^The back-end is the part of a website/);
      expect(shown.definitionLinks).toBe(0);
    } finally {
      await withoutPurify.close();
    }
  });
});
