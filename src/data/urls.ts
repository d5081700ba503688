import type { Glossary, Term } from './types.js';

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const PLACEHOLDER_BASE = 'https://relative.invalid/';

/**
 * A link from untrusted data, kept only when it is http, https, mailto or relative. Relative links
 * resolve against `baseUrl` (where the glossary came from) when there is one, and are otherwise
 * left relative to the page. Anything else (`javascript:`, `data:`, garbage) gives `undefined`.
 */
export function safeLink(href: string | null | undefined, baseUrl = ''): string | undefined {
  if (href == null) return undefined;
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  try {
    // The link's own scheme decides; a relative link takes the base's, even `file:` (a page opened
    // from disk links its neighbours so), which is no more than the page itself can reach.
    if (!SAFE_SCHEMES.has(new URL(trimmed, PLACEHOLDER_BASE).protocol)) return undefined;
    return baseUrl ? new URL(trimmed, baseUrl).href : trimmed;
  } catch {
    return undefined;
  }
}

/** An image source from untrusted data: http or https only. */
export function safeImage(src: string | undefined, baseUrl = ''): string | undefined {
  const link = safeLink(src, baseUrl);
  return link && !link.toLowerCase().startsWith('mailto:') ? link : undefined;
}

/** A term's link: its own page where it has a safe one, else `#<id>` on this page. */
export const termHref = (glossary: Glossary, term: Term): string =>
  safeLink(term.url, glossary.baseUrl) ?? `#${term.id}`;
