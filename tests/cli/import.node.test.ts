import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readCsv, detectDelimiter } from '../../src/cli/csv-source.js';
import { definitionHtml, sanitizeHtml } from '../../src/cli/definition-html.js';
import { buildGlossary } from '../../src/cli/build-glossary.js';
import { glossaryJson, importGlossary } from '../../src/cli/import-glossary.js';
import { readMarkdown } from '../../src/cli/markdown-source.js';
import { formatProblem } from '../../src/cli/problems.js';
import { slugOf } from '../../src/cli/slug.js';
import { validateGlossary } from '../../src/data/validate.js';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'glossary-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Imports CSV text as the file `name`; gives the document and the problems as the CLI prints them. */
async function importCsv(text: string, name = 'terms.csv') {
  const path = join(work, name);
  writeFileSync(path, text);
  const result = await importGlossary(path, { title: 'T' });
  return { ...result, lines: result.problems.map((problem) => formatProblem({ ...problem, file: problem.file.replace(`${work}/`, '') })) };
}

describe('CSV', () => {
  it('reads a file with a byte order mark, quoted newlines and doubled quotes', async () => {
    const { document, lines } = await importCsv('\uFEFF"term","definition"\r\n"Kill ""Fee""","One line\r\nand another, with a comma"\r\n');

    expect(lines).toEqual([]);
    expect(document.terms).toEqual([{ id: 'kill-fee', term: 'Kill "Fee"', definition: '<p>One line\nand another, with a comma</p>' }]);
  });

  it.each([
    ['semicolons', 'term;definition;aliases\nA, B;x, y;one|two\n', ';'],
    ['tabs', 'term\tdefinition\taliases\nA, B\tx, y\tone|two\n', '\t'],
    ['commas, the delimiter in quotes notwithstanding', '"term;x",definition\nA,b\n', ','],
  ])('detects %s as the delimiter from the header line', (_label, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('reads a semicolon export of a spreadsheet set to a comma-decimal language', async () => {
    const { document } = await importCsv('term;definition;aliases\nA, B;x, y;one|two\n');

    expect(document.terms).toEqual([{ id: 'a-b', term: 'A, B', aliases: ['one', 'two'], definition: '<p>x, y</p>' }]);
  });

  it('reads a .tsv file as tab-separated', async () => {
    const { document } = await importCsv('term\tdefinition\nA,B;C\tx\n', 'terms.tsv');

    expect(document.terms.map((term) => term.term)).toEqual(['A,B;C']);
  });

  it('names columns loosely, ignores unknown ones with a warning, and leaves empty cells out', async () => {
    const { document, lines } = await importCsv('Term,Definition,See also,Categories,Notes\nA,a,,  ,internal\nB,b,a,X | Y |,\n');

    expect(lines).toEqual(['terms.csv: warning row 1: column "Notes" is not a glossary field; it is ignored']);
    expect(document.terms).toEqual([
      { id: 'a', term: 'A', definition: '<p>a</p>' },
      { id: 'b', term: 'B', definition: '<p>b</p>', seeAlso: ['a'], categories: ['X', 'Y'] },
    ]);
  });

  it('reads TRUE and FALSE in any case as booleans, and reports anything else', async () => {
    const { problems, lines } = await importCsv('term,definition,caseSensitive,autolink\nA,a,TRUE,false\nB,b,True,FaLsE\nC,c,yes,\n');

    expect(lines).toEqual(['terms.csv: error row 4: caseSensitive must be TRUE or FALSE, got "yes"']);
    const { document } = await importCsv('term,definition,caseSensitive,autolink\nA,a,TRUE,false\nB,b,True,FaLsE\n');
    expect(document.terms.map(({ caseSensitive, autolink }) => [caseSensitive, autolink])).toEqual([[true, false], [true, false]]);
    expect(problems).toHaveLength(1);
  });

  it('reports every row without a term or a definition, by row number (the header is row 1), all at once', async () => {
    const { lines, failed } = await importCsv('term,definition\nA,a\n,no name\n\nB,\n"C","multi\nline"\n,\n');

    expect(failed).toBe(true);
    expect(lines).toEqual([
      'terms.csv: error row 3: no term: every term needs its name in "term"',
      'terms.csv: error row 4: no definition: every term needs one',
    ]);
  });

  it('reports a missing term or definition column once, on row 1', async () => {
    const { lines } = await importCsv('name,definition\nA,a\n');

    expect(lines).toEqual([
      'terms.csv: warning row 1: column "name" is not a glossary field; it is ignored',
      'terms.csv: error row 1: no "term" column: it is required',
    ]);
  });

  it('reports a broken quote with its line', async () => {
    const { lines } = await importCsv('term,definition\nA,a\nB,"b"x\n');

    expect(lines).toEqual([expect.stringMatching(/^terms\.csv: error line 3: not valid CSV here, nothing after it is read: Invalid Closing Quote/)]);
  });

  it('keeps given ids, derives the others from the names, and makes them unique', async () => {
    const { document, lines } = await importCsv('id,term,definition\n,Net 30,a\nnet-30,Net-30 terms,b\n,Net 30 ,c\n,Résumé,d\n,Café Working,e\n,日本語,f\n');

    expect(document.terms.map((term) => term.id)).toEqual(['net-30-2', 'net-30', 'net-30-3', 'resume', 'cafe-working', 'term']);
    expect(lines).toEqual(['terms.csv: warning row 4: "Net 30" is also a name of "Net 30" (row 2); lookups find that one']);
  });

  it('reports a given id that is malformed or used twice', async () => {
    const { lines } = await importCsv('id,term,definition\nBack End,A,a\nb,B,b\nb,C,c\n');

    expect(lines).toEqual([
      'terms.csv: error row 2: id must use only a-z, 0-9 and "-", got "Back End"',
      'terms.csv: error row 4: id "b" is already used by row 3',
    ]);
  });

  it('warns of names two terms share, as lookups see them ("Back-End", "back end")', async () => {
    const { lines, failed } = await importCsv('term,aliases,definition\nBack-End,Server side,a\nback end,,b\nServer,SERVER SIDE,c\n');

    expect(failed).toBe(false);
    expect(lines).toEqual([
      'terms.csv: warning row 3: "back end" is also a name of "Back-End" (row 2); lookups find that one',
      'terms.csv: warning row 4: "SERVER SIDE" is also a name of "Back-End" (row 2); lookups find that one',
    ]);
  });

  it('resolves see-also by id, name or alias, and leaves out, with a warning, what names no term', async () => {
    const { document, lines, failed } = await importCsv('term,aliases,definition,seeAlso\nBack-End,Backend,a,front-end|Nope|back-end\nFront-End,,b,BACKEND|Back-End\n');

    expect(failed).toBe(false);
    expect(document.terms.map((term) => term.seeAlso)).toEqual([['front-end'], ['back-end']]);
    expect(lines).toEqual([
      'terms.csv: warning row 2: seeAlso names "Nope", which is no term\'s id or name; it is left out',
      'terms.csv: warning row 2: seeAlso names "back-end", the term itself; it is left out',
    ]);
  });

  it('takes the title from the file name unless one is given', async () => {
    const path = join(work, 'my-terms.csv');
    writeFileSync(path, 'term,definition\nA,a\n');

    expect((await importGlossary(path)).document.title).toBe('my-terms');
    expect((await importGlossary(path, { title: 'Mine', language: 'de', url: 'https://x.test/' })).document).toMatchObject({ title: 'Mine', language: 'de', url: 'https://x.test/' });
  });

  it('skips rows left empty at the end of an export', () => {
    expect(readCsv('term,definition\nA,a\n,\n,,\n', 'x.csv').entries).toHaveLength(1);
  });
});

describe('Markdown files', () => {
  it('reads the fields from the front matter, the definition from the body, the id from the file name', () => {
    const text = '---\nterm: Kill Fee\naliases: [Cancellation fee]\nseeAlso:\n  - invoice\nautolink: false\n---\n\nA fee for *cancelled* work.\n';

    const { entry, problems } = readMarkdown(text, 'glossary/kill-fee.md');

    expect(problems).toEqual([]);
    expect(Object.fromEntries(entry!.values)).toEqual({
      term: 'Kill Fee',
      aliases: ['Cancellation fee'],
      seeAlso: ['invoice'],
      autolink: false,
      definition: 'A fee for *cancelled* work.',
      id: 'kill-fee',
    });
  });

  it('prefers an id in the front matter to the file name', () => {
    expect(readMarkdown('---\nid: fee\nterm: Fee\n---\nx\n', 'a.md').entry!.values.get('id')).toBe('fee');
  });

  it('reports bad front matter with its line in the file', () => {
    const { entry, problems } = readMarkdown('---\nterm: A\naliases: [x\nsummary: y\n---\nbody\n', 'a.md');

    expect(entry).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^a\.md: error line [3-5]: the front matter is not valid YAML: /)]);
  });

  it('reports front matter that is not closed, or not "field: value" lines', () => {
    expect(readMarkdown('---\nterm: A\n\nbody\n', 'a.md').problems.map(formatProblem)).toEqual(['a.md: error line 1: the front matter has no closing "---" line']);
    expect(readMarkdown('---\n- a\n- b\n---\nbody\n', 'b.md').problems.map(formatProblem)).toEqual(['b.md: error line 2: the front matter must be a set of "field: value" lines']);
  });

  it('warns of front matter fields that are no glossary fields, with their line', () => {
    const { problems } = readMarkdown('---\nterm: A\nlayout: post\ndefinition: x\n---\nbody\n', 'a.md');

    expect(problems.map(formatProblem)).toEqual([
      'a.md: warning line 3: "layout" is ignored: it is not a glossary field',
      'a.md: warning line 4: "definition" is ignored: the body is the definition',
    ]);
  });

  it('reads a file saved with a byte order mark', async () => {
    const folder = join(work, 'md-bom');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'fee.md'), '\uFEFF---\nterm: Fee\n---\nA fee.\n');

    const { document, problems } = await importGlossary(folder);

    expect(problems).toEqual([]);
    expect(document.terms).toEqual([{ id: 'fee', term: 'Fee', definition: '<p>A fee.</p>' }]);
  });

  it('reports a file without a term or without a body, naming the file', async () => {
    const folder = join(work, 'md-missing');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.md'), 'Just a body.\n');
    writeFileSync(join(folder, 'b.md'), '---\nterm: B\n---\n\n');
    writeFileSync(join(folder, 'c.md'), '---\nterm: C\ncaseSensitive: maybe\n---\nc\n');

    const { problems, failed } = await importGlossary(folder);

    expect(failed).toBe(true);
    expect(problems.map((problem) => formatProblem({ ...problem, file: problem.file.replace(`${folder}/`, '') }))).toEqual([
      'a.md: error line 1: no term: every term needs its name in "term"',
      'b.md: error line 1: no definition: every term needs one',
      'c.md: error line 3: caseSensitive must be TRUE or FALSE, got "maybe"',
    ]);
  });
});

