import { expect, waitUntil } from '@open-wc/testing';
import type { GlossaryData } from '../../src/data/types.js';
import type { GlossaryText } from '../../src/glossary-text/glossary-text.js';
import type { GlossaryLinkedDetail } from '../../src/index.js';
import { cleanup, mount, sampleGlossary, settled } from '../support/harness.js';
import { beatsBetween } from '../support/main-thread.js';

/** A glossary small enough to read in a test. */
const glossary = (): GlossaryData => ({
  title: 'Test Glossary',
  language: 'en',
  terms: [
    { id: 'front-end', term: 'Front-End', definition: '<p>What the reader sees.</p>' },
    { id: 'front-end-developer', term: 'Front-End Developer', definition: '<p>Builds the front end.</p>' },
    { id: 'invoice', term: 'Invoice', aliases: ['bill'], definition: '<p>A request for payment.</p>' },
    { id: 'go', term: 'GO', caseSensitive: true, definition: '<p>A board game.</p>' },
    { id: 'kpi', term: 'KPI', autolink: false, definition: '<p>A key performance indicator.</p>' },
  ],
});

interface Linked {
  element: GlossaryText;
  passes: GlossaryLinkedDetail[];
}

/** Mounts `<glossary-text>` around `html` and waits for its first linking pass. */
async function linked(html: string, attributes: Record<string, string> = {}, data = glossary()): Promise<Linked> {
  const { element } = mount<GlossaryText>('glossary-text', { attributes, properties: { glossary: data }, children: html });
  const passes: GlossaryLinkedDetail[] = [];
  element.addEventListener('glossary-linked', (event) => passes.push(event.detail));
  await waitUntil(() => passes.length > 0, 'no linking pass ended');
  return { element, passes };
}

/** Each `<glossary-link>` as [its text, its term]. */
const links = (root: Element) =>
  [...root.querySelectorAll('glossary-link')].map((link) => [link.textContent, link.getAttribute('term')]);

