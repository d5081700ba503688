import { compact } from '../data/fold.js';
import type { GlossaryData, GlossaryTermData } from '../data/types.js';
import { ID_PATTERN, validateGlossary } from '../data/validate.js';
import { definitionHtml } from './definition-html.js';
import { problemAt, type Entry, type Field, type Place } from './entries.js';
import type { ImportProblem } from './problems.js';
import { UniqueIds } from './slug.js';

const LISTS = ['aliases', 'seeAlso', 'categories'] as const;
const TEXTS = ['summary', 'url', 'moreArticlesUrl'] as const;
const BOOLEANS = ['caseSensitive', 'autolink'] as const;

/** A term as `import` writes it: the document's term, its articles as the source gave them (validation checks them). */
export type ImportedTerm = Omit<GlossaryTermData, 'articles'> & { articles?: unknown[] };

export interface ImportedGlossary extends Omit<GlossaryData, 'terms'> {
  terms: ImportedTerm[];
}

export interface GlossaryFields {
  title: string;
  url?: string;
  language?: string;
}

interface Draft {
  entry: Entry;
  id?: string;
  name: string;
  fields: Partial<ImportedTerm>;
}

/**
 * Turns the entries a source gave into a glossary document. Every problem is collected with its
 * place; the document is only worth writing when none of them is an error.
 */
export function buildGlossary(entries: Entry[], glossary: GlossaryFields): { document: ImportedGlossary; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const report = (entry: Entry, field: Field | undefined, severity: ImportProblem['severity'], message: string) =>
    problems.push(problemAt((field && entry.placeOf?.(field)) || entry.place, severity, message));

  const drafts: Draft[] = [];
  for (const entry of entries) {
    const draft = readEntry(entry, (field, message) => report(entry, field, 'error', message));
    if (draft) drafts.push(draft);
  }

  assignIds(drafts, (draft, message) => report(draft.entry, 'id', 'error', message));
  const idOfName = namesToIds(drafts, (draft, message) => report(draft.entry, 'term', 'warning', message));
  const ids = new Set(drafts.map((draft) => draft.id!));
  for (const draft of drafts) resolveSeeAlso(draft, ids, idOfName, (message) => report(draft.entry, 'seeAlso', 'warning', message));

  const document: ImportedGlossary = {
    title: glossary.title,
    ...(glossary.url !== undefined && { url: glossary.url }),
    ...(glossary.language !== undefined && { language: glossary.language }),
    terms: drafts.map(termOf),
  };
  if (!problems.some((problem) => problem.severity === 'error')) {
    // What validate would say of the file (an article's date, a language tag): said now, with the place.
    checkAsValidateWould(document, drafts, problems);
  }
  return { document, problems };
}

function readEntry(entry: Entry, error: (field: Field | undefined, message: string) => void): Draft | undefined {
  const { values } = entry;
  const fields: Partial<ImportedTerm> = {};
  let ok = true;
  const fail = (field: Field | undefined, message: string) => {
    error(field, message);
    ok = false;
  };

  const name = text(values.get('term'));
  if (name === undefined) fail(undefined, 'no term: every term needs its name in "term"');
  const source = text(values.get('definition'));
  if (source === undefined) fail(undefined, 'no definition: every term needs one');
  else {
    fields.definition = definitionHtml(source);
    if (fields.definition === '') fail('definition', 'the definition is empty once the markup readers never see is removed');
  }
  const id = text(values.get('id'));
  if (id !== undefined && !ID_PATTERN.test(id)) fail('id', `id must use only a-z, 0-9 and "-", got ${JSON.stringify(id)}`);
  for (const field of LISTS) {
    const list = listOf(values.get(field));
    if (list.length > 0) fields[field] = list;
  }
  for (const field of TEXTS) {
    const value = text(values.get(field));
    if (value !== undefined) fields[field] = value;
  }
  for (const field of BOOLEANS) {
    const value = values.get(field);
    if (value === undefined) continue;
    const flag = booleanOf(value);
    if (flag === undefined) fail(field, `${field} must be TRUE or FALSE, got ${JSON.stringify(value)}`);
    else fields[field] = flag;
  }
  const articles = values.get('articles');
  if (articles !== undefined) {
    if (Array.isArray(articles)) fields.articles = articles;
    else fail('articles', 'articles must be a list of { title, url, excerpt, image, date }');
  }
  return ok ? { entry, ...(id !== undefined && { id }), name: name!, fields } : undefined;
}

