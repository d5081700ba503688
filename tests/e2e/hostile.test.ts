import { describe, expect, it } from 'vitest';
import { HOSTILE_HTML } from '../data/hostile-html.js';
import { BROWSERS, type BrowserName } from './support/browsers.js';
import { GLOSSARY_TITLE, HOSTILE_TERM_COUNT, hostileGlossary, hostileTerm } from './support/hostile-glossary.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from './support/hostile-text.js';
import { afterControlImage, auditElements, provokeHandlers } from './support/page-audit.js';
import { useServers, useTab } from './support/suite.js';

// Hostile data in every field the elements show, and hostile server messages in the signup, on a
// page without any policy to hide behind: nothing runs, no link leads anywhere unsafe, and the
// text a reader should see is there, exactly as written.
const servers = useServers();

/** Each definition as the browser's sanitizer left it, by browser: compared at the end. */
const sanitizedDefinitions = new Map<BrowserName, string[]>();

/**
 * Where the engines' native sanitizers part ways, both safely: inside `<noscript>`, Chromium parses
 * the `<p title="…">` as an element (the title dropped, "after" kept in it) and Firefox as text.
 */
const ENGINE_DIFFERENCES = ['noscript-mxss', 'noscript-mxss-in-body'];

const SIGNUP_ANSWERS = [
  (message: string) => ({ status: 422, body: { error: { message, field: 'email' } } }),
  (message: string) => ({ status: 400, body: { error: { message } } }),
  (message: string) => ({ status: 200, body: { status: 'error', error: { message } } }),
  (message: string) => ({ status: 409, body: { message } }),
];

/** What each term shows, in the full page and the card, and its JSON-LD name. */
function shownTerms(count: number) {
  const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent ?? null;
  return Array.from({ length: count }, (_, index) => {
    const full = document.getElementById(`full-${index}`)!.shadowRoot!;
    const card = document.getElementById(`card-${index}`)!.shadowRoot!;
    const jsonLd = document.querySelector(`#full-${index} > script[type="application/ld+json"]`)?.textContent;
    return {
      heading: text(full, '[part~="heading"]'),
      cardHeading: text(card, '[part~="heading"]'),
      crumbs: Array.from(full.querySelectorAll('[part~="breadcrumb"] li'), (item) => item.textContent!.trim()),
      articleTitle: text(full, '[part~="article"] :is(h1, h2, h3, h4, h5, h6)')?.trim(),
      excerpt: text(full, '[part~="article"] p'),
      seeAlso: Array.from(full.querySelectorAll('[part~="see-also"] a'), (link) => link.textContent!.trim()),
      definitionText: text(full, '[part~="definition"]'),
      definitionHtml: full.querySelector('[part~="definition"]')!.innerHTML,
      jsonLdName: jsonLd ? JSON.parse(jsonLd).name : null,
    };
  });
}

/** The index's entries as text, once it has settled on the current query. */
function indexText() {
  return document.getElementById('index')!.shadowRoot!.querySelector('[part~="list"]')?.textContent ?? '';
}

