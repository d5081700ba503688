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

/** The head additions of a page: title, description, canonical link, JSON-LD and the elements' script. */
export function headHtml({ title, description, canonical, jsonLd, script }: HeadFields): string {
  return [
    `<title>${escapeHtml(title)}</title>`,
    description ? `<meta name="description" content="${escapeHtml(description)}">` : '',
    canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">` : '',
    jsonLd ? `<script type="application/ld+json">${scriptJson(jsonLd)}</script>` : '',
    // Classic and deferred: it runs from file:// too, once the page (and its data script) is parsed.
    `<script src="${escapeHtml(script)}" defer></script>`,
  ]
    .filter(Boolean)
    .join('\n');
}
