import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sanitizeDefinition, sanitizerEngine, type SanitizerEngine } from '../../src/data/sanitize.js';
import { afterControlImage } from '../support/control-image.js';
import { HOSTILE_HTML, ORDINARY_HTML, unsafeFindings } from './hostile-html.js';

/**
 * Where the two engines part ways on the hostile corpus; both outputs are checked for safety on
 * their own. Against mutation XSS, DOMPurify drops markup-looking text in raw-text elements (xmp,
 * noembed, noframes, title, plaintext) and a node whose attribute holds a closing tag (the
 * `<noscript>` trick), taking some text with them; the native engine unwraps these and keeps
 * their text as inert text.
 */
const ENGINE_DIFFERENCES = ['noscript-mxss-in-body', 'xmp-raw-text', 'noembed-noframes-title', 'plaintext'];

/**
 * Whether this browser's fragment parser reads `<noscript>` as raw text even in an inert document,
 * as if scripting were on (Firefox does; Chromium parses its markup as elements). There the native
 * engine keeps the whole `<noscript>` trick as inert text, while DOMPurify, which parses a whole
 * document with scripting off, still sees the `<p>` and drops its title: one more difference.
 */
function noscriptParsesAsText(): boolean {
  const probe = document.implementation.createHTMLDocument('').createElement('div');
  probe.innerHTML = '<noscript><p></p></noscript>';
  return probe.firstChild!.firstChild!.nodeType === Node.TEXT_NODE;
}

const engineDifferences = () => (noscriptParsesAsText() ? ['noscript-mxss', ...ENGINE_DIFFERENCES] : ENGINE_DIFFERENCES);

const pwned: string[] = [];
const containers: HTMLElement[] = [];

/** Hides the native sanitizer, so `sanitizeDefinition` falls back to DOMPurify; returns the undo. */
function hideSetHTML(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
  delete (Element.prototype as { setHTML?: unknown }).setHTML;
  return () => {
    if (descriptor) Object.defineProperty(Element.prototype, 'setHTML', descriptor);
  };
}

/** Runs the enclosing suite on `engine`. */
function useEngine(engine: SanitizerEngine): void {
  let restore: (() => void) | undefined;
  before(() => {
    if (engine === 'dompurify') restore = hideSetHTML();
    expect(sanitizerEngine()).to.equal(engine);
  });
  after(() => restore?.());
}

/** Sanitized markup, live in the document until any handler or load of its images has fired. */
async function render(html: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.append(await sanitizeDefinition(html));
  document.body.append(container);
  containers.push(container);
  await afterControlImage(container);
  await nextFrame();
  return container;
}

/** What a fragment serializes to (the engines are compared on this). */
async function serialized(html: string): Promise<string> {
  const container = document.createElement('div');
  container.append(await sanitizeDefinition(html));
  return container.innerHTML;
}

async function serializeAll(inputs: string[], engine: SanitizerEngine): Promise<string[]> {
  const restore = engine === 'dompurify' ? hideSetHTML() : () => {};
  try {
    expect(sanitizerEngine()).to.equal(engine);
    const outputs: string[] = [];
    for (const html of inputs) outputs.push(await serialized(html));
    return outputs;
  } finally {
    restore();
  }
}

const WELL_FORMED =
  '<p>Intro <strong>strong</strong> <b>b</b> <em>em</em> <i>i</i> <u>u</u> <code>code</code> ' +
  '<sub>sub</sub> <sup>sup</sup> <abbr>abbr</abbr><br><a href="https://example.com/">link</a></p>' +
  '<ul><li>ul item</li></ul><ol><li>ol item</li></ol><pre>pre\n  text</pre><blockquote><p>quote</p></blockquote>';

