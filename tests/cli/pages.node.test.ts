import { describe, expect, it } from 'vitest';
import { buildSite, type SiteOptions } from '../../src/cli/pages/build-site.js';
import { escapeHtml, scriptJson } from '../../src/cli/pages/escape.js';
import { letterFolder, pathUnder, relativeLink, siteBase, termFolder } from '../../src/cli/pages/site-paths.js';
import { linkFrom, planSite, relinkHtml, termLinkFrom } from '../../src/cli/pages/site-plan.js';
import { NEARBY_TERMS } from '../../src/cli/pages/index-page.js';
import { sitemapXml } from '../../src/cli/pages/sitemap.js';
import { applyTemplate, CONTENT_MARK, DEFAULT_TEMPLATE, templateProblem } from '../../src/cli/pages/template.js';
import { validateGlossary } from '../../src/data/validate.js';
import type { GlossaryData } from '../../src/data/types.js';

const BASE = 'https://example.com/glossary/';

const data: GlossaryData = {
  title: 'Freelance <Glossary>',
  url: BASE,
  language: 'en',
  terms: [
    {
      id: 'back-end',
      term: 'Back-End',
      summary: 'The server side & more.',
      definition:
        '<p>Runs on the <a href="https://example.com/glossary/f/front-end/#top">server</a>, see <a href="javascript:alert(1)">this</a>.</p>' +
        '<script>alert(1)</script><p onclick="alert(2)">Second <img src=x onerror=alert(3)>paragraph.</p>',
      seeAlso: ['front-end', '404-page'],
      articles: [{ title: 'Stack', url: 'https://example.com/blog/stack/', image: 'images/stack.svg' }],
    },
    { id: 'front-end', term: 'Front-End', definition: '<p>In the browser.</p>', url: 'https://example.com/glossary/f/front-end/' },
    { id: '404-page', term: '404 Page', definition: '<p>Not found.</p>', url: 'https://elsewhere.example/404/' },
    { id: 'evil', term: 'Evil</script><script>alert(1)</script>', definition: '<p>Closes scripts.</p>' },
  ],
};

const glossary = () => validateGlossary(structuredClone(data), { warn: () => {} });

async function site(options: Partial<SiteOptions> = {}): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for await (const { path, text } of buildSite(glossary(), { template: DEFAULT_TEMPLATE, ...options })) files.set(path, text);
  return files;
}

/** The text of the page's `<script type="application/json">`, parsed. */
const pageData = (html: string) => JSON.parse(/<script type="application\/json" id="glossary-term-data">(.*?)<\/script>/s.exec(html)![1]!);

describe('site paths', () => {
  it('files a term under its lower-cased letter, digits and symbols under 0-9', () => {
    expect(letterFolder('B', 'en')).toBe('b');
    expect(letterFolder('#', 'en')).toBe('0-9');
    expect(termFolder('#', 'en', '404-page')).toBe('0-9/404-page/');
    expect(termFolder('Å', 'sv', 'asa')).toBe('%C3%A5/asa/');
  });

  it('links relatively between pages, naming index.html', () => {
    expect(relativeLink('b/back-end/', 'f/front-end/')).toBe('../../f/front-end/index.html');
    expect(relativeLink('b/back-end/', '')).toBe('../../index.html');
    expect(relativeLink('', 'b/back-end/')).toBe('b/back-end/index.html');
    expect(relativeLink('', '')).toBe('index.html');
    expect(relativeLink('b/back-end/', 'glossary-elements.iife.js')).toBe('../../glossary-elements.iife.js');
  });

  it('reads a base URL as a folder and finds the site paths under it', () => {
    expect(siteBase('https://example.com/glossary')).toBe(BASE);
    expect(siteBase('ftp://example.com/')).toBeUndefined();
    expect(pathUnder('https://example.com/glossary/b/back-end/', BASE)).toEqual({ path: 'b/back-end/', hash: '' });
    expect(pathUnder('https://example.com/glossary/b/back-end/index.html#x', BASE)).toEqual({ path: 'b/back-end/', hash: '#x' });
    expect(pathUnder('https://example.com/glossary', BASE)).toEqual({ path: '', hash: '' });
    expect(pathUnder('https://example.com/blog/', BASE)).toBeUndefined();
    expect(pathUnder('https://example.com/glossary/b/back-end/', undefined)).toBeUndefined();
  });
});

