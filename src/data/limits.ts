/**
 * Sizes no real glossary meets: beyond them a document is refused (a `schema` error naming the
 * field and the limit, or a `parse` error before parsing), so that no field can make the page
 * freeze. The same numbers stand in `glossary.schema.json` and the README.
 */
export const LIMITS = {
  /** The document's text: 10 MB of UTF-8 (for inline JSON, characters), checked before parsing. */
  documentBytes: 10 * 1024 * 1024,
  /** Arrays and objects inside one another; a glossary needs four levels. */
  nesting: 32,
  title: 300,
  id: 200,
  term: 200,
  alias: 200,
  aliases: 50,
  summary: 1000,
  definition: 100_000,
  /** Start tags in one definition: browsers parse thousands of unclosed `<b>` in seconds. */
  definitionTags: 2000,
  category: 200,
  categories: 50,
  seeAlso: 100,
  url: 2000,
  language: 100,
  articles: 100,
  articleTitle: 300,
  excerpt: 1000,
  date: 40,
} as const;
