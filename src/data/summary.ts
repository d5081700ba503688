const MAX_SUMMARY_LENGTH = 200;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

// Tags that break a line: they part words. Inline tags (`<em>`, `<a>`) join them as written.
const BLOCK_TAG = /^<\/?(p|br|li|ul|ol|div|h[1-6]|blockquote|pre|tr|td|th|table|dt|dd|hr|section|article)\b/i;
// Elements whose content is never text a reader sees, up to their end tag (or the end).
const RAW_TEXT = /^<(script|style|template)\b/i;
// A tag starts with a letter, "/" or "!"; a lone "<" (as in "a < b") is text.
const TAG_START = /[a-z/!]/i;

/** White space other than single spaces. */
const LOOSE_SPACE = /\s\s|[^\S ]/;

/**
 * Plain text of an HTML fragment, for summaries and search: tags go (block tags leave a space),
 * common entities are decoded, white space collapses. Only ever rendered as text, never as HTML.
 *
 * One pass from the start, every search moving forward (a regular expression over the whole text
 * took seconds on `<a` repeated 40,000 times), stopping once `maxLength` characters of text are in
 * hand: a summary needs only the beginning.
 */
export function textOf(html: string, maxLength = Infinity): string {
  let text = '';
  let at = 0;
  const add = (chunk: string) => {
    // Most text has no entity and single spaces: the replacements run only where they would change it.
    if (chunk.includes('&')) chunk = chunk.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,10});/gi, (entity, body: string) => decodeEntity(body) ?? entity);
    text += LOOSE_SPACE.test(chunk) ? chunk.replace(/\s+/g, ' ') : chunk;
  };
  while (at < html.length && text.length < maxLength) {
    const next = html.indexOf('<', at);
    const open = next < 0 ? html.length : next;
    if (open > at) {
      // A long run of text is read a piece at a time: the limit may be reached within it.
      const stop = Math.min(open, at + maxLength);
      add(html.slice(at, stop));
      at = stop;
      continue;
    }
    const head = html.slice(open, open + 12);
    const raw = RAW_TEXT.exec(head);
    let end: number | undefined;
    if (raw) end = endOfRawText(html, open, raw[1]!);
    // An unclosed comment hides the rest.
    else if (head.startsWith('<!--')) end = endOf(html, '-->', open + 4) ?? html.length;
    else if (TAG_START.test(head[1] ?? '')) end = endOf(html, '>', open + 1);
    if (end === undefined && TAG_START.test(head[1] ?? '')) {
      // A tag that never closes: no ">" follows, so no later tag closes either. The rest is text,
      // up to a comment or raw-text element, which hides what follows it.
      const rest = html.slice(open, open + maxLength);
      const hidden = rest.search(/<!--|<(script|style|template)\b/i);
      add(hidden < 0 ? rest : rest.slice(0, hidden));
      break;
    }
    if (end === undefined) {
      add('<'); // a lone "<", as in "a < b"
      at = open + 1;
      continue;
    }
    if (raw || BLOCK_TAG.test(head)) add(' ');
    at = end;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Just past the next `token` from `from`, or undefined when there is none. */
function endOf(html: string, token: string, from: number): number | undefined {
  const at = html.indexOf(token, from);
  return at < 0 ? undefined : at + token.length;
}

/** Just past `</name>` (any case, spaces before ">"), or the end: an unclosed element takes the rest. */
function endOfRawText(html: string, from: number, name: string): number {
  const close = new RegExp(`</${name}\\s*>`, 'gi');
  close.lastIndex = from;
  return close.exec(html) ? close.lastIndex : html.length;
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined;
  }
  return NAMED_ENTITIES[body.toLowerCase()];
}

/**
 * The first sentence of a definition, in the glossary's language (`Intl.Segmenter` knows where
 * most sentences end). Long sentences are cut at a word boundary.
 */
export function deriveSummary(definitionHtml: string, language = 'en'): string {
  // Enough text for the first sentence, or two after "Dr.": a summary is cut at MAX_SUMMARY_LENGTH anyway.
  const text = textOf(definitionHtml, MAX_SUMMARY_LENGTH * 2);
  return shorten((plainFirstSentence(text) ?? firstSentence(text, language)).trim(), MAX_SUMMARY_LENGTH);
}

/** A lone short capitalised word with a full stop: a title such as "Dr.", never a sentence of its own. */
const TITLE = /^\p{Lu}\p{Ll}{0,3}\.\s*$/u;

/** The first sentence as the sentence segmenter finds it, a title joined to what follows it. */
export function firstSentence(text: string, language: string): string {
  // Only the first sentence is asked for: segmenting the rest cost most of the time.
  const segments = sentenceSegmenter(language).segment(text);
  let first = segments.containing(0)?.segment ?? '';
  while (TITLE.test(first)) {
    const next = segments.containing(first.length);
    if (!next) break;
    first += next.segment;
  }
  return first;
}

/** Latin text with no sentence mark in it: printable ASCII and the Latin letters after it. */
const PLAIN = /^[\x20-\x7e\u00c0-\u024f]*$/;

/**
 * The first sentence of plain Latin text where it plainly ends, without a segmenter (a segmenter
 * cost as much as the rest of a summary): the first `.`, `!` or `?` is followed by a space and a
 * capital, comes after two lower-case letters (not "e.g." or "Dr."), and nothing before it could
 * end a sentence. Under the Unicode sentence rules the segmenter would end the sentence there too;
 * anything less plain is left to it (`undefined`).
 */
export function plainFirstSentence(text: string): string | undefined {
  const end = text.search(/[.!?]/);
  if (end < 2 || text[end + 1] !== ' ' || !/[A-Z]/.test(text[end + 2] ?? '')) return undefined;
  const before = text.slice(0, end);
  if (!/[a-z\u00df-\u00ff]{2}$/.test(before) || !PLAIN.test(before)) return undefined;
  const sentence = text.slice(0, end + 2);
  return TITLE.test(sentence) ? undefined : sentence;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** One segmenter per language: creating one costs more than segmenting a definition. */
function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}
