import { expect } from '@open-wc/testing';
import type { GlossaryData } from '../../src/data/types.js';
import { cleanup, mount, part, sampleGlossary, settled } from '../support/harness.js';

async function show(term: string, attributes: Record<string, string> = {}, edit?: (glossary: GlossaryData) => void) {
  const glossary = await sampleGlossary();
  edit?.(glossary);
  const mounted = mount('glossary-term', { attributes: { term, ...attributes }, properties: { glossary } });
  await settled(mounted);
  return mounted.element;
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('<glossary-term> card variant', () => {
  afterEach(cleanup);

  it('shows the name, the first paragraph of the definition, see-also and Read more', async () => {
    const element = await show('back-end');
    const definition = part(element, 'definition')!;

    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Back-End');
    expect(definition.querySelectorAll('p')).to.have.length(1);
    expect(definition.textContent).to.match(/^The back-end is the part of a website or application/);
    expect(texts(part(element, 'see-also')!, 'a')).to.deep.equal(['Front-End', 'Full-Stack', 'Milestone Payments']);
    const readMore = part(element, 'read-more') as HTMLAnchorElement;
    expect(readMore.href).to.equal('https://example.com/glossary/b/back-end/');
    expect(readMore.textContent!.replace(/\s+/g, ' ')).to.equal('Read more about Back-End');
    await expect(element).to.be.accessible();
  });

  it('finds a term by alias, by name and without accents or case', async () => {
    for (const [query, name] of [['Backend', 'Back-End'], ['server SIDE', 'Back-End'], ['RESUME', 'Résumé'], ['scope creep', 'Scope Creep']]) {
      const element = await show(query!);
      expect(part(element, 'heading')!.textContent, query).to.equal(name);
    }
  });

  it('has no Read more link when the term has no page of its own', async () => {
    const element = await show('back-end', {}, (glossary) => delete glossary.terms.find((t) => t.id === 'back-end')!.url);

    expect(part(element, 'read-more')).to.be.null;
  });

  it('puts the heading at `heading-level`', async () => {
    const element = await show('back-end', { 'heading-level': '4' });

    expect(part(element, 'heading')!.localName).to.equal('h4');
  });

  it('clamps a level outside 1–6', async () => {
    const element = await show('back-end', { 'heading-level': '9' });

    expect(part(element, 'heading')!.localName).to.equal('h6');
  });
});

describe('<glossary-term> full variant', () => {
  afterEach(cleanup);

  it('shows the breadcrumb Glossary › B › Back-End with the letter linking to the index', async () => {
    const element = await show('back-end', { variant: 'full' });
    const crumbs = part(element, 'breadcrumb')!;
    const links = [...crumbs.querySelectorAll('a')];

    expect(crumbs.getAttribute('aria-label')).to.equal('Breadcrumb');
    expect(texts(crumbs, 'li')).to.deep.equal(['Freelance Glossary', 'B', 'Back-End']);
    expect(links.map((a) => a.href)).to.deep.equal([
      'https://example.com/glossary/',
      'https://example.com/glossary/#letter-B',
    ]);
    expect(crumbs.querySelector('[aria-current="page"]')!.textContent).to.equal('Back-End');
  });

  it('files digits under # and accented initials under their letter', async () => {
    const digit = await show('1099-contractor', { variant: 'full' });
    const accented = await show('resume', { variant: 'full' });

    expect(texts(part(digit, 'breadcrumb')!, 'li')[1]).to.equal('#');
    expect(part(digit, 'breadcrumb')!.querySelectorAll('a')[1]!.href).to.equal('https://example.com/glossary/#letter-%23');
    expect(texts(part(accented, 'breadcrumb')!, 'li')[1]).to.equal('R');
  });

  it('shows the breadcrumb as plain text when the glossary has no url', async () => {
    const element = await show('back-end', { variant: 'full' }, (glossary) => delete glossary.url);

    expect(part(element, 'breadcrumb')!.querySelectorAll('a')).to.have.length(0);
    expect(texts(part(element, 'breadcrumb')!, 'li')).to.deep.equal(['Freelance Glossary', 'B', 'Back-End']);
  });

  it('shows the whole definition, see-also, the related articles and the More articles link', async () => {
    const element = await show('back-end', { variant: 'full', 'heading-level': '1' });
    const root = element.shadowRoot!;

    expect(part(element, 'heading')!.localName).to.equal('h1');
    expect(part(element, 'definition')!.querySelectorAll('p').length).to.be.greaterThan(1);
    expect(texts(root, 'h2')).to.deep.equal(['See also', 'Articles that talk about Back-End']);
    const articles = root.querySelectorAll('[part="article"]');
    expect(articles).to.have.length(4);
    const first = articles[0]!;
    expect(first.querySelector('h3 a')!.getAttribute('href')).to.match(/^https:\/\/example\.com\/blog\//);
    expect(first.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(first.querySelector('p')!.textContent!.length).to.be.greaterThan(20); // the excerpt
    expect(first.querySelector('img')!.getAttribute('alt')).to.equal('');
    const more = part(element, 'more-articles') as HTMLAnchorElement;
    expect(more.textContent).to.equal('More articles about Back-End');
    expect(more.href).to.equal('https://example.com/blog/tag/back-end/');
    await expect(element).to.be.accessible();
  });

  it('leaves out the articles section and the More link for a term without them', async () => {
    const element = await show('back-end', { variant: 'full' }, (glossary) => {
      const term = glossary.terms.find((t) => t.id === 'back-end')!;
      delete term.articles;
      delete term.moreArticlesUrl;
    });

    expect(part(element, 'articles')).to.be.null;
    expect(part(element, 'more-articles')).to.be.null;
  });

  it('formats article dates in the glossary language', async () => {
    const element = await show('back-end', { variant: 'full' }, (glossary) => {
      glossary.language = 'fr';
      glossary.terms.find((t) => t.id === 'back-end')!.articles![0]!.date = '2024-05-01';
    });
    const root = element.shadowRoot!;

    expect(root.querySelector('time')!.textContent).to.equal('1 mai 2024');
    expect(texts(root, 'h3')[0]).to.not.equal('');
    expect(texts(root, 'section h3, section h2')).to.include('Voir aussi');
  });
});

describe('<glossary-term> language and direction', () => {
  afterEach(cleanup);

  const arabic = {
    title: 'مسرد العمل الحر',
    language: 'ar',
    terms: [
      { id: 'invoice', term: 'فاتورة', definition: '<p>مستند يطلب الدفع مقابل عمل منجز.</p>', seeAlso: ['api'] },
      { id: 'api', term: 'API', definition: '<p>واجهة برمجة التطبيقات.</p>' },
    ],
  };

  it('marks an Arabic term right to left, in Arabic, with Arabic UI words', async () => {
    const mounted = mount('glossary-term', { attributes: { term: 'invoice', variant: 'full' }, properties: { glossary: arabic } });
    await settled(mounted);
    const base = part(mounted.element, 'base')!;

    expect(base.getAttribute('lang')).to.equal('ar');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(texts(mounted.element.shadowRoot!, 'h3')).to.deep.equal(['انظر أيضًا']);
    await expect(mounted.element).to.be.accessible();
  });

  it('keeps an English card left to right on a right-to-left page', async () => {
    const page = document.createElement('div');
    page.dir = 'rtl';
    document.body.append(page);
    try {
      const mounted = mount('glossary-term', { attributes: { term: 'back-end' }, properties: { glossary: await sampleGlossary() } });
      page.append(mounted.element);
      await settled(mounted);

      expect(getComputedStyle(part(mounted.element, 'base')!).direction).to.equal('ltr');
    } finally {
      page.remove();
    }
  });
});

// Set through the element's own custom property, not emulated media: emulation is a Chromium-only
// (CDP) command, and this checks the same light-dark() palette in every engine.
describe('<glossary-term> colour scheme', () => {
  afterEach(cleanup);

  const LIGHT_TEXT = 'rgb(28, 32, 36)';
  const DARK_TEXT = 'rgb(232, 234, 237)';

  async function textColour(style?: string): Promise<string> {
    const mounted = mount('glossary-term', {
      attributes: { term: 'back-end', ...(style && { style }) },
      properties: { glossary: await sampleGlossary() },
    });
    await settled(mounted);
    return getComputedStyle(part(mounted.element, 'heading')!).color;
  }

  it('uses the dark palette when --glossary-color-scheme is dark, and the light one when it is light', async () => {
    expect(await textColour('--glossary-color-scheme: dark')).to.equal(DARK_TEXT);
    expect(await textColour('--glossary-color-scheme: light')).to.equal(LIGHT_TEXT);
  });

  it('follows the reader’s prefers-color-scheme when nothing pins it', async () => {
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;

    expect(await textColour()).to.equal(prefersDark ? DARK_TEXT : LIGHT_TEXT);
  });
});
