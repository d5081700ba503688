import { compact, compactFolded, fold } from './fold.js';
import { LIMITS } from './limits.js';
import { inSlices } from './slices.js';
import type { Glossary, Term } from './types.js';

/** Finds terms by id, name or alias, ignoring case, accents and punctuation. */
export interface TermLookup {
  find(query: string): Term | undefined;
  /** Up to `limit` terms whose names are close to `query`, closest first ("did you mean"). */
  suggest(query: string, limit?: number): Term[];
  byId(id: string): Term | undefined;
  /** Whether names are indexed: until then `find` indexes them all at once (`lookupReady` does it in slices). */
  readonly ready: boolean;
}

const lookups = new WeakMap<Glossary, NameIndex>();
const readied = new WeakMap<Glossary, Promise<TermLookup>>();

/** Ids looked up by scanning the terms before they are indexed. */
const SCANS_BEFORE_INDEXING = 16;

/** The words of a query that suggestions weigh: plenty for "did you mean", and a pasted paragraph stays cheap. */
const MAX_QUERY_WORDS = 8;

/**
 * The lookup for a glossary, made once and shared by every element that shows it. It costs
 * nothing until asked: an exact id is found by a scan until the names are indexed, and the first
 * `find` that needs the names indexes them (`lookupReady` does that without a long task).
 */
export function lookupFor(glossary: Glossary): TermLookup {
  let lookup = lookups.get(glossary);
  if (!lookup) {
    lookup = new NameIndex(glossary.terms);
    lookups.set(glossary, lookup);
  }
  return lookup;
}

/** The glossary's lookup with its names indexed, in slices: 100,000 terms never make a long task. */
export function lookupReady(glossary: Glossary): Promise<TermLookup> {
  let ready = readied.get(glossary);
  if (!ready) {
    const lookup = lookupFor(glossary) as NameIndex;
    ready = inSlices(lookup.pending(), () => {}).then(() => lookup);
    readied.set(glossary, ready);
  }
  return ready;
}

/**
 * Ids first, then names, then aliases, each folded and compacted: an id always wins over another
 * term's alias. Indexed one name at a time by a generator, so that the work can be sliced, or
 * finished at once by whoever needs it now.
 */
class NameIndex implements TermLookup {
  readonly #terms: Term[];
  readonly #byId = new Map<string, Term>();
  readonly #byFolded = new Map<string, Term>();
  readonly #byCompact = new Map<string, Term>();
  readonly #indexing: Generator<void>;
  #ready = false;
  #idsIndexed = false;
  #scans = 0;
  // Made on the first "did you mean", which most pages never ask; names weigh their start only.
  #candidates: (Comparable & { term: Term })[] | undefined;

  constructor(terms: Term[]) {
    this.#terms = terms;
    this.#indexing = this.#index();
  }

  get ready(): boolean {
    return this.#ready;
  }

  /** The indexing still to do, a name a step. */
  *pending(): Generator<void> {
    for (const _ of this.#indexing) yield;
  }

  byId(id: string): Term | undefined {
    if (this.#idsIndexed) return this.#byId.get(id);
    // A few ids are found faster by a scan than by indexing them all; many (a site of pages) are not.
    if (++this.#scans <= SCANS_BEFORE_INDEXING) return this.#terms.find((term) => term.id === id);
    while (!this.#idsIndexed) this.#indexing.next();
    return this.#byId.get(id);
  }

  find(query: string): Term | undefined {
    if (!this.#ready) {
      // An exact id (what cards and links mostly name) needs no index; anything else needs it all.
      const term = this.byId(query);
      if (term) return term;
      for (const _ of this.#indexing);
    }
    const folded = fold(query);
    if (folded === '') return undefined;
    return this.#byFolded.get(folded) ?? this.#byCompact.get(compact(query));
  }

  suggest(query: string, limit = 3): Term[] {
    // No name is longer than LIMITS.term: a longer query (a pasted page) is never close to one.
    const wanted = queryOf(query.slice(0, 2 * LIMITS.term));
    if (wanted.key === '') return [];
    // Comparing word by word costs query words × name words (each at most MAX_QUERY_WORDS).
    const best = new Map<Term, number>();
    this.#candidates ??= [...this.#names()].map(([name, term]) => ({ ...queryOf(name.slice(0, SUGGESTED_NAME_LENGTH)), term }));
    for (const candidate of this.#candidates) {
      const { term } = candidate;
      const score = closeness(wanted, candidate);
      if (score !== undefined && score < (best.get(term) ?? Infinity)) best.set(term, score);
    }
    return [...best]
      .sort(([a, scoreA], [b, scoreB]) => scoreA - scoreB || a.term.localeCompare(b.term))
      .slice(0, limit)
      .map(([term]) => term);
  }

  /** Every name a term is found by, in priority order: ids, names, aliases. */
  *#names(): Generator<readonly [string, Term]> {
    for (const term of this.#terms) yield [term.id, term];
    for (const term of this.#terms) yield [term.term, term];
    for (const term of this.#terms) for (const alias of term.aliases) yield [alias, term];
  }

  *#index(): Generator<void> {
    for (const term of this.#terms) {
      if (!this.#byId.has(term.id)) this.#byId.set(term.id, term);
      yield;
    }
    this.#idsIndexed = true;
    for (const [name, term] of this.#names()) {
      const folded = fold(name);
      setOnce(this.#byFolded, folded, term);
      setOnce(this.#byCompact, compactFolded(folded), term);
      yield;
    }
    this.#ready = true;
  }
}

function setOnce<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (key !== '' && !map.has(key)) map.set(key, value);
}

/** How much of a name suggestions compare: a typo is caught in a name's first words. */
const SUGGESTED_NAME_LENGTH = 64;

/** A name or a query as compared for suggestions: compacted whole, and word by word. */
interface Comparable {
  key: string;
  words: string[];
}

// Names too weigh their first words only: 50 long aliases per term made one suggestion cost seconds.
const queryOf = (text: string): Comparable => ({
  key: compact(text),
  words: fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3).slice(0, MAX_QUERY_WORDS),
});

/**
 * How far a name is from what was asked: lower is closer, `undefined` is too far to suggest.
 * Prefix and substring hits rank first, then typos in the whole name, then a close word
 * ("milestones" finds "Milestone Payments", "invoicing software" finds "Invoice").
 */
function closeness(wanted: Comparable, name: Comparable): number | undefined {
  if (name.key.startsWith(wanted.key) || wanted.key.startsWith(name.key)) return 0.5;
  if (wanted.key.length >= 3 && name.key.includes(wanted.key)) return 0.75;
  const typos = typosBetween(wanted.key, name.key);
  if (typos !== undefined) return 1 + typos;
  let best: number | undefined;
  for (const asked of wanted.words) {
    for (const word of name.words) {
      const score =
        word.startsWith(asked) || asked.startsWith(word) ? 0
        : sharedPrefixLength(asked, word) >= 5 ? 1 // one stem: "invoicing" and "invoice"
        : typosBetween(asked, word, 4);
      if (score !== undefined) best = Math.min(best ?? Infinity, 3 + score);
    }
  }
  return best;
}

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}

/** The edit distance when it is small for the length (one typo per `lettersPerTypo`), else undefined. */
function typosBetween(asked: string, name: string, lettersPerTypo = 3): number | undefined {
  const allowed = Math.max(1, Math.floor(asked.length / lettersPerTypo));
  const distance = editDistance(asked, name, allowed);
  return distance <= allowed ? distance : undefined;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours), giving up once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