/** Ids the source gives are kept (a second use is an error); the others are made from the names. */
function assignIds(drafts: Draft[], error: (draft: Draft, message: string) => void): void {
  const ids = new UniqueIds();
  const given = new Map<string, Draft>();
  for (const draft of drafts) {
    if (draft.id === undefined) continue;
    const first = given.get(draft.id);
    if (first) error(draft, `id "${draft.id}" is already used by ${placeName(first.entry.place)}`);
    else given.set(draft.id, draft);
    ids.reserve(draft.id);
  }
  for (const draft of drafts) draft.id ??= ids.derive(draft.name);
}

/** Names and aliases (folded) to ids, warning where two terms share a name. */
function namesToIds(drafts: Draft[], warn: (draft: Draft, message: string) => void): Map<string, string> {
  const owner = new Map<string, Draft>();
  for (const draft of drafts) {
    const own = new Set<string>();
    for (const name of [draft.name, ...(draft.fields.aliases ?? [])]) {
      // As the elements look names up: "Back-End", "back end" and "backend" are one name.
      const key = compact(name);
      const first = owner.get(key);
      if (first && first !== draft) {
        warn(draft, `"${name}" is also a name of "${first.name}" (${placeName(first.entry.place)}); lookups find that one`);
      } else if (!own.has(key)) owner.set(key, draft);
      own.add(key);
    }
  }
  return new Map([...owner].map(([name, draft]) => [name, draft.id!]));
}

/** See-also entries may name a term by id, name or alias; what names no term is dropped with a warning. */
function resolveSeeAlso(draft: Draft, ids: Set<string>, idOfName: Map<string, string>, warn: (message: string) => void): void {
  const list = draft.fields.seeAlso;
  if (!list) return;
  const resolved: string[] = [];
  for (const wanted of list) {
    const id = ids.has(wanted) ? wanted : idOfName.get(compact(wanted));
    if (id === undefined) warn(`seeAlso names "${wanted}", which is no term's id or name; it is left out`);
    else if (id === draft.id) warn(`seeAlso names "${wanted}", the term itself; it is left out`);
    else if (!resolved.includes(id)) resolved.push(id);
  }
  if (resolved.length > 0) draft.fields.seeAlso = resolved;
  else delete draft.fields.seeAlso;
}

function termOf({ id, name, fields }: Draft): ImportedTerm {
  return {
    id: id!,
    term: name,
    ...(fields.aliases && { aliases: fields.aliases }),
    ...(fields.summary !== undefined && { summary: fields.summary }),
    definition: fields.definition!,
    ...(fields.seeAlso && { seeAlso: fields.seeAlso }),
    ...(fields.categories && { categories: fields.categories }),
    ...(fields.url !== undefined && { url: fields.url }),
    ...(fields.articles && { articles: fields.articles }),
    ...(fields.moreArticlesUrl !== undefined && { moreArticlesUrl: fields.moreArticlesUrl }),
    ...(fields.caseSensitive !== undefined && { caseSensitive: fields.caseSensitive }),
    ...(fields.autolink !== undefined && { autolink: fields.autolink }),
  };
}

function checkAsValidateWould(document: ImportedGlossary, drafts: Draft[], problems: ImportProblem[]): void {
  const placeOfPath = (path: string): Place => {
    const index = /^terms\[(\d+)\]/.exec(path)?.[1];
    return index === undefined ? { file: drafts[0]?.entry.place.file ?? '' } : drafts[Number(index)]!.entry.place;
  };
  const warn = (message: string) => {
    const text = message.replace(/^glossary-elements: /, '');
    problems.push(problemAt(placeOfPath(text), 'warning', text));
  };
  try {
    validateGlossary(document, { warn });
  } catch (error) {
    for (const text of (error as { problems?: string[] }).problems ?? [String(error)]) {
      problems.push(problemAt(placeOfPath(text), 'error', text));
    }
  }
}

const placeName = ({ row, line, file }: Place) => (row !== undefined ? `row ${row}` : line !== undefined && line > 1 ? `${file} line ${line}` : file);

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const string = (typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)).trim();
  return string === '' ? undefined : string;
}

function listOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(text) : (text(value)?.split('|') ?? []);
  return items.map((item) => item?.trim() ?? '').filter((item) => item !== '');
}

function booleanOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const word = text(value)?.toLowerCase();
  return word === 'true' ? true : word === 'false' ? false : undefined;
}