describe.each(BROWSERS)('[%s] hostile input', (browserName) => {
  const context = useTab(browserName);

  it(`${HOSTILE_TEXT.length} hostile strings, ${HOSTILE_URLS.length} URLs and ${HOSTILE_HTML.length} definitions in a glossary: nothing runs, links stay safe, the text survives`, async () => {
    const { page } = context.tab;
    const src = `${servers.data.url}/hostile.json`;
    servers.data.answer('/hostile.json', { body: hostileGlossary() });
    const terms = Array.from({ length: HOSTILE_TERM_COUNT }, (_, index) => index);
    const body =
      `<script src="${servers.assets.url}/glossary-elements.iife.js"></script><glossary-index id="index" src="${src}"></glossary-index>` +
      terms.map((index) => `<glossary-term id="full-${index}" src="${src}" term="t-${index}" variant="full"></glossary-term>
         <glossary-term id="card-${index}" src="${src}" term="t-${index}"></glossary-term>`).join('');
    await context.tab.goto(servers.site.page(`hostile-${browserName}`, { body }));

    const outcomes = await context.tab.outcomes(1 + 2 * terms.length, 30_000);
    expect(outcomes.filter((outcome) => outcome.type !== 'glossary-load')).toEqual([]);
    expect(await page.evaluate(provokeHandlers)).toBeGreaterThan(terms.length * 10);

    const shown = await page.evaluate(shownTerms, terms.length);
    sanitizedDefinitions.set(browserName, shown.map((term) => term.definitionHtml));
    for (const index of terms) {
      const data = hostileTerm(index);
      const { survivingText = [], removedText = [] } = HOSTILE_HTML[index % HOSTILE_HTML.length]!;
      const next = hostileTerm((index + 1) % terms.length);
      expect(shown[index], data.id).toMatchObject({
        heading: data.term,
        cardHeading: data.term,
        crumbs: [GLOSSARY_TITLE, expect.any(String), data.term],
        articleTitle: data.articles[0]!.title,
        excerpt: data.articles[0]!.excerpt,
        seeAlso: [next.term],
        jsonLdName: data.term,
      });
      for (const text of survivingText) expect(shown[index]!.definitionText, data.id).toContain(text);
      for (const text of removedText) expect(shown[index]!.definitionText, data.id).not.toContain(text);
    }
    const listed = await page.evaluate(indexText);
    for (const { text } of HOSTILE_TEXT) expect(listed).toContain(text);

    // The search marks the match inside a name: hostile text split around <mark> stays text.
    const query = HOSTILE_TEXT.find((entry) => entry.name === 'attribute-double-quote')!.text;
    await page.evaluate((text) => document.getElementById('index')!.setAttribute('query', text), query);
    // The status stays empty until a search has run; then it counts what matched.
    await page.waitForFunction(() => document.getElementById('index')!.shadowRoot!.querySelector('[part~="status"]')?.textContent);
    expect(await page.evaluate(indexText)).toContain(query);
    const marked = await page.evaluate(
      () => document.getElementById('index')!.shadowRoot!.querySelectorAll('[part~="list"] mark').length,
    );
    expect(marked).toBeGreaterThan(0);

    await page.evaluate(afterControlImage); // any image's error or load handler has run by then
    expect(await page.evaluate(auditElements)).toEqual([]);
    const record = await context.tab.record();
    expect(record.pwned).toEqual([]);
    expect(context.tab.problems.filter((problem) => /^(page error|dialog)/.test(problem))).toEqual([]);
  });

  it(`${HOSTILE_TEXT.length} hostile signup server messages show as text, exactly, and nothing runs`, async () => {
    const { page } = context.tab;
    HOSTILE_TEXT.forEach(({ text }, index) => servers.data.answer(`/signup/hostile-${index}`, SIGNUP_ANSWERS[index % SIGNUP_ANSWERS.length]!(text)));
    const body =
      `<script src="${servers.assets.url}/glossary-elements.iife.js"></script>` +
      HOSTILE_TEXT.map((_, index) => `<alert-signup id="signup-${index}" action="${servers.data.url}/signup/hostile-${index}"></alert-signup>`).join('');
    await context.tab.goto(servers.site.page(`hostile-signup-${browserName}`, { body }));
    await page.waitForFunction(() => document.querySelector('alert-signup')?.shadowRoot?.querySelector('form') != null);

    await page.evaluate(() => {
      for (const signup of Array.from(document.querySelectorAll('alert-signup'))) {
        const email = signup.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!;
        email.value = 'reader@example.com';
        email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        signup.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      }
    });
    const outcomes = await context.tab.outcomes(HOSTILE_TEXT.length);
    expect(outcomes.every((outcome) => outcome.type === 'alert-signup-error' && outcome.kind === 'http')).toBe(true);
    await page.evaluate(provokeHandlers);

    const shown = await page.evaluate(() =>
      Array.from(document.querySelectorAll('alert-signup'), (signup) => {
        const part = signup.shadowRoot!.querySelector('[part~="field-error"]') ?? signup.shadowRoot!.querySelector('[part~="message"]')!;
        return { text: part.textContent!.trim(), elements: part.children.length };
      }),
    );
    expect(shown).toEqual(HOSTILE_TEXT.map(({ text }) => ({ text, elements: 0 })));
    for (const outcome of outcomes) {
      expect(HOSTILE_TEXT.map(({ text }) => text)).toContain(outcome.message);
    }

    await page.evaluate(afterControlImage);
    expect(await page.evaluate(auditElements)).toEqual([]);
    expect((await context.tab.record()).pwned).toEqual([]);
    expect(context.tab.problems.filter((problem) => /^(page error|dialog)/.test(problem))).toEqual([]);
  });
});

if (BROWSERS.length > 1) {
  describe('hostile definitions across engines', () => {
    it(`Chromium and Firefox sanitize the hostile definitions alike, but for ${ENGINE_DIFFERENCES.join(' and ')} (both safe, checked above)`, () => {
      const [first, second] = BROWSERS.map((name) => sanitizedDefinitions.get(name));
      expect(first, 'run with both browsers').toBeDefined();
      expect(second, 'run with both browsers').toBeDefined();
      const differing = HOSTILE_HTML.filter((_, index) => first![index] !== second![index]).map((input) => input.name);
      for (const name of differing) {
        const index = HOSTILE_HTML.findIndex((input) => input.name === name);
        console.log(name, '\n  chromium:', first![index], '\n  firefox: ', second![index]);
      }
      expect(differing).toEqual(ENGINE_DIFFERENCES);
    });
  });
}
