import type { Term } from '../data/types.js';

/** Renders a definition's HTML on the server, already narrowed to the allowlist. */
export type ServerDefinition = (term: Term, variant: 'card' | 'full') => unknown;

let serverDefinition: ServerDefinition | undefined;

/**
 * Lit's server renderer has no DOM and so no sanitizer: whoever renders on the server hands one in
 * (the `pages` command, with the parse5 sanitizer and the same allowlist as the browser's). It
 * lives outside the elements so that none of it reaches the browser bundles.
 */
export function setServerDefinition(render: ServerDefinition | undefined): void {
  serverDefinition = render;
}

/** The definition's content on the server; plain text of the first paragraph without a renderer. */
export const definitionOnServer = (term: Term, variant: 'card' | 'full', plainText: (html: string) => unknown): unknown =>
  serverDefinition ? serverDefinition(term, variant) : plainText(term.definition);
