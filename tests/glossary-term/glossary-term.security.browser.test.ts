import { expect, nextFrame } from '@open-wc/testing';
import { sanitizerEngine, type SanitizerEngine } from '../../src/data/sanitize.js';
import type { GlossaryData } from '../../src/data/types.js';
import { HOSTILE_HTML, unsafeFindings } from '../data/hostile-html.js';
import { afterControlImage } from '../support/control-image.js';
import { cleanup, mount, part, settled } from '../support/harness.js';
import { held, holdRequests, releaseRequests, requested } from '../support/held-requests.js';

const NAME = `<img src=x onerror="window.__pwned('name')">Name`;
const TITLE = `<svg onload="window.__pwned('glossary-title')">Glossary</svg>`;
const ARTICLE_TITLE = `<script>window.__pwned('article-title')</script><b>Bold</b> title`;
const EXCERPT = `<img src=x onerror="window.__pwned('excerpt')">excerpt <a href="javascript:1">x</a>`;
// noscript-mxss last: on DOMPurify, an unclosed <noscript> in the body swallows everything after it.
const CORPUS_PICKS = ['script-inline', 'img-onerror', 'href-decimal-entities', 'svg-onload', 'a-extra-attributes', 'noscript-mxss'];

/** A glossary whose every string is an attack. */
function hostileGlossary(): GlossaryData {
  const definition = CORPUS_PICKS.map((name) => HOSTILE_HTML.find((entry) => entry.name === name)!.html).join('');
  return {
    title: TITLE,
    url: `javascript:window.__pwned('glossary-url')`,
    terms: [
      {
        id: 'x',
        term: NAME,
        definition: `<p>First <b>safe</b> paragraph.</p>${definition}`,
        seeAlso: ['evil'],
        url: ` JaVa\tScript:window.__pwned('term-url')`,
        moreArticlesUrl: `javascript:window.__pwned('more-articles')`,
        articles: [
          { title: ARTICLE_TITLE, url: `javascript:window.__pwned('article')`, excerpt: EXCERPT, image: `javascript:window.__pwned('image')` },
          { title: 'Data image', url: 'https://example.com/a', image: `data:image/svg+xml,<svg onload="window.__pwned('data-image')"/>` },
          { title: 'Vbscript', url: `vbscript:msgbox(1)`, image: `mailto:a@example.com` },
        ],
      },
      {
        id: 'evil',
        term: `Evil <i>twin</i>`,
        definition: `<p onclick="window.__pwned('evil')">Evil.</p>`,
        url: `data:text/html,<script>parent.__pwned('see-also')</script>`,
      },
    ],
  };
}

const pwned: string[] = [];

function hideSetHTML(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
  delete (Element.prototype as { setHTML?: unknown }).setHTML;
  return () => {
    if (descriptor) Object.defineProperty(Element.prototype, 'setHTML', descriptor);
  };
}

async function showHostile(variant: 'full' | 'card') {
  const mounted = mount('glossary-term', { attributes: { term: 'x', variant }, properties: { glossary: hostileGlossary() } });
  await settled(mounted);
  await afterControlImage(mounted.element.shadowRoot!);
  await nextFrame();
  expect(mounted.errors, 'errors').to.have.length(0);
  return mounted.element;
}

const pageState = () => ({
  head: document.head.children.length,
  body: document.body.getAttributeNames().map((name) => `${name}=${document.body.getAttribute(name)}`).join(' '),
  title: document.title,
  scripts: [...document.scripts].filter((script) => !script.closest('glossary-term')).length,
});

/** Every link in the shadow root is http(s), mailto, relative or a fragment. */
const unsafeLinks = (root: ParentNode) =>
  [...root.querySelectorAll('[href], [src], [srcset]')].filter((node) => {
    const value = node.getAttribute('href') ?? node.getAttribute('src') ?? '';
    return node.hasAttribute('srcset') || !['http:', 'https:', 'mailto:'].includes(new URL(value, location.href).protocol);
  });

/** An article's title: its heading. */
const articleTitle = (article: Element) => article.querySelector(':is(h1, h2, h3, h4, h5, h6)')!;

/** Attributes named on… anywhere in the shadow root. */
const handlers = (root: ParentNode) =>
  [...root.querySelectorAll('*')].flatMap((node) => node.getAttributeNames().filter((name) => name.startsWith('on')));

