import fc from 'fast-check';

/** Every character JavaScript's `trim()` and `\s` treat as white space, and two look-alikes they do not. */
export const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const LOOK_ALIKES = '\u200b\u180e';

/** Any UTF-16 code unit, lone surrogates included: what a `term` attribute or a pasted query may hold. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Strings of every kind: full Unicode, broken UTF-16, graphemes, and white space with its look-alikes. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: codeUnit }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...WHITE_SPACE, ...LOOK_ALIKES, 'a', 'É', '-') }),
);

/** Mostly readable text, sometimes blank: blank text is where "non-empty string" rules bite. */
const text = fc.oneof(
  { weight: 20, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...WHITE_SPACE, ...LOOK_ALIKES), maxLength: 3 }) },
);

const id = fc.stringMatching(/^[a-z0-9-]{1,12}$/);

const realLanguageTag = fc.constantFrom('en', 'de-CH', 'EN-gb', 'sr-Latn-RS', 'zh-Hant-TW-u-nu-hanidec', 'en-t-de-h0-hybrid', 'und');

/** Tags built from subtags of every shape, valid or not, plus real ones and near-misses. */
export const languageTag = fc.oneof(
  realLanguageTag,
  fc.constantFrom('en_US', 'x-private', 'en-', 'root', ''),
  fc
    .array(
      fc.oneof(
        fc.stringMatching(/^[A-Za-z]{1,9}$/),
        fc.stringMatching(/^[0-9][A-Za-z0-9]{0,8}$/),
        fc.constantFrom('u', 't', 'x', 'a', 'ca', 'h0', 'gregory', 'Latn', '419', '1996'),
      ),
      { minLength: 1, maxLength: 7 },
    )
    .map((subtags) => subtags.join('-')),
);

/** Dates near and across the rules: leap days, impossible days, times, and other formats. */
export const date = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2024-05-01T09:30:00Z', '2024-05-01T10:00+02:00', '2024-05-01T', '2024/05/01', 'May 1', ''),
);

/** A field that is absent, null (absent too), or present. */
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 4 });

const realDate = fc
  .date({ min: new Date('0000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
  .map((day) => day.toISOString().slice(0, 10));

const article = fc.record(
  {
    title: text,
    url: fc.webUrl(),
    excerpt: optional(fc.string()),
    image: optional(fc.webUrl()),
    date: optional(fc.oneof({ weight: 3, arbitrary: realDate }, { weight: 1, arbitrary: date })),
  },
  { requiredKeys: ['title', 'url'] },
);

/** A term whose every field has the right type; text may be blank and dates impossible. */
const term = fc.record(
  {
    id,
    term: text,
    definition: text.map((body) => `<p>${body}</p>`),
    aliases: optional(fc.array(text, { maxLength: 3 })),
    summary: optional(fc.string({ maxLength: 10 })),
    seeAlso: optional(fc.array(id, { maxLength: 3 })),
    categories: optional(fc.array(text, { maxLength: 2 })),
    url: optional(fc.oneof(fc.webUrl(), fc.constant(''), fc.constant('/relative/'))),
    articles: optional(fc.array(article, { maxLength: 2 })),
    moreArticlesUrl: optional(fc.webUrl()),
    colour: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: ['id', 'term', 'definition'] },
);

/** Documents shaped like the contract's, with distinct ids; most are valid. */
export const glossaryDocument = fc.record(
  {
    title: text,
    url: optional(fc.webUrl()),
    language: optional(fc.oneof({ weight: 4, arbitrary: realLanguageTag }, { weight: 1, arbitrary: languageTag })),
    terms: fc.uniqueArray(term, { selector: (t) => t.id, maxLength: 5 }),
    version: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: ['title', 'terms'] },
);

/** Values a mutation puts in place of a field: wrong types, blanks, near-misses. */
const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', ' ', '\u00a0', '\u200b', 'Back End', 'back-end', null, [], {}, 0),
  date,
  languageTag,
);

type Json = unknown;
type Mutation = { at: number; change: { delete: true } | { value: Json } };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  change: fc.oneof(fc.constant({ delete: true as const }), replacement.map((value) => ({ value }))),
});

/** Documents as above, half of them then changed in one to three places: a field deleted or replaced, at any depth. */
export const mutatedDocument = fc
  .tuple(glossaryDocument, fc.oneof(fc.constant([]), fc.array(mutation, { minLength: 1, maxLength: 3 })))
  .map(([document, mutations]) => mutations.reduce(mutate, structuredClone(document) as Json));

function mutate(document: Json, { at, change }: Mutation): Json {
  const paths = pathsIn(document);
  const path = paths[at % paths.length]!;
  if (path.length === 0) return 'delete' in change ? undefined : change.value;
  type Node = Record<string | number, Json>;
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as Node, document as Node);
  const key = path[path.length - 1]!;
  if (!('delete' in change)) parent[key] = change.value;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return document;
}

/** Every path in a JSON value, the root (`[]`) first. */
function pathsIn(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const children =
    Array.isArray(value) ? value.map((item, index) => pathsIn(item, [...path, index]))
    : typeof value === 'object' && value !== null ? Object.entries(value).map(([key, item]) => pathsIn(item, [...path, key]))
    : [];
  return [path, ...children.flat()];
}
