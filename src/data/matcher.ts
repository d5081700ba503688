import type { Glossary, Term } from './types.js';

/** One mention of a term in a text: `text.slice(start, end)` names `term`. */
export interface Mention {
  start: number;
  end: number;
  term: Term;
}

/** Finds where a glossary's terms are mentioned in running text. */
export interface TermMatcher {
  /**
   * Every mention of a name or alias in `text`: whole words only, leftmost first, the longest name
   * at each position, never overlapping. Offsets are the text's own: wrapping a mention never
   * changes a character.
   */
  find(text: string): Mention[];
}

/** Folded text for matching, with the offset in the original text of every folded code unit. */
interface Folded {
  text: string;
  /** `origin[i]`: where folded code unit `i` came from; `origin[text.length]` is the original's length. */
  origin: number[];
}

/**
 * The names, as a trie of code units: node 0 is the root, and one map holds every edge, keyed by
 * `node * 0x10000 + code unit` (one map rather than one per node: thousands of terms build in a
 * few milliseconds).
 */
interface Trie {
  edges: Map<number, number>;
  /** The term whose name ends at each node (the first one added wins). */
  terms: (Term | undefined)[];
}

const matchers = new WeakMap<Glossary, TermMatcher>();

/** The matcher for a glossary, built once and shared by every element that links it. */
export function matcherFor(glossary: Glossary): TermMatcher {
  let matcher = matchers.get(glossary);
  if (!matcher) {
    matcher = createMatcher(glossary.terms.filter((term) => term.autolink), glossary.language);
    matchers.set(glossary, matcher);
  }
  return matcher;
}

/** A matcher for `terms`; names of terms that are `caseSensitive` keep their case. */
export function createMatcher(terms: Term[], language: string): TermMatcher {
  const caseless = trie();
  const cased = trie();
  // Names first, then aliases: a term's own name wins over another term's alias.
  const names = [...terms.map((term) => [term.term, term] as const), ...terms.flatMap((term) => term.aliases.map((alias) => [alias, term] as const))];
  for (const [name, term] of names) {
    add(term.caseSensitive ? cased : caseless, foldForMatching(name.normalize('NFC'), language, !term.caseSensitive).text.trim(), term);
  }
  const words = new Intl.Segmenter(language, { granularity: 'word' });

  return {
    find(text) {
      // Word boundaries are asked for only where a name was found: segmenting whole paragraphs
      // costs several times more than matching them.
      const segments = words.segment(text);
      const known = new Map<number, boolean>();
      const isBoundary = (at: number) => {
        if (at === 0 || at === text.length) return true;
        // Between two Latin letters or digits no word ever breaks (UAX #29, WB5 and WB8–10): the
        // common case, told without asking the segmenter.
        if (isLatinWordCharacter(text.charCodeAt(at - 1)) && isLatinWordCharacter(text.charCodeAt(at))) return false;
        let boundary = known.get(at);
        if (boundary === undefined) known.set(at, (boundary = segments.containing(at)?.index === at));
        return boundary;
      };
      // The longest mention starting at each original offset, from either trie.
      const longest = new Map<number, Mention>();
      for (const [root, keepCase] of [[caseless, false], [cased, true]] as const) {
        if (root.edges.size === 0) continue;
        for (const mention of mentionsIn(foldForMatching(text, language, !keepCase), root, isBoundary)) {
          const best = longest.get(mention.start);
          if (!best || mention.end > best.end) longest.set(mention.start, mention);
        }
      }
      const mentions: Mention[] = [];
      let reached = 0;
      for (const start of [...longest.keys()].sort((a, b) => a - b)) {
        if (start < reached) continue;
        const mention = longest.get(start)!;
        mentions.push(mention);
        reached = mention.end;
      }
      return mentions;
    },
  };
}

/** The longest name found at each word start of `folded`, as original offsets. */
function* mentionsIn(folded: Folded, { edges, terms }: Trie, isBoundary: (at: number) => boolean): Generator<Mention> {
  const { text, origin } = folded;
  for (let from = 0; from < text.length; from++) {
    // A name starts on a character of its own (not the rest of one that folded into several), never
    // on the white space folding left behind, and at a word boundary.
    if ((from > 0 && origin[from - 1] === origin[from]) || text[from] === ' ') continue;
    let node: number | undefined = 0;
    let found: Mention | undefined;
    let startsWord: boolean | undefined;
    for (let at = from; at < text.length && node !== undefined; ) {
      node = edges.get(node * 0x10000 + text.charCodeAt(at));
      at++;
      const term = node === undefined ? undefined : terms[node];
      if (!term || (at < text.length && origin[at] === origin[at - 1])) continue;
      startsWord ??= isBoundary(origin[from]!);
      if (!startsWord) break;
      if (isBoundary(origin[at]!)) found = { start: origin[from]!, end: origin[at]!, term };
    }
    if (found) yield found;
  }
}

/** ASCII letters and digits, and the letters of Latin-1 (À–ÿ but × and ÷). */
function isLatinWordCharacter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7)
  );
}

function trie(): Trie {
  return { edges: new Map(), terms: [undefined] };
}

function add(trie: Trie, name: string, term: Term): void {
  if (name === '') return;
  let node = 0;
  for (let index = 0; index < name.length; index++) {
    const key = node * 0x10000 + name.charCodeAt(index);
    let child = trie.edges.get(key);
    if (child === undefined) {
      child = trie.terms.push(undefined) - 1;
      trie.edges.set(key, child);
    }
    node = child;
  }
  trie.terms[node] ??= term;
}

const SPACE_OR_HYPHEN = /[\s\u002D\u2010\u2011\u2012\u2013\u00A0]/u;
const APOSTROPHE = /['\u2018\u2019\u02BC]/u;
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060]/u;

/**
 * Folds text so that the spellings a reader sees as one name meet: letters lower-cased (in the
 * glossary's language, unless `caseless` is false), every run of spaces and hyphens one space,
 * every apostrophe the straight one, soft hyphens and zero-width characters gone. Accents stay:
 * "resume" is not "résumé". Each folded code unit remembers where it came from.
 */
export function foldForMatching(text: string, language: string, caseless: boolean): Folded {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  // Turkish and Azeri lower-case I as dotless ı: those go through toLocaleLowerCase below.
  const plainCapitals = !/^(tr|az)(-|$)/i.test(language);
  for (const character of text) {
    const code = character.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      // The common cases, kept quick: ASCII lower-case letters and digits, and capitals below.
      folded += character;
      origin.push(index);
    } else if (code >= 65 && code <= 90 && plainCapitals) {
      folded += caseless ? String.fromCharCode(code + 32) : character;
      origin.push(index);
    } else if (INVISIBLE.test(character)) {
      // Nothing to match: the next character carries on the word.
    } else if (SPACE_OR_HYPHEN.test(character)) {
      if (!folded.endsWith(' ')) {
        folded += ' ';
        origin.push(index);
      }
    } else {
      const unit = APOSTROPHE.test(character) ? "'" : caseless ? character.toLocaleLowerCase(language) : character;
      folded += unit;
      for (let k = 0; k < unit.length; k++) origin.push(index);
    }
    index += character.length;
  }
  origin.push(text.length);
  return { text: folded, origin };
}
