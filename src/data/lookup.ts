import { compact, compactFolded, fold } from './fold.js';
import { LIMITS } from './limits.js';
import type { Glossary, Term } from './types.js';

/** Finds terms by id, name or alias, ignoring case, accents and punctuation. */
export interface TermLookup {
  find(query: string): Term | undefined;
  /** Up to `limit` terms whose names are close to `query`, closest first ("did you mean"). */
  suggest(query: string, limit?: number): Term[];
  byId(id: string): Term | undefined;
}

const lookups = new WeakMap<Glossary, TermLookup>();

/** The words of a query that suggestions weigh: plenty for "did you mean", and a pasted paragraph stays cheap. */
const MAX_QUERY_WORDS = 8;

/** The lookup for a glossary, built once and shared by every element that shows it. */
export function lookupFor(glossary: Glossary): TermLookup {
  let lookup = lookups.get(glossary);
  if (!lookup) {
    lookup = createLookup(glossary.terms);
    lookups.set(glossary, lookup);
  }
  return lookup;
}

function createLookup(terms: Term[]): TermLookup {
  const byId = new Map(terms.map((term) => [term.id, term]));
  // Ids first, then names, then aliases: an id always wins over another term's alias.
  const namesInPriority = [
    ...terms.map((term) => [term.id, term] as const),
    ...terms.map((term) => [term.term, term] as const),
    ...terms.flatMap((term) => term.aliases.map((alias) => [alias, term] as const)),
  ];
  const byFolded = new Map<string, Term>();
  const byCompact = new Map<string, Term>();
  for (const [name, term] of namesInPriority) {
    const folded = fold(name);
    setOnce(byFolded, folded, term);
    setOnce(byCompact, compactFolded(folded), term);
  }
  // Made on the first "did you mean", which most pages never ask; names weigh their start only.
  let candidates: (Comparable & { term: Term })[] | undefined;

  return {
    byId: (id) => byId.get(id),
    find(query) {
      const folded = fold(query);
      if (folded === '') return undefined;
      return byFolded.get(folded) ?? byCompact.get(compact(query));
    },
    suggest(query, limit = 3) {
      // No name is longer than LIMITS.term: a longer query (a pasted page) is never close to one.
      const wanted = queryOf(query.slice(0, 2 * LIMITS.term));
      if (wanted.key === '') return [];
      // Comparing word by word costs query words × name words (each at most MAX_QUERY_WORDS).
      const best = new Map<Term, number>();
      candidates ??= namesInPriority.map(([name, term]) => ({ ...queryOf(name.slice(0, SUGGESTED_NAME_LENGTH)), term }));
      for (const candidate of candidates) {
        const { term } = candidate;
        const score = closeness(wanted, candidate);
        if (score !== undefined && score < (best.get(term) ?? Infinity)) best.set(term, score);
      }
      return [...best]
        .sort(([a, scoreA], [b, scoreB]) => scoreA - scoreB || a.term.localeCompare(b.term))
        .slice(0, limit)
        .map(([term]) => term);
    },
  };
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
