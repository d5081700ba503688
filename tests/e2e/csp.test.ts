import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.js';
import { useServers, useTab } from './support/suite.js';

// Strict pages: every element renders, posts and loads under the policy, and none of it is reported.
const servers = useServers();
beforeAll(() => servers.data.answer('/signup/pending', { body: { status: 'pending' } }));

/** The three elements, a term page (a term without article images), a card, an index and a signup. */
function allElements(src: string, action: string): string {
  return `
    <glossary-index id="index" src="${src}" for="page" query="front"></glossary-index>
    <glossary-term id="page" src="${src}" term="agile" variant="full"><a href="https://example.com/glossary/a/agile/">Agile</a></glossary-term>
    <glossary-term id="card" src="${src}" term="backend"><a href="https://example.com/glossary/b/back-end/">Back-End</a></glossary-term>
    <alert-signup id="signup" action="${action}" categories="Development, Design" consent="Send me the weekly email"></alert-signup>`;
}

/** Fills in and sends the signup form, as a reader would. */
function submitSignup() {
  const root = document.getElementById('signup')!.shadowRoot!;
  const email = root.querySelector<HTMLInputElement>('input[type="email"]')!;
  email.value = 'reader@example.com';
  email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

/** What rendered: headings of both terms, the index's entries, the signup's message and the JSON-LD. */
function rendered() {
  const shadow = (id: string) => document.getElementById(id)!.shadowRoot!;
  return {
    page: shadow('page').querySelector('[part~="heading"]')?.textContent,
    card: shadow('card').querySelector('[part~="heading"]')?.textContent,
    indexEntries: shadow('index').querySelectorAll('[part~="list"] a').length,
    signup: shadow('signup').querySelector('[part~="message"]')?.textContent?.trim(),
    jsonLd: Array.from(document.querySelectorAll('glossary-term > script[type="application/ld+json"]'), (script) => JSON.parse(script.textContent!).name),
  };
}

/** The card's definition (Back-End's links to Front-End): sanitized HTML keeps the link, plain text does not. */
function cardDefinition() {
  const definition = document.getElementById('card')!.shadowRoot!.querySelector('[part~="definition"]');
  return { text: definition?.textContent?.trim().slice(0, 30), links: definition?.querySelectorAll('a').length };
}

describe.each(BROWSERS)('[%s] strict Content-Security-Policy', (browserName) => {
  const context = useTab(browserName);

  /** Opens a page with the bundle from the assets origin, data from the data origin, under `policy`. */
  async function openStrictPage(name: string, policy: string) {
    const { assets, data, site } = servers;
    const body = allElements(`${data.url}/freelance-glossary.json`, `${data.url}/signup/pending?${name}`);
    const head = `<script src="${assets.url}/glossary-elements.iife.js"></script>`;
    await context.tab.goto(site.page(`${name}-${browserName}`, { head, body, headers: { 'Content-Security-Policy': policy } }));
    await context.tab.outcomes(3);
    await context.tab.page.evaluate(submitSignup);
    await context.tab.outcomes(4);
  }

  const issuePolicy = () =>
    `default-src 'none'; script-src ${servers.assets.url}; style-src 'self'; connect-src ${servers.data.url}; require-trusted-types-for 'script'`;

  const expectEverythingRendered = async () => {
    const { outcomes, violations } = await context.tab.record();
    expect(outcomes.map((outcome) => `${outcome.type} ${outcome.id}`).sort()).toEqual([
      'alert-signup-success signup',
      'glossary-load card',
      'glossary-load index',
      'glossary-load page',
    ]);
    expect(await context.tab.page.evaluate(rendered)).toEqual({
      page: 'Agile',
      card: 'Back-End',
      indexEntries: expect.any(Number),
      signup: expect.stringMatching(/inbox/i),
      jsonLd: ['Agile', 'Back-End'],
    });
    expect((await context.tab.page.evaluate(rendered)).indexEntries).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(context.tab.problems).toEqual([]);
  };

  it("the issue's policy (default-src 'none', assets, data, Trusted Types): everything renders, no violation", async () => {
    await openStrictPage('strict', issuePolicy());
    await expectEverythingRendered();
  });

  it('the same policy where the browser has no setHTML: DOMPurify loads from the assets origin, no violation', async () => {
    await context.tab.page.evaluateOnNewDocument(() => delete (Element.prototype as { setHTML?: unknown }).setHTML);
    await openStrictPage('strict-purify', issuePolicy());
    await expectEverythingRendered();
    expect(servers.assets.gets('/glossary-elements.purify.js')).toBeGreaterThan(0);
  });

  it("the bundle on the page's own origin under script-src 'self': everything renders, no violation", async () => {
    const { data, site } = servers;
    const policy = `script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`;
    const head = `<script src="/dist/glossary-elements.iife.js"></script>`;
    const body = allElements(`${data.url}/freelance-glossary.json`, `${data.url}/signup/pending?self`);
    await context.tab.goto(site.page(`self-${browserName}`, { head, body, headers: { 'Content-Security-Policy': policy } }));
    await context.tab.outcomes(3);
    await context.tab.page.evaluate(submitSignup);
    await context.tab.outcomes(4);
    await expectEverythingRendered();
  });

  it('a trusted-types list with Lit\'s policy but not glossary-elements: all but the JSON-LD renders; only that name is refused', async () => {
    // Lit creates its own policy, `lit-html`, when the bundle runs: a list without it stops any Lit element.
    const policy = `${issuePolicy()}; trusted-types lit-html`;
    await openStrictPage('tt-names', policy);

    const { violations } = await context.tab.record();
    const shown = await context.tab.page.evaluate(rendered);
    expect(shown).toMatchObject({ page: 'Agile', card: 'Back-End', jsonLd: [] });
    // The browser reports the refused name once; the element neither throws nor logs.
    expect(violations.map((line) => line.split(' ')[0])).toEqual(['trusted-types']);
    expect(context.tab.problems.filter((problem) => !/trusted-types|Trusted Type|TrustedTypePolicy|Content Security Policy/i.test(problem))).toEqual([]);
  });

  describe('without setHTML, with a trusted-types list (Safari today, issue 15)', () => {
    const withoutSetHTML = () =>
      context.tab.page.evaluateOnNewDocument(() => delete (Element.prototype as { setHTML?: unknown }).setHTML);

    it('`trusted-types lit-html glossary-elements`: DOMPurify sanitizes under the library\'s policy; no violation', async () => {
      await withoutSetHTML();
      await openStrictPage('tt-purify', `${issuePolicy()}; trusted-types lit-html glossary-elements`);

      await expectEverythingRendered();
      expect(await context.tab.page.evaluate(cardDefinition)).toEqual({ text: 'The back-end is the part of a ', links: 1 });
    });

    it('`trusted-types lit-html`: definitions as plain text, DOMPurify never loaded, only the refused name reported', async () => {
      await withoutSetHTML();
      const purifyLoadsBefore = servers.assets.gets('/glossary-elements.purify.js');
      await openStrictPage('tt-purify-refused', `${issuePolicy()}; trusted-types lit-html`);

      const { violations } = await context.tab.record();
      expect(await context.tab.page.evaluate(cardDefinition)).toEqual({ text: 'The back-end is the part of a ', links: 0 });
      expect(violations.map((line) => line.split(' ')[0])).toEqual(['trusted-types']);
      expect(servers.assets.gets('/glossary-elements.purify.js')).toBe(purifyLoadsBefore);
    });
  });
});