describe('links in the data', () => {
  const plan = () => {
    const g = glossary();
    return { plan: planSite(g, BASE), terms: g.terms };
  };

  it('turns URLs of the site\'s pages into relative links and leaves the others', () => {
    const { plan: p } = plan();
    expect(linkFrom(p, 'b/back-end/', 'https://example.com/glossary/f/front-end/#top')).toBe('../../f/front-end/index.html#top');
    expect(linkFrom(p, 'b/back-end/', 'https://example.com/glossary/')).toBe('../../index.html');
    expect(linkFrom(p, 'b/back-end/', 'https://example.com/glossary/x/not-a-page/')).toBe('https://example.com/glossary/x/not-a-page/');
    expect(linkFrom(p, 'b/back-end/', 'https://example.com/blog/')).toBe('https://example.com/blog/');
  });

  it('links a term to its generated page unless its url lives elsewhere', () => {
    const { plan: p, terms } = plan();
    const byId = (id: string) => terms.find((term) => term.id === id)!;
    expect(termLinkFrom(p, '', byId('front-end'))).toBe('f/front-end/index.html');
    expect(termLinkFrom(p, 'b/back-end/', byId('evil'))).toBe('../../e/evil/index.html');
    expect(termLinkFrom(p, '', byId('404-page'))).toBe('https://elsewhere.example/404/');
  });

  it('rewrites every href of sanitized HTML, keeping it escaped', () => {
    const html = '<p><a href="https://a.example/?x=1&amp;y=&quot;2&quot;" rel="noopener noreferrer">a</a></p>';
    expect(relinkHtml(html, (href) => `${href}&z`)).toBe('<p><a href="https://a.example/?x=1&amp;y=&quot;2&quot;&amp;z" rel="noopener noreferrer">a</a></p>');
  });
});

describe('escaping', () => {
  it('escapes text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('writes JSON that no string can end a script element with', () => {
    const json = scriptJson({ name: '</script><!-- \u2028' });
    expect(json).not.toMatch(/<|\u2028/);
    expect(JSON.parse(json)).toEqual({ name: '</script><!-- \u2028' });
  });
});

describe('templates', () => {
  const parts = { lang: 'de-CH', head: '<title>Neu</title>', content: '<p>$& content</p>' };

  it('puts the content in place of the comment, the head before </head> instead of the title, lang on <html>', () => {
    const page = applyTemplate(`<!doctype html><html class="x" lang="en"><head><title>Old</title><meta charset="utf-8"></head><body>${CONTENT_MARK}</body></html>`, parts);
    expect(page).toBe('<!doctype html><html lang="de-CH" class="x"><head><meta charset="utf-8"><title>Neu</title>\n</head><body><p>$& content</p></body></html>');
  });

  it('skips what comments mention', () => {
    const template = `<!-- <html> <title>x</title> </head> --><html><head><title>Old</title></head><body>${CONTENT_MARK}</body></html>`;
    expect(applyTemplate(template, parts)).toBe(
      '<!-- <html> <title>x</title> </head> --><html lang="de-CH"><head><title>Neu</title>\n</head><body><p>$& content</p></body></html>',
    );
    expect(templateProblem(`<!-- </head> --><html><body>${CONTENT_MARK}</body></html>`)).toMatch(/<\/head>/);
  });

  it('adds lang where the template has none', () => {
    expect(applyTemplate(`<HTML><HEAD></HEAD>${CONTENT_MARK}</HTML>`, parts)).toMatch(/^<html lang="de-CH">/);
  });

  it('names what a template lacks', () => {
    expect(templateProblem(DEFAULT_TEMPLATE)).toBeUndefined();
    expect(templateProblem('<html><head></head><body></body></html>')).toMatch(/glossary-content/);
    expect(templateProblem(`<html><body>${CONTENT_MARK}</body></html>`)).toMatch(/<\/head>/);
  });
});

