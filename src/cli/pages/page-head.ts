import { escapeHtml, scriptJson } from './escape.js';

export interface HeadFields {
  title: string;
  description?: string;
  /** Absolute; only with `--base-url`. */
  canonical?: string;
  jsonLd?: object;
  /** The classic script, relative to the page. */
  script: string;
}

/** The few rules the pages' own lists need in any layout: the A–Z bar in a row, long letters in columns. */
const PAGE_STYLES =
  '<style>.glossary-letters{display:flex;flex-wrap:wrap;gap:.25rem .75rem;padding:0;list-style:none}' +
  '.glossary-group ul,.glossary-index>ul{columns:14rem;padding-inline-start:1.25rem}</style>';

/** The head additions of a page: title, description, canonical link, JSON-LD and the elements' script. */
export function headHtml({ title, description, canonical, jsonLd, script }: HeadFields): string {
  return [
    `<title>${escapeHtml(title)}</title>`,
    description ? `<meta name="description" content="${escapeHtml(description)}">` : '',
    canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">` : '',
    jsonLd ? `<script type="application/ld+json">${scriptJson(jsonLd)}</script>` : '',
    PAGE_STYLES,
    // Classic and deferred: it runs from file:// too, once the page (and its data script) is parsed.
    `<script src="${escapeHtml(script)}" defer></script>`,
  ]
    .filter(Boolean)
    .join('\n');
}