describe('sanitizeDefinition', () => {
  before(() => {
    window.__pwned = (name) => pwned.push(name);
  });
  after(() => delete window.__pwned);
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
    pwned.length = 0;
  });

  it('has a working detector: the same payloads run when inserted unsanitized', async () => {
    const container = document.createElement('div');
    container.innerHTML = `<img src=x onerror="window.__pwned('canary')">`;
    document.body.append(container);
    containers.push(container);
    await waitUntil(() => pwned.length > 0, 'the unsanitized payload never ran');

    expect(pwned).to.deep.equal(['canary']);
    expect(unsafeFindings(container)).to.not.be.empty;
  });

  it('has a corpus of at least 40 distinct hostile inputs', () => {
    expect(new Set(HOSTILE_HTML.map((entry) => entry.name)).size).to.equal(HOSTILE_HTML.length);
    expect(HOSTILE_HTML.length).to.be.at.least(40);
  });

  for (const engine of ['native', 'dompurify'] as const) {
    describe(`with the ${engine} engine`, () => {
      useEngine(engine);

      it(`runs on the ${engine} engine`, () => {
        expect(sanitizerEngine()).to.equal(engine);
      });

      for (const { name, html, survivingText = [], removedText = [] } of HOSTILE_HTML) {
        it(`neutralises ${name}`, async () => {
          const container = await render(html);
          const text = container.textContent!;

          expect(pwned, 'payloads that ran').to.deep.equal([]);
          expect(unsafeFindings(container), container.innerHTML).to.deep.equal([]);
          for (const kept of survivingText) expect(text, `"${kept}" survives`).to.contain(kept);
          for (const gone of removedText) expect(text, `"${gone}" is removed`).to.not.contain(gone);
        });
      }

      it('keeps every allowlisted element with its text', async () => {
        const container = await render(WELL_FORMED);

        expect(container.innerHTML).to.equal(
          WELL_FORMED.replace('<a href="https://example.com/">', '<a href="https://example.com/" rel="noopener noreferrer">'),
        );
      });

      it('keeps only href and a forced rel on a link', async () => {
        const container = await render(
          `<a href="https://x.test" target="_blank" rel="opener" onclick="window.__pwned('click')" title="t" id="i" class="c">x</a>`,
        );
        const link = container.querySelector('a')!;

        expect(link.getAttributeNames().sort()).to.deep.equal(['href', 'rel']);
        expect(link.getAttribute('href')).to.equal('https://x.test');
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
        container.addEventListener('click', (event) => event.preventDefault());
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        expect(pwned).to.deep.equal([]);
      });

      it('keeps relative, fragment, protocol-relative and mailto links as written', async () => {
        const hrefs = ['/glossary/b/', '../up', 'page.html?q=1', '#section', '//cdn.example/x', 'mailto:a@example.com', 'HTTPS://EXAMPLE.COM/'];
        const container = await render(hrefs.map((href) => `<a href="${href}">l</a>`).join(' '));

        expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(hrefs);
      });

      it("resolves relative links against the glossary's URL when given, keeping #links for the page", async () => {
        const hrefs = ['/glossary/b/', '../up', 'page.html?q=1', '#section', '//cdn.example/x', 'mailto:a@example.com'];
        const container = document.createElement('div');
        container.append(await sanitizeDefinition(hrefs.map((href) => `<a href="${href}">l</a>`).join(' '), 'https://data.example/g/glossary.json'));

        expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
          'https://data.example/glossary/b/',
          'https://data.example/up',
          'https://data.example/g/page.html?q=1',
          '#section',
          'https://cdn.example/x',
          'mailto:a@example.com',
        ]);
      });

      it('drops unsafe hrefs but keeps the link text, with rel forced', async () => {
        const container = await render(`<a href="javascript:void 0">a</a><a href="tel:+123">b</a><a href="ftp://x.test/">c</a>`);

        expect(container.innerHTML).to.equal(
          '<a rel="noopener noreferrer">a</a><a rel="noopener noreferrer">b</a><a rel="noopener noreferrer">c</a>',
        );
      });

      it('removes comments and keeps the text around them', async () => {
        const container = await render('<p>one<!-- hidden --> two</p><!-- gone --><!---->three');

        expect(container.innerHTML).to.equal('<p>one two</p>three');
      });

      it('unwraps unknown elements and keeps their text, removes dangerous ones with their content', async () => {
        const container = await render(
          '<div><h1>Title</h1><span>span</span><table><tr><td>cell</td></tr></table></div>' +
            '<template>t</template><textarea>ta</textarea><select><option>o</option></select><button>btn</button>',
        );

        expect(container.innerHTML).to.equal('Titlespancell');
      });

      it('returns a fragment owned by this document, whatever the input', async () => {
        for (const html of ['', '   ', '<p>x</p>', '<script>1</script>']) {
          const fragment = await sanitizeDefinition(html);
          expect(fragment.ownerDocument === document, html).to.be.true;
        }
      });
    });
  }

  describe('both engines', () => {
    it('give identical markup for ordinary definitions', async () => {
      const native = await serializeAll(ORDINARY_HTML, 'native');
      const purified = await serializeAll(ORDINARY_HTML, 'dompurify');

      ORDINARY_HTML.forEach((html, index) => expect(purified[index], html).to.equal(native[index]));
    });

    it('give identical markup for the hostile corpus, except the documented differences', async () => {
      const inputs = HOSTILE_HTML.map((entry) => entry.html);
      const native = await serializeAll(inputs, 'native');
      const purified = await serializeAll(inputs, 'dompurify');

      const differing = HOSTILE_HTML.filter((_, index) => purified[index] !== native[index]).map(({ name }) => name);
      expect(differing).to.deep.equal(engineDifferences());
      expect(pwned).to.deep.equal([]);
    });
  });

  describe('the native engine and the <noscript> trick', () => {
    it('gives what this browser parses: the paragraph without its title, or the markup as inert text', async () => {
      const { html } = HOSTILE_HTML.find(({ name }) => name === 'noscript-mxss')!;
      const [native] = await serializeAll([html], 'native');

      expect(native).to.equal(noscriptParsesAsText() ? '&lt;p title=""&gt;after' : '<p>after</p>');
    });
  });
});