describe('the site', () => {
  it('has the index, a page per term at <letter>/<id>/, and a sitemap of folder URLs with --base-url', async () => {
    const files = await site({ baseUrl: BASE });
    expect([...files.keys()].sort()).toEqual(['0-9/404-page/index.html', 'b/back-end/index.html', 'e/evil/index.html', 'f/front-end/index.html', 'index.html', 'sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<loc>https://example.com/glossary/0-9/404-page/</loc>');
    expect(files.get('sitemap.xml')).toContain(`<loc>${BASE}</loc>`);
    expect(sitemapXml(['https://a.example/?a&b'])).toContain('<loc>https://a.example/?a&amp;b</loc>');
  });

  it('has no sitemap or canonical link without --base-url', async () => {
    const files = await site();
    expect(files.has('sitemap.xml')).toBe(false);
    expect(files.get('b/back-end/index.html')).not.toContain('rel="canonical"');
  });

  it('gives each term page its head: lang, title, description, canonical, escaped JSON-LD, the script', async () => {
    const files = await site({ baseUrl: BASE });
    const page = files.get('b/back-end/index.html')!;
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toContain('<title>Back-End — Freelance &lt;Glossary&gt;</title>');
    expect(page).toContain('<meta name="description" content="The server side &amp; more.">');
    expect(page).toContain(`<link rel="canonical" href="${BASE}b/back-end/">`);
    expect(page).toContain('<script src="../../glossary-elements.iife.js" defer></script>');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!);
    expect(jsonLd).toMatchObject({ '@type': 'DefinedTerm', name: 'Back-End', url: `${BASE}b/back-end/`, inDefinedTermSet: { url: BASE } });

    // A term without a summary is described by its definition's first sentence, in the head and the JSON-LD.
    const front = files.get('f/front-end/index.html')!;
    expect(front).toContain('<meta name="description" content="In the browser.">');
    expect(JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(front)![1]!)).toMatchObject({ description: 'In the browser.' });

    const evil = files.get('e/evil/index.html')!;
    // The name's "</script>" is written as \u003c/script> inside both scripts, so each ends where it should.
    expect(evil.match(/<\/script>/g)).toHaveLength(3);
    expect(evil).toContain('"name":"Evil\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"');
  });

  it('renders the term on the server in declarative shadow DOM, with the sanitized definition', async () => {
    const page = (await site({ baseUrl: BASE })).get('b/back-end/index.html')!;
    const element = /<glossary-term[^>]*>[\s\S]*<\/glossary-term>/.exec(page)![0];
    expect(element).toMatch(/^<glossary-term[^>]* variant="full" heading-level="1" src="#glossary-term-data" term="back-end">/);
    expect(element).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(element).toMatch(/<h1 id="name" part="heading" class="name">(<!--[^>]*-->)*Back-End/);
    expect(element).toContain('<a href="../../f/front-end/index.html#top" rel="noopener noreferrer">server</a>');
    expect(element).toContain('<p>Second paragraph.</p>');
    for (const hostile of ['<script>alert', 'javascript:', 'onclick', 'onerror', 'src="x"']) expect(element).not.toContain(hostile);
    // See-also links lead to the generated page, or to the term's own page elsewhere.
    expect(element).toContain('href="../../f/front-end/index.html"');
    expect(element).toContain('href="https://elsewhere.example/404/"');
    // The breadcrumb's root and letter lead to the index page.
    expect(element).toContain('href="../../index.html"');
    expect(element).toContain('href="../../index.html#letter-B"');
    expect(element).toContain('src="../../images/stack.svg"');
  });

  it('hands the browser the same data, sanitized, with links relative to the page', async () => {
    const page = (await site({ baseUrl: BASE })).get('b/back-end/index.html')!;
    const json = pageData(page);
    expect(json).toMatchObject({ title: 'Freelance <Glossary>', url: '../../index.html', language: 'en' });
    expect(json.terms.map((term: { id: string }) => term.id)).toEqual(['back-end', 'front-end', '404-page']);
    expect(json.terms[0].definition).toBe(
      '<p>Runs on the <a href="../../f/front-end/index.html#top" rel="noopener noreferrer">server</a>, see <a rel="noopener noreferrer">this</a>.</p><p>Second paragraph.</p>',
    );
    expect(json.terms[0].articles[0].image).toBe('../../images/stack.svg');
  });

  it('lists every term on the index as a relative link, under its letter\'s anchor', async () => {
    const index = (await site()).get('index.html')!;
    expect(index).toContain('<a href="b/back-end/index.html">Back-End</a>');
    expect(index).toContain('<a href="https://elsewhere.example/404/">404 Page</a>');
    expect(index).toContain('<a href="e/evil/index.html">Evil&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>');
    expect(index).toContain('id="letter-B"');
    expect(index).toContain('id="letter-#"');
    expect(index).toContain('<a href="#letter-%23">#</a>');
  });

  it('puts the A–Z bar and the letter\'s terms on term pages only when asked', async () => {
    expect((await site()).get('f/front-end/index.html')).not.toContain('class="glossary-index"');
    const page = (await site({ withIndex: true })).get('f/front-end/index.html')!;
    expect(page).toContain('<nav class="glossary-index"');
    expect(page).toContain('<a href="../../index.html#letter-B">B</a>');
    expect(page).toContain('<li><a href="../../f/front-end/index.html">Front-End</a></li>');
  });

  it('lists only the terms around this one in a big letter', async () => {
    const many = validateGlossary({ title: 'T', terms: Array.from({ length: 60 }, (_, i) => ({ id: `a${i}`, term: `A ${String(i).padStart(2, '0')}`, definition: '<p>x</p>' })) });
    const files = new Map<string, string>();
    for await (const { path, text } of buildSite(many, { template: DEFAULT_TEMPLATE, withIndex: true })) files.set(path, text);
    const listed = (path: string) => [.../<nav class="glossary-index".*?<\/nav><ul>(.*?)<\/ul>/s.exec(files.get(path)!)![1]!.matchAll(/<li>/g)].length;
    expect(listed('a/a0/index.html')).toBe(NEARBY_TERMS + 1);
    expect(listed('a/a30/index.html')).toBe(2 * NEARBY_TERMS + 1);
  });

  it('uses the site owner\'s template', async () => {
    const template = `<!doctype html><html><head><title>Mine</title></head><body><alert-signup action="https://api.example.com/s"></alert-signup>${CONTENT_MARK}</body></html>`;
    const page = (await site({ template })).get('b/back-end/index.html')!;
    expect(page).not.toContain('Mine');
    expect(page).toMatch(/<alert-signup action="https:\/\/api.example.com\/s"><\/alert-signup>(<!--[^>]*-->)*<glossary-term/);
  });
});
