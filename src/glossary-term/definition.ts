import { sanitizeDefinition } from '../data/sanitize.js';
import { textOf } from '../data/summary.js';
import type { Term } from '../data/types.js';

/**
 * The `definition` part for a term: its sanitized HTML, whole (`full`) or only the first paragraph
 * (`card`), its relative links resolved against `baseUrl` (where the glossary came from). Where the
 * sanitizer cannot run (DOMPurify failed to load, say) the reader still gets the definition, as
 * plain text: text can carry nothing that runs.
 */
export async function definitionElement(term: Term, variant: 'card' | 'full', baseUrl: string): Promise<HTMLElement> {
  const fragment = await sanitizeDefinition(term.definition, baseUrl).catch((error: unknown) => {
    console.warn(`glossary-elements: showing "${term.id}" as plain text; the sanitizer failed to load`, error);
    return plainText(term.definition);
  });
  const element = document.createElement('div');
  element.className = 'definition';
  element.setAttribute('part', 'definition');
  element.append((variant === 'card' && fragment.querySelector('p')) || fragment);
  return element;
}

function plainText(html: string): DocumentFragment {
  const paragraph = document.createElement('p');
  paragraph.textContent = textOf(html);
  const fragment = document.createDocumentFragment();
  fragment.append(paragraph);
  return fragment;
}
