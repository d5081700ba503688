import type { ImportProblem } from './problems.js';

/** Where an entry (a CSV row, a Markdown file) or one of its fields is. */
export interface Place {
  file: string;
  row?: number;
  line?: number;
}

/** One term as a source gives it: field values by the document's field names, still raw. */
export interface Entry {
  place: Place;
  values: Map<Field, unknown>;
  /** Where a field's value is, when it is more precise than the entry's place (a front matter key's line). */
  placeOf?: (field: Field) => Place | undefined;
}

export const FIELDS = [
  'id', 'term', 'aliases', 'summary', 'definition', 'seeAlso', 'categories', 'url', 'moreArticlesUrl',
  'caseSensitive', 'autolink', 'articles',
] as const;

export type Field = (typeof FIELDS)[number];

const byLooseName = new Map<string, Field>([
  ...FIELDS.map((field) => [loose(field), field] as const),
  ['alias', 'aliases'],
  ['category', 'categories'],
]);

function loose(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The field a column or front matter key names: `seeAlso`, `See also`, `see_also` all name seeAlso. */
export function fieldNamed(name: string): Field | undefined {
  return byLooseName.get(loose(name));
}

/** What a source read: its entries and the problems met reading them. */
export interface SourceRead {
  entries: Entry[];
  problems: ImportProblem[];
}

export const problemAt = (place: Place, severity: ImportProblem['severity'], message: string): ImportProblem => ({
  severity,
  ...place,
  message,
});