describe('<glossary-text>', () => {
  afterEach(cleanup);

  it('links the first mention of each term, longest name first, and announces what it linked', async () => {
    const { element, passes } = await linked(
      '<p>A front-end developer sends an invoice. The Front-End matters; another bill and another invoice.</p>',
    );

    expect(links(element)).to.deep.equal([
      ['front-end developer', 'front-end-developer'],
      ['invoice', 'invoice'],
      ['Front-End', 'front-end'],
    ]);
    expect(passes[0]!.terms).to.deep.equal([
      { id: 'front-end-developer', count: 1 },
      { id: 'invoice', count: 1 },
      { id: 'front-end', count: 1 },
    ]);
    await expect(element).to.be.accessible();
  });

  it('links every mention with link="all"', async () => {
    const { element } = await linked('<p>An invoice, a bill, another invoice.</p>', { link: 'all' });
    expect(links(element)).to.deep.equal([
      ['invoice', 'invoice'],
      ['bill', 'invoice'],
      ['invoice', 'invoice'],
    ]);
  });

  it('keeps the page’s own nodes, attributes, listeners and text', async () => {
    const { element } = mount<GlossaryText>('glossary-text', {
      properties: { glossary: glossary() },
      children: '<article><p id="p" class="lead" data-x="1">Send the <em>invoice</em> to the front-end team, invoice by invoice.</p></article>',
    });
    const paragraph = element.querySelector('#p')!;
    const emphasis = paragraph.querySelector('em')!;
    const firstText = paragraph.firstChild!;
    let clicks = 0;
    paragraph.addEventListener('click', () => clicks++);
    const before = element.textContent;
    await waitUntil(() => element.querySelector('glossary-link'), 'nothing linked');

    expect(element.querySelector('#p')).to.equal(paragraph);
    expect(paragraph.querySelector('em')).to.equal(emphasis);
    expect(paragraph.firstChild).to.equal(firstText);
    expect([paragraph.className, paragraph.getAttribute('data-x')]).to.deep.equal(['lead', '1']);
    expect(element.textContent).to.equal(before);
    (paragraph as HTMLElement).click();
    expect(clicks).to.equal(1);
    expect(links(element)).to.deep.equal([
      ['invoice', 'invoice'],
      ['front-end', 'front-end'],
    ]);
  });

  it('never links inside skip zones, and a mention there is not the first one', async () => {
    const zones = [
      '<a href="#x">invoice</a>', '<button>invoice</button>', '<label>invoice <input></label>', '<textarea>invoice</textarea>',
      '<select><option>invoice</option></select>', '<code>invoice</code>', '<pre>invoice</pre>', '<kbd>invoice</kbd>',
      '<samp>invoice</samp>', '<h1>invoice</h1>', '<h2>invoice</h2>', '<h3>invoice</h3>', '<h4>invoice</h4>', '<h5>invoice</h5>',
      '<h6>invoice</h6>', '<glossary-term>invoice</glossary-term>', '<div contenteditable>invoice</div>',
      '<div data-glossary-skip><p>deep: invoice</p></div>', '<svg><text>invoice</text></svg>', '<math><mi>invoice</mi></math>',
      '<noscript>invoice</noscript>', '<template>invoice</template>',
    ];
    const { element } = await linked(`${zones.join('')}<p id="last">the invoice at last</p>`);
    expect(links(element)).to.deep.equal([['invoice', 'invoice']]);
    expect(element.querySelector('#last glossary-link')).to.exist;
  });

  it('leaves terms out that are excluded, or that do not autolink, and matches a caseSensitive term only in its case', async () => {
    const { element } = await linked('<p>Go play GO; the invoice and its KPI; the front-end.</p>', { exclude: 'invoice  front-end' });
    expect(links(element)).to.deep.equal([['GO', 'go']]);
  });

  it('counts a link the author placed as the term’s first mention', async () => {
    const { element } = await linked('<p><glossary-link term="Invoice">this bill</glossary-link> and then an invoice.</p>');
    expect(element.querySelectorAll('glossary-link')).to.have.length(1);
  });

  it('links content added later, with the first rule across the whole element', async () => {
    const { element, passes } = await linked('<p id="first">An invoice.</p>');
    const added = document.createElement('p');
    added.innerHTML = 'Another invoice from a front-end developer.';
    element.append(added);
    await waitUntil(() => passes.length === 2, 'the added paragraph was not linked');

    expect(links(added)).to.deep.equal([['front-end developer', 'front-end-developer']]);
    expect(passes[1]!.terms).to.deep.equal([{ id: 'front-end-developer', count: 1 }]);
    // Its own links did not set off another pass.
    added.append(' A bill.');
    await waitUntil(() => passes.length === 3, 'the added text was not read');
    expect(passes.slice(1).map((pass) => pass.terms)).to.deep.equal([[{ id: 'front-end-developer', count: 1 }], []]);
  });

  it('shows the content exactly as written, and says why, when the glossary fails to load', async () => {
    const html = '<p>An invoice from a front-end developer.</p>';
    const mounted = mount<GlossaryText>('glossary-text', { attributes: { src: '/test-api/status/500' }, children: html });
    await settled(mounted, 8000);
    expect(mounted.errors[0]!.detail.kind).to.equal('http');
    expect(mounted.element.innerHTML).to.equal(html);
  });

  it('links a long article in slices, giving the page the main thread in between', async () => {
    const data = await sampleGlossary();
    const words = data.terms.flatMap((term) => [term.term, 'and', 'some', 'plain', 'words', 'between', 'them']);
    // 200 paragraphs of 40 words, about 8,000 words: every term mentioned again and again.
    const paragraphs = Array.from({ length: 200 }, (_, index) => {
      const start = (index * 40) % words.length;
      return `<p>${[...words, ...words].slice(start, start + 40).join(' ')}.</p>`;
    });
    const { element } = mount<GlossaryText>('glossary-text', { attributes: { link: 'all' }, children: paragraphs.join('') });
    const passes: GlossaryLinkedDetail[] = [];
    element.addEventListener('glossary-linked', (event) => passes.push(event.detail));
    const page = beatsBetween(element, 'glossary-load', 'glossary-linked');
    element.glossary = data;
    await waitUntil(() => passes.length > 0, 'no linking pass ended', { timeout: 10_000 });

    expect(passes[0]!.terms.length).to.equal(data.terms.length);
    // Over a thousand links, at most ten a slice: the page had its turn many times.
    expect(page.beats).to.be.greaterThan(20);
  });
});