describe('definitions', () => {
  it('turns Markdown into HTML', () => {
    expect(definitionHtml('A **bold** [link](https://example.com/) and `code`.\n\n- one\n- two')).toBe(
      '<p>A <strong>bold</strong> <a href="https://example.com/" rel="noopener noreferrer">link</a> and <code>code</code>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    );
  });

  it('keeps HTML definitions as they are when the elements would', () => {
    const html = '<p>A <em>b</em> <abbr>c</abbr> <sub>d</sub><sup>e</sup>.</p><blockquote><p>q</p></blockquote><pre><code>x &lt; y</code></pre>';

    expect(definitionHtml(html)).toBe(html);
  });

  it.each([
    ['a script element, with its content', 'Hi<script>alert(1)</script> there', '<p>Hi there</p>'],
    ['a javascript: link, keeping its text', '[click](javascript:alert(1)) or <a href="JaVaScRiPt:alert(1)">this</a>', '<p><a rel="noopener noreferrer">click</a> or <a rel="noopener noreferrer">this</a></p>'],
    ['handlers and every attribute but href', '<p onclick="x()" class="c" style="color:red">a <a href="/x" target="_blank" onmouseover="y()">b</a></p>', '<p>a <a href="/x" rel="noopener noreferrer">b</a></p>'],
    ['an image with onerror', 'x <img src=x onerror="alert(1)"> y', '<p>x  y</p>'],
    ['an SVG with an onload', 'x<svg onload="alert(1)"><text>t</text></svg>y', '<p>xy</p>'],
    ['iframes, styles, forms and buttons, with their content', '<iframe src="https://evil.test">f</iframe><style>p{}</style><form><input><button>b</button></form><p>kept</p>', '<p>kept</p>'],
    ['raw HTML off the list, unwrapped with its text kept', '<div><span class="x">one</span> <h2>two</h2></div>', 'one two'],
    ['a Markdown heading, unwrapped as the elements would', '## Title\n\nText', 'Title\n<p>Text</p>'],
    ['comments', 'a <!-- hidden --> b', '<p>a  b</p>'],
    ['markup in a code block, which stays text', '```\n<script>x</script>\n```', '<pre><code>&lt;script&gt;x&lt;/script&gt;\n</code></pre>'],
  ])('drops %s', (_label, source, html) => {
    expect(definitionHtml(source)).toBe(html);
  });

  it('keeps mailto, relative and fragment links', () => {
    expect(definitionHtml('[m](mailto:a@b.test) [r](../b/) [f](#top)')).toBe(
      '<p><a href="mailto:a@b.test" rel="noopener noreferrer">m</a> <a href="../b/" rel="noopener noreferrer">r</a> <a href="#top" rel="noopener noreferrer">f</a></p>',
    );
  });

  it('gives HTML that its own sanitizer, as a browser reads it back, leaves unchanged', () => {
    // A paragraph unwrapped from a div inside a paragraph would nest paragraphs, which no parser builds.
    // A newline a span kept from the start of a pre is one the parser drops once the span is gone.
    const hostile = '<p>a<div><p>b</p></div>c</p><table><tr><td><p>cell</p></td></tr></table><pre><span>\nx</span></pre><ul><li><xmp><b>x</b></xmp></li></ul>';
    const once = sanitizeHtml(hostile);

    expect(sanitizeHtml(once)).toBe(once);
  });

  it('reports a definition that holds nothing readers would see', async () => {
    const { lines } = await importCsv('term,definition\nA,<script>alert(1)</script>\n');

    expect(lines).toEqual(['terms.csv: error row 2: the definition is empty once the markup readers never see is removed']);
  });
});

describe('the output', () => {
  it('writes "</script" and "<!--" with the < escaped, so the file can be pasted into a script element', () => {
    const json = glossaryJson({ title: 'T</SCRIPT><!--', terms: [] });

    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json).title).toBe('T</SCRIPT><!--');
  });

  it('passes the validator with the see-also check as the elements run it', () => {
    const warn = vi.fn();
    const { document } = buildGlossary([], { title: 'Empty' });

    expect(validateGlossary(document, { warn }).terms).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('the samples in examples/', () => {
  const demo = JSON.parse(readFileSync(join(ROOT, 'examples/freelance-glossary.json'), 'utf8')) as {
    title: string;
    terms: Array<Record<string, unknown> & { id: string; definition: string; seeAlso: string[] }>;
  };
  /** The demo's term as an import gives it: links get their rel; no articles from a CSV. */
  const imported = (id: string, { articles = true, among }: { articles?: boolean; among?: Set<string> } = {}) => {
    const { articles: list, ...term } = demo.terms.find((candidate) => candidate.id === id)!;
    return {
      ...term,
      definition: term.definition.replace(/<a href="([^"]*)">/g, '<a href="$1" rel="noopener noreferrer">'),
      ...(among && { seeAlso: term.seeAlso.filter((other) => among.has(other)) }),
      ...(articles && list ? { articles: list } : {}),
    };
  };

  /** marked puts each block on a line of its own: white space between blocks, which readers never see. */
  const joinBlocks = <T extends { definition: string }>(terms: T[]) => terms.map((term) => ({ ...term, definition: term.definition.replace(/>\n</g, '><') }));

  it('the CSV imports to the demo glossary (but its articles), with no problem, and validates clean', async () => {
    const { document, problems } = await importGlossary(join(ROOT, 'examples/freelance-glossary.csv'), { title: demo.title });
    const warn = vi.fn();

    expect(problems).toEqual([]);
    expect(joinBlocks(document.terms)).toEqual(demo.terms.map((term) => imported(term.id, { articles: false })));
    expect(validateGlossary(JSON.parse(glossaryJson(document)), { warn }).terms).toHaveLength(48);
    expect(warn).not.toHaveBeenCalled();
  });

  it('the Markdown folder imports to the same terms, articles included, and validates clean', async () => {
    const { document, problems } = await importGlossary(join(ROOT, 'examples/freelance-glossary-md'));
    const ids = new Set(document.terms.map((term) => term.id));
    const warn = vi.fn();

    expect(problems).toEqual([]);
    expect(document.title).toBe('freelance-glossary-md');
    expect(document.terms.length).toBeGreaterThanOrEqual(8);
    expect(joinBlocks(document.terms)).toEqual([...ids].map((id) => imported(id, { among: ids })));
    expect(validateGlossary(JSON.parse(glossaryJson(document)), { warn }).terms).toHaveLength(ids.size);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('slugs', () => {
  it.each([
    ['Back-End', 'back-end'],
    ['Café Working', 'cafe-working'],
    ['Résumé', 'resume'],
    ['Straße & Œuvre', 'strasse-oeuvre'],
    ['  1099 Contractor!  ', '1099-contractor'],
    ['Łódź Ærø', 'lodz-aero'],
    ['Ｆｕｌｌ width', 'full-width'],
    ['', 'term'],
  ])('%s → %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });
});
