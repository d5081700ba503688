import { fold } from './fold.js';
import { inIndexOrder, type GlossaryGroups } from './groups.js';
import { LIMITS } from './limits.js';
import { inSlices } from './slices.js';
import type { Glossary, Term } from './types.js';

/** How a term matched: best first. */
export const MatchRank = { Prefix: 0, WordStart: 1, Substring: 2 } as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

export interface SearchHit {
  term: Term;
  rank: MatchRank;
  /** The name or alias that matched. */
  matched: string;
  /** Whether `matched` is an alias, to show beside the name. */
  viaAlias: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  /** All matches, of which `hits` holds the first `limit`. */
  total: number;
}

interface Key {
  term: Term;
  folded: string;
  text: string;
  kind: 'name' | 'alias';
}

/**
 * Instant search over a glossary's names and aliases (as the contract has it; summaries are left
 * out: most are derived from the definition, and deriving 100,000 of them for search cost more
 * than the whole list), keys folded once.
 */
export interface SearchIndex {
  search(query: string, limit?: number): SearchResult;
}

const indexes = new WeakMap<Glossary, Promise<SearchIndex>>();

/**
 * The search index of a glossary, built once, in background slices: the list paints first, and
 * 100,000 terms never block the page. Its keys are kept in index order (`groups`), so equal
 * matches rank the way the index lists them.
 */
export function searchIndexFor(glossary: Glossary, groups: GlossaryGroups): Promise<SearchIndex> {
  let index = indexes.get(glossary);
  if (!index) {
    index = buildIndex(groups);
    indexes.set(glossary, index);
  }
  return index;
}

/** A term with its folded keys: name first, then aliases. */
interface Entry {
  term: Term;
  keys: Key[];
}

async function buildIndex(groups: GlossaryGroups): Promise<SearchIndex> {
  // In index order, so hits come out already ordered.
  const entries: Entry[] = [];
  await inSlices(inIndexOrder(groups), (term) => {
    const keys: Key[] = [{ term, folded: fold(term.term), text: term.term, kind: 'name' }];
    for (const alias of term.aliases) keys.push({ term, folded: fold(alias), text: alias, kind: 'alias' });
    entries.push({ term, keys });
  }, { priority: 'background' });
  return { search: (query, limit = Infinity) => search(entries, query, limit) };
}

const NO_MATCH = 3;

/** A query as it is compared: folded, with runs of spaces as one. */
const foldQuery = (query: string) => fold(query.slice(0, 2 * LIMITS.term)).replace(/\s+/g, ' ');

/**
 * One pass over the terms in index order: each term's best match goes into its rank's bucket, and
 * each bucket keeps only as many hits as could be shown. No map of every hit, no sort: at 100,000
 * terms a one-letter query costs a scan, not a sort of most of the glossary.
 */
function search(entries: Entry[], query: string, limit: number): SearchResult {
  const wanted = foldQuery(query);
  if (wanted === '') return { hits: [], total: 0 };
  const buckets: SearchHit[][] = [[], [], []];
  let total = 0;
  for (const { term, keys } of entries) {
    // The best key so far, without making an object for it: most matches of a short query are only counted.
    let bestRank = NO_MATCH;
    let best: Key | undefined;
    for (const key of keys) {
      const rank = rankOf(key, wanted) ?? NO_MATCH;
      // A name beats an alias of the same rank (names come first): the entry then needs no "via" label.
      if (rank < bestRank) (bestRank = rank), (best = key);
    }
    if (!best) continue;
    total++;
    const bucket = buckets[bestRank]!;
    if (bucket.length < limit) bucket.push({ term, rank: bestRank as MatchRank, matched: best.text, viaAlias: best.kind === 'alias' });
  }
  return { hits: buckets.flat().slice(0, limit), total };
}

function rankOf({ folded }: Key, wanted: string): MatchRank | undefined {
  let at = folded.indexOf(wanted);
  if (at < 0) return undefined;
  if (at === 0) return MatchRank.Prefix;
  for (; at >= 0; at = folded.indexOf(wanted, at + 1)) {
    if (!isWordCharacter(folded[at - 1]!)) return MatchRank.WordStart;
  }
  return MatchRank.Substring;
}

const isWordCharacter = (character: string) => /[\p{L}\p{N}]/u.test(character);

/**
 * Where `query` matches inside `text` as a reader sees it: the range of `text` whose folded form
 * is the folded query, for marking. Folding can change lengths ("ﬁ" is two letters folded), so
 * the range is found character by character.
 */
export function matchRange(text: string, query: string): [start: number, end: number] | undefined {
  const wanted = foldQuery(query);
  if (wanted === '') return undefined;
  const characters = [...text];
  // starts[i]: where character i begins in the folded text.
  const starts: number[] = [];
  let folded = '';
  for (const character of characters) {
    starts.push(folded.length);
    folded += foldCharacter(character);
  }
  const at = folded.indexOf(wanted);
  if (at < 0) return undefined;
  const first = lastIndexAtOrBefore(starts, at);
  let last = lastIndexAtOrBefore(starts, at + wanted.length - 1);
  // Marks that fold to nothing belong to the letter before them: "e" + U+0301 is one "é".
  while (last + 1 < characters.length && foldCharacter(characters[last + 1]!) === '') last++;
  const offset = (index: number) => characters.slice(0, index).join('').length;
  return [offset(first), offset(last + 1)];
}

// `fold` one character at a time, keeping spaces (whole-string `fold` trims them).
const foldCharacter = (character: string) => character.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

function lastIndexAtOrBefore(starts: number[], position: number): number {
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= position) index++;
  return index;
}
