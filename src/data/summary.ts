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

/**
 * Plain text of an HTML fragment, for summaries and search: tags go (block tags leave a space),
 * common entities are decoded, white space collapses. Only ever rendered as text, never as HTML.
 */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    // A tag starts with a letter, "/" or "!"; a lone "<" (as in "a < b") is text.
    .replace(/<[a-z/!][^>]*>/gi, (tag) => (BLOCK_TAG.test(tag) ? ' ' : ''))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => decodeEntity(body) ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
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
  const text = textOf(definitionHtml);
  const sentences = Array.from(sentenceSegmenter(language).segment(text), (s) => s.segment);
  let first = sentences.shift() ?? '';
  // The segmenter ends a sentence after a title such as "Dr." or "Mr."; such a lone short
  // capitalised word is never a sentence of its own, so it joins the next one.
  while (/^\p{Lu}\p{Ll}{0,3}\.\s*$/u.test(first) && sentences.length > 0) first += sentences.shift();
  return shorten(first.trim(), MAX_SUMMARY_LENGTH);
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