describe('<glossary-term> with a hostile glossary', () => {
  before(() => {
    window.__pwned = (name) => pwned.push(name);
  });
  after(() => delete window.__pwned);
  afterEach(() => {
    cleanup();
    pwned.length = 0;
  });

  for (const engine of ['native', 'dompurify'] as const satisfies readonly SanitizerEngine[]) {
    describe(`on the ${engine} engine`, () => {
      let restore: (() => void) | undefined;
      before(() => {
        if (engine === 'dompurify') restore = hideSetHTML();
        expect(sanitizerEngine()).to.equal(engine);
      });
      after(() => restore?.());

      it('runs nothing, and leaves the page outside the element alone', async () => {
        const before = pageState();
        const element = await showHostile('full');
        const root = element.shadowRoot!;

        expect(pwned, 'payloads that ran').to.deep.equal([]);
        expect(pageState()).to.deep.equal(before);
        expect(handlers(root)).to.deep.equal([]);
        expect(unsafeLinks(root).map((node) => node.outerHTML)).to.deep.equal([]);
        expect(root.querySelectorAll('script, iframe, object, embed, svg, math, form, input, base, meta, link, img').length).to.equal(0);
      });

      it('keeps only the safe subset of the definition', async () => {
        const element = await showHostile('full');
        const definition = part(element, 'definition')!;

        expect(unsafeFindings(definition), definition.innerHTML).to.deep.equal([]);
        expect(definition.querySelector('p')!.textContent).to.equal('First safe paragraph.');
        expect(definition.textContent).to.contain('before').and.contain('after').and.contain('dec').and.contain('link');
        expect(definition.textContent).to.not.contain('__pwned');
      });

      it('shows the name, titles and excerpts as literal text', async () => {
        const element = await showHostile('full');
        const heading = part(element, 'heading')!;
        const breadcrumb = part(element, 'breadcrumb')!;
        const articles = [...element.shadowRoot!.querySelectorAll('[part~="article"]')];

        expect(heading.textContent).to.equal(NAME);
        expect(heading.children.length).to.equal(0);
        expect(breadcrumb.textContent).to.contain(TITLE).and.contain(NAME);
        expect(breadcrumb.querySelector('a, img, svg') === null, 'breadcrumb markup').to.be.true;
        expect(articleTitle(articles[0]!).textContent!.trim()).to.equal(ARTICLE_TITLE);
        expect(articles[0]!.querySelector('p')!.textContent).to.equal(EXCERPT);
        expect(articleTitle(articles[0]!).querySelectorAll('*:not(a)').length).to.equal(0);
        expect(articles[0]!.querySelectorAll('p *').length).to.equal(0);
      });

      it('drops unsafe article links and images but keeps the titles', async () => {
        const element = await showHostile('full');
        const articles = [...element.shadowRoot!.querySelectorAll('[part~="article"]')];

        expect(articles.map((article) => article.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal([
          null,
          'https://example.com/a',
          null,
        ]);
        expect(articles.map((article) => articleTitle(article).textContent!.trim())).to.deep.equal([
          ARTICLE_TITLE,
          'Data image',
          'Vbscript',
        ]);
        expect(element.shadowRoot!.querySelectorAll('img').length).to.equal(0);
      });

      it('drops unsafe term, more-articles and glossary links; see-also falls back to #id', async () => {
        const element = await showHostile('full');
        const seeAlso = part(element, 'see-also')!.querySelector('a')!;

        expect(part(element, 'more-articles') === null, 'more-articles link').to.be.true;
        expect(part(element, 'breadcrumb')!.querySelector('li')!.textContent).to.equal(TITLE);
        expect(seeAlso.getAttribute('href')).to.equal('#evil');
        expect(seeAlso.textContent!.trim()).to.equal('Evil <i>twin</i>');
      });

      it('card: no Read more link to an unsafe term url, and nothing runs', async () => {
        const element = await showHostile('card');

        expect(part(element, 'read-more') === null, 'read-more link').to.be.true;
        expect(part(element, 'definition')!.textContent).to.equal('First safe paragraph.');
        expect(part(element, 'see-also')!.querySelector('a')!.getAttribute('href')).to.equal('#evil');
        expect(pwned).to.deep.equal([]);
      });

      it('writes JSON-LD that cannot close its script element, and no unsafe url into it', async () => {
        const element = await showHostile('full');
        const jsonLd = element.querySelector('script[type="application/ld+json"]')!;

        expect(jsonLd.textContent).to.not.contain('<');
        expect(jsonLd.textContent!.toLowerCase()).to.not.match(/javascript|data:|vbscript/);
        expect(JSON.parse(jsonLd.textContent!).name).to.equal(NAME);
      });

      it('passes axe on the hostile full page', async () => {
        const element = await showHostile('full');

        await expect(element).to.be.accessible();
      });
    });
  }
});

describe('<glossary-term> links inside a definition', () => {
  beforeEach(holdRequests);
  afterEach(() => {
    releaseRequests();
    cleanup();
  });

  it("resolve against the glossary file's URL, as the data's other links do; #links stay for the page", async () => {
    const glossary: GlossaryData = {
      title: 'Elsewhere',
      terms: [{ id: 'x', term: 'X', definition: '<p><a href="../about/">About</a> <a href="y.html">Y</a> <a href="#z">Z</a></p>' }],
    };
    const mounted = mount('glossary-term', { attributes: { src: '/held/deep/glossary.json', term: 'x' } });
    await requested(1);
    held[0]!.answer(new Response(JSON.stringify(glossary)));
    await settled(mounted);

    const hrefs = [...part(mounted.element, 'definition')!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal([`${location.origin}/held/about/`, `${location.origin}/held/deep/y.html`, '#z']);
  });
});
