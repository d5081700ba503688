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

/**
 * The folded keys, flat: a name per term in index order, and the aliases after them, each with its
 * term's position. No object per key: 100,000 terms cost a few arrays of strings.
 */
interface Keys {
  terms: Term[];
  names: string[];
  aliases: string[];
  aliasTexts: string[];
  aliasOwners: number[];
}

async function buildIndex(groups: GlossaryGroups): Promise<SearchIndex> {
  // In index order, so hits come out already ordered.
  const keys: Keys = { terms: [], names: [], aliases: [], aliasTexts: [], aliasOwners: [] };
  await inSlices(inIndexOrder(groups), (term) => {
    const at = keys.terms.push(term) - 1;
    keys.names.push(fold(term.term));
    for (const alias of term.aliases) {
      keys.aliases.push(fold(alias));
      keys.aliasTexts.push(alias);
      keys.aliasOwners.push(at);
    }
  }, { priority: 'background' });
  // Per query: each term's best rank, and the alias it came from (-1 for the name). Made once, refilled.
  const ranks = new Uint8Array(keys.terms.length);
  const via = new Int32Array(keys.terms.length);
  return { search: (query, limit = Infinity) => search(keys, ranks, via, query, limit) };
}

const NO_MATCH = 3;

/** A query as it is compared: folded, with runs of spaces as one. */
const foldQuery = (query: string) => fold(query.slice(0, 2 * LIMITS.term)).replace(/\s+/g, ' ');

/**
 * Names first, then aliases, then one pass over the terms in index order: each term's best match
 * goes into its rank's bucket, and each bucket keeps only as many hits as could be shown. No map
 * of every hit, no sort: at 100,000 terms a one-letter query costs a scan, not a sort of most of
 * the glossary.
 */
function search(keys: Keys, ranks: Uint8Array, via: Int32Array, query: string, limit: number): SearchResult {
  const { terms, names, aliases, aliasTexts, aliasOwners } = keys;
  const wanted = foldQuery(query);
  if (wanted === '') return { hits: [], total: 0 };
  for (let i = 0; i < names.length; i++) ranks[i] = rankOf(names[i]!, wanted);
  via.fill(-1);
  for (let j = 0; j < aliases.length; j++) {
    const owner = aliasOwners[j]!;
    // A name beats an alias of the same rank: the entry then needs no "via" label.
    const rank = rankOf(aliases[j]!, wanted);
    if (rank < ranks[owner]!) (ranks[owner] = rank), (via[owner] = j);
  }
  const buckets: SearchHit[][] = [[], [], []];
  let total = 0;
  for (let i = 0; i < terms.length; i++) {
    const rank = ranks[i]!;
    if (rank === NO_MATCH) continue;
    total++;
    const bucket = buckets[rank]!;
    if (bucket.length >= limit) continue;
    const alias = via[i]!;
    const term = terms[i]!;
    bucket.push({ term, rank: rank as MatchRank, matched: alias < 0 ? term.term : aliasTexts[alias]!, viaAlias: alias >= 0 });
  }
  return { hits: buckets.flat().slice(0, limit), total };
}

/** How `folded` matches `wanted`: a MatchRank, or NO_MATCH. */
function rankOf(folded: string, wanted: string): number {
  let at = folded.indexOf(wanted);
  if (at < 0) return NO_MATCH;
  if (at === 0) return MatchRank.Prefix;
  for (; at >= 0; at = folded.indexOf(wanted, at + 1)) {
    if (!isWordCharacter(folded.charCodeAt(at - 1), folded[at - 1]!)) return MatchRank.WordStart;
  }
  return MatchRank.Substring;
}

/** A letter or digit: ASCII answered by its code, the rest by Unicode properties. */
const isWordCharacter = (code: number, character: string) =>
  code < 0x80 ? (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) : /[\p{L}\p{N}]/u.test(character);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Where `query` matches inside `text` as a reader sees it: the range of `text` whose folded form
 * is the folded query, for marking. Folding can change lengths ("ﬁ" is two letters folded), so
 * the range is found character by character.
 */
export function matchRange(text: string, query: string): [start: number, end: number] | undefined {
  const wanted = foldQuery(query);
  if (wanted === '') return undefined;
  // Printable ASCII folds letter for letter to its lower case: no need to go character by character.
  if (PRINTABLE_ASCII.test(text)) {
    const at = text.toLowerCase().indexOf(wanted);
    return at < 0 ? undefined : [at, at + wanted.length];
  }
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
