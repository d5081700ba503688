import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.js';
import { useServers, useTab } from './support/suite.js';

// <glossary-text> and <glossary-link> through the built bundles, on a page of one origin with the
// bundle on a second and the glossary on a third, under a strict policy with Trusted Types.
const servers = useServers();

const HOSTILE_NAME = '<img src=x onerror=__pwned("name")>';
const ALIASES = 10_000;

beforeAll(() => {
  servers.data.answer('/hostile-links.json', {
    body: {
      title: 'Hostile <script>__pwned("title")</script>',
      terms: [
        { id: 'hostile', term: HOSTILE_NAME, aliases: ['"><svg onload=__pwned("alias")>'], definition: '<p>Harmless <b onclick=__pwned("def")>text</b>.</p>' },
        { id: 'many', term: 'Many Names', aliases: Array.from({ length: 50 }, (_, index) => `alias number ${index}`), definition: '<p>Lots.</p>' },
        { id: 'plain', term: 'Plain', definition: '<p>Plain.</p>' },
      ],
    },
  });
  servers.data.answer('/too-many-aliases.json', {
    body: {
      title: 'Too many aliases',
      terms: [{ id: 'many', term: 'Many Names', aliases: Array.from({ length: ALIASES }, (_, index) => `alias number ${index}`), definition: '<p>Lots.</p>' }],
    },
  });
});

const article = (src: string) => `
  <glossary-text id="text" src="${src}">
    <article id="article">
      <h2>A retainer, in a heading: never linked</h2>
      <p id="first">A <strong>retainer</strong> pays for availability; an invoice bills the work. Another retainer.</p>
      <p>Scope creep <a href="/elsewhere">(and a retainer in a link)</a> hurts; <code>invoice</code> in code too.</p>
      <p>Ask for a <glossary-link id="phrase" term="kill fee">cancellation payment</glossary-link> up front.</p>
    </article>
  </glossary-text>`;

const hostileArticle = (src: string) => `
  <glossary-text id="text" src="${src}">
    <p id="hostile">Text that names ${HOSTILE_NAME.replace(/</g, '&lt;')} and alias number 49, and Plain.</p>
  </glossary-text>`;

/** Links the article got, as [text, term]; the article's text; what the first card shows. */
function linkedArticle() {
  const text = document.getElementById('text')!;
  return {
    links: Array.from(text.querySelectorAll('glossary-link'), (link) => [link.textContent, link.getAttribute('term')]),
    text: document.getElementById('article')!.textContent!.replace(/\s+/g, ' ').trim(),
    strongKept: document.querySelector('#first > strong')?.localName,
  };
}

/**
 * Opens the card of the first link the way a tap does, and reports what it shows once it has its
 * term. Until the card's code has arrived (a chunk, for the module script) a tap is a plain link's:
 * this page keeps it from navigating, and taps again.
 */
async function openFirstCard(): Promise<{ open: boolean; heading: string | null | undefined }> {
  document.addEventListener('click', (event) => event.preventDefault());
  const link = document.querySelector('#text glossary-link')!;
  const anchor = link.shadowRoot!.querySelector('[part~="link"]')!;
  const card = () => link.shadowRoot!.querySelector<HTMLElement>('[part~="card"]');
  const heading = () => card()?.querySelector('glossary-term')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent;
  for (let tries = 0; tries < 200 && !heading(); tries++) {
    if (!card()?.matches(':popover-open')) {
      anchor.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
      anchor.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { open: card()?.matches(':popover-open') ?? false, heading: heading() };
}

describe.each(BROWSERS)('[%s] terms linked in an article', (browserName) => {
  const context = useTab(browserName);
  const policy = () =>
    `default-src 'none'; script-src ${servers.assets.url}; style-src 'self'; connect-src ${servers.data.url}; require-trusted-types-for 'script'`;

  for (const [script, tag] of [
    ['classic', (url: string) => `<script src="${url}/glossary-elements.iife.js"></script>`],
    ['module', (url: string) => `<script type="module" src="${url}/glossary-elements.js"></script>`],
  ] as const) {
    it(`the ${script} script under a strict policy: first mentions linked outside skip zones, the text unchanged, a card opens, no violation`, async () => {
      const { page } = context.tab;
      const body = article(`${servers.data.url}/freelance-glossary.json`);
      await context.tab.goto(servers.site.page(`linking-${script}-${browserName}`, { head: tag(servers.assets.url), body, headers: { 'Content-Security-Policy': policy() } }));
      await page.waitForFunction(() => document.querySelectorAll('#text glossary-link').length >= 4, { timeout: 15_000 });

      const linked = await page.evaluate(linkedArticle);
      expect(linked.links).toEqual([
        ['retainer', 'retainer'],
        ['invoice', 'invoice'],
        ['Scope creep', 'scope-creep'],
        ['cancellation payment', 'kill fee'],
      ]);
      expect(linked.text).toBe(
        'A retainer, in a heading: never linked A retainer pays for availability; an invoice bills the work. Another retainer. Scope creep (and a retainer in a link) hurts; invoice in code too. Ask for a cancellation payment up front.',
      );
      expect(linked.strongKept).toBe('strong');
      expect(await page.evaluate(openFirstCard)).toEqual({ open: true, heading: 'Retainer' });
      const { violations, pwned } = await context.tab.record();
      expect(violations).toEqual([]);
      expect(pwned).toEqual([]);
      expect(context.tab.problems).toEqual([]);
    });
  }

  it('hostile names and aliases, and a term with 50 aliases: linked as text, nothing runs', async () => {
    const { page } = context.tab;
    const body = hostileArticle(`${servers.data.url}/hostile-links.json`);
    await context.tab.goto(servers.site.page(`linking-hostile-${browserName}`, { head: `<script src="${servers.assets.url}/glossary-elements.iife.js"></script>`, body }));
    await page.waitForFunction(() => document.querySelectorAll('#text glossary-link').length >= 3, { timeout: 15_000 });

    const links = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#text glossary-link'), (link) => [link.textContent, link.getAttribute('term')]),
    );
    expect(links).toEqual([
      [HOSTILE_NAME, 'hostile'],
      ['alias number 49', 'many'],
      ['Plain', 'plain'],
    ]);
    expect(await page.evaluate(openFirstCard)).toEqual({ open: true, heading: HOSTILE_NAME });
    expect(await page.evaluate(() => document.getElementById('hostile')!.textContent)).toBe(
      `Text that names ${HOSTILE_NAME} and alias number 49, and Plain.`,
    );
    expect((await context.tab.record()).pwned).toEqual([]);
    expect(context.tab.problems).toEqual([]);
  });

  it(`a term with ${ALIASES.toLocaleString('en')} aliases: the glossary is refused, naming the field and the limit; the article stays as written`, async () => {
    const { page } = context.tab;
    const body = hostileArticle(`${servers.data.url}/too-many-aliases.json`);
    await context.tab.goto(servers.site.page(`linking-too-many-${browserName}`, { head: `<script src="${servers.assets.url}/glossary-elements.iife.js"></script>`, body }));
    const [outcome] = await context.tab.outcomes(1);
    expect(outcome).toMatchObject({ type: 'glossary-error', id: 'text', kind: 'schema', message: expect.stringContaining('terms[0].aliases') });
    expect(outcome!.message).toMatch(/at most 50/);
    expect(await page.evaluate(() => document.querySelectorAll('glossary-link').length)).toBe(0);
    expect(await page.evaluate(() => document.getElementById('hostile')!.textContent)).toBe(
      `Text that names ${HOSTILE_NAME} and alias number 49, and Plain.`,
    );
  });
});
