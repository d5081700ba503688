/** An article that talks about a term ("Articles that talk about …"). */
export interface GlossaryArticle {
  title: string;
  url: string;
  excerpt?: string;
  image?: string;
  /** An ISO 8601 date (`2024-05-01`). */
  date?: string;
}

/** One entry of a glossary, as it stands in the JSON document (version 1). */
export interface GlossaryTermData {
  id: string;
  term: string;
  aliases?: string[];
  summary?: string;
  /** HTML; only the contract's safe subset survives rendering. */
  definition: string;
  seeAlso?: string[];
  categories?: string[];
  url?: string;
  articles?: GlossaryArticle[];
  moreArticlesUrl?: string;
  /** `<glossary-text>` matches this term's names in exactly their case. */
  caseSensitive?: boolean;
  /** `false` keeps `<glossary-text>` from linking this term. */
  autolink?: boolean;
}

/** The glossary document (version 1), as callers may hand it to the `glossary` property. */
export interface GlossaryData {
  title: string;
  url?: string;
  language?: string;
  terms: GlossaryTermData[];
}

/** A validated term: aliases and see-also are always arrays, the summary is always present. */
export interface Term extends Required<Pick<GlossaryTermData, 'id' | 'term' | 'definition'>> {
  aliases: string[];
  summary: string;
  seeAlso: string[];
  categories: string[];
  articles: GlossaryArticle[];
  url?: string;
  moreArticlesUrl?: string;
  caseSensitive: boolean;
  autolink: boolean;
}

/** A validated glossary, ready for lookup and rendering. */
export interface Glossary {
  title: string;
  url?: string;
  /** The language tag, `en` when the document names none. */
  language: string;
  terms: Term[];
  /** Where the document came from: relative URLs in it resolve against this. */
  baseUrl: string;
}
