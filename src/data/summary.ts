const MAX_SUMMARY_LENGTH = 200;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Plain text of an HTML fragment, for summaries and search: tags become spaces, common entities
 * are decoded, white space collapses. The result is only ever rendered as text, never as HTML.
 */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
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
 * sentences end, abbreviations and all). Long sentences are cut at a word boundary.
 */
export function deriveSummary(definitionHtml: string, language = 'en'): string {
  const text = textOf(definitionHtml);
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const first = segmenter.segment(text)[Symbol.iterator]().next().value?.segment.trim() ?? '';
  return shorten(first, MAX_SUMMARY_LENGTH);
}

function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}
