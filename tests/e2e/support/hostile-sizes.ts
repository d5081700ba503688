// Glossary documents that froze the page (issue 15), and more of the kind: sizes and shapes a
// real glossary never has. Each is refused or shown without a long task.

const term = (index: number, fields: Record<string, unknown> = {}) => ({
  id: `t-${index}`,
  term: `Term ${index}`,
  definition: `<p>Definition ${index}. More.</p>`,
  ...fields,
});

const document = (terms: unknown[], fields: Record<string, unknown> = {}) => JSON.stringify({ title: 'Sizes', terms, ...fields });

export interface SizeCase {
  name: string;
  /** The document's text, made when the test needs it (some are 20 MB). */
  text: () => string;
  /** The `term` the term elements ask for. */
  term: string;
  /** The index's `query`, when the case searches. */
  query?: string;
  /** What every element reports: `glossary-load`, or the error kind. */
  outcome: 'glossary-load' | 'schema' | 'parse';
  /** What the two term elements report, where it differs (a term not found). */
  termOutcome?: 'not-found';
}

export const SIZE_CASES: SizeCase[] = [
  // Over the 2,000-tag limit: refused. The summary of such markup is linear now (see the unit tests),
  // and the case under the limit below shows it in the browser.
  { name: 'a definition of "<a" × 40,000 (80 KB), no summary', text: () => document([term(0, { definition: '<a'.repeat(40_000) })]), term: 't-0', outcome: 'schema' },
  { name: 'the same at 20 KB', text: () => document([term(0, { definition: '<a'.repeat(10_000) })]), term: 't-0', outcome: 'schema' },
  { name: '"<a" × 2,000 then text, no summary', text: () => document([term(0, { definition: `${'<a'.repeat(2000)} x> Text.` })]), term: 't-0', outcome: 'glossary-load' },
  { name: 'a 10 MB term name', text: () => document([term(0, { term: 'N'.repeat(10_000_000) })]), term: 't-0', outcome: 'schema' },
  { name: 'a 10 MB glossary title', text: () => document([term(0)], { title: 'T'.repeat(10_000_000) }), term: 't-0', outcome: 'schema' },
  { name: 'a 5 MB term name and a misspelt term ("did you mean")', text: () => document([term(0, { term: 'Invoice'.repeat(700_000) }), term(1)]), term: 'invoce', outcome: 'schema' },
  {
    name: '60 terms with 200 KB summaries, a query matching them',
    text: () => document(Array.from({ length: 60 }, (_, index) => term(index, { summary: `invoice ${'word '.repeat(40_000)}` }))),
    term: 't-0',
    query: 'invoice',
    outcome: 'parse', // 12 MB: over the document limit
  },
  { name: 'JSON nested 1,000,000 levels', text: () => `{"title":"T","terms":[],"x":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`, term: 't-0', outcome: 'parse' },
  // Our own: the limits' edges, and the shapes next to them.
  { name: 'a 20 MB document', text: () => document([term(0)], { padding: 'p'.repeat(20_000_000) }), term: 't-0', outcome: 'parse' },
  {
    name: '60 terms with 1,000-character summaries (the limit), a query matching them',
    text: () => document(Array.from({ length: 60 }, (_, index) => term(index, { summary: `invoice ${'word '.repeat(198)}` }))),
    term: 't-0',
    query: 'invoice',
    outcome: 'glossary-load',
  },
  {
    // 400 such terms (20,000 long aliases) still make a task of some 700 ms: the lookup is built in one go.
    name: '80 terms with 50 aliases of 200 characters each, a misspelt term',
    text: () => document(Array.from({ length: 80 }, (_, index) => term(index, { aliases: Array.from({ length: 50 }, (_, alias) => `${alias} ${'alias '.repeat(32)}`.slice(0, 200)) }))),
    term: 'trem 12',
    outcome: 'glossary-load',
    termOutcome: 'not-found',
  },
  { name: 'a 100 KB definition of unclosed "<b>"', text: () => document([term(0, { definition: '<b>'.repeat(33_000) })]), term: 't-0', outcome: 'schema' },
  { name: '2,000 unclosed "<b>" (the tag limit)', text: () => document([term(0, { definition: '<b>'.repeat(2000) })]), term: 't-0', outcome: 'glossary-load' },
  { name: 'a 100 KB definition of "<!--" and "<script"', text: () => document([term(0, { definition: 'x<!--<script'.repeat(8000) })]), term: 't-0', outcome: 'schema' },
  { name: '"<!--" and "<script" × 900', text: () => document([term(0, { definition: 'x<!--<script'.repeat(900) })]), term: 't-0', outcome: 'glossary-load' },
  {
    // 30,000 such terms (9 MB) still make one task of some 700 ms: building the lookup and sorting are not sliced yet.
    name: 'a 1 MB glossary of 3,000 ordinary terms',
    text: () => document(Array.from({ length: 3000 }, (_, index) => term(index, { summary: `Summary ${index}`, definition: `<p>${'A plain sentence. '.repeat(14)}</p>` }))),
    term: 't-12',
    query: 'term 1',
    outcome: 'glossary-load',
  },
];
