/// <reference types="node" />
// Lit's server renderer: the elements' own templates, in declarative shadow DOM. Importing the
// element registers it with the DOM shim that Lit installs in Node.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { GlossaryData, Term } from '../../data/types.js';
import '../../glossary-term/define.js';
import { setServerDefinition } from '../../internal/server-definition.js';
import { sanitizeHtml } from '../definition-html.js';

/** The first paragraph of sanitized HTML, as the card shows it in the browser. */
const firstParagraph = (safe: string): string => /<p>[\s\S]*?<\/p>/.exec(safe)?.[0] ?? safe;

// Sanitized again here, whatever the data says: the allowlist is the browser's (sanitizer-parity test).
setServerDefinition((term: Term, variant) => {
  const safe = sanitizeHtml(term.definition);
  return unsafeHTML(variant === 'card' ? firstParagraph(safe) : safe);
});

/**
 * `<glossary-term variant="full">` rendered from `data`, as HTML with its declarative shadow root.
 * In the browser it reads the same data from the page's `src` script (`#id`) and takes over.
 */
export function renderTermElement(data: GlossaryData, id: string, src: string): string {
  return collectResultSync(
    render(html`<glossary-term src=${src} term=${id} variant="full" heading-level="1" .glossary=${data}></glossary-term>`),
  );
}
