import { GlossaryError } from '../data/errors.js';
import { lookupFor } from '../data/lookup.js';
import type { Glossary, Term } from '../data/types.js';
import { safeLink } from '../data/urls.js';
import type { SourceState } from '../internal/glossary-source.js';

/** Everything `<glossary-term>` can show, derived from its source and its `term` attribute. */
export type TermView =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: GlossaryError }
  | { status: 'not-found'; glossary: Glossary; query: string; suggestions: Term[]; error: GlossaryError }
  | { status: 'loaded'; glossary: Glossary; term: Term };

/** Terms whose names are indexed in one go when a card asks for one by name. */
const INDEX_AT_ONCE = 2000;

export function termView(source: SourceState, query: string | null): TermView {
  if (source.status !== 'loaded') return source;
  const { glossary } = source;
  const wanted = query ?? '';
  const lookup = lookupFor(glossary);
  // An id is found at once. In a large glossary a name waits for the names to be indexed
  // (`lookupReady`, in slices); a small one indexes them now, in well under a frame.
  const indexNow = lookup.ready || glossary.terms.length <= INDEX_AT_ONCE;
  const term = indexNow ? lookup.find(wanted) : lookup.byId(wanted);
  if (term) return { status: 'loaded', glossary, term };
  if (!indexNow) return { status: 'loading' };

  const suggestions = lookup.suggest(wanted);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s.term}"`).join(', ')}?` : '';
  const error = new GlossaryError('not-found', `No term "${wanted}" in ${glossary.title}.${hint}`);
  return { status: 'not-found', glossary, query: wanted, suggestions, error };
}

/** schema.org `DefinedTerm` for a term, within its glossary as the `DefinedTermSet`. */
export function definedTermData(glossary: Glossary, term: Term): object {
  const termUrl = safeLink(term.url, glossary.baseUrl);
  const glossaryUrl = safeLink(glossary.url, glossary.baseUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    name: term.term,
    description: term.summary,
    termCode: term.id,
    ...(termUrl && { url: termUrl, '@id': termUrl }),
    ...(term.aliases.length > 0 && { alternateName: term.aliases }),
    inDefinedTermSet: {
      '@type': 'DefinedTermSet',
      name: glossary.title,
      ...(glossaryUrl && { url: glossaryUrl, '@id': glossaryUrl }),
    },
  };
}
