/// <reference types="node" />
import { Marked } from 'marked';
import { defaultTreeAdapter, html as parse5Html, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { ALLOWED_ELEMENTS, LINK_REL, REMOVED_WITH_CONTENT } from '../data/allowlist.js';
import { safeLink } from '../data/urls.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

const allowed = new Set<string>(ALLOWED_ELEMENTS);
const removed = new Set<string>(REMOVED_WITH_CONTENT);
const HTML_NAMESPACE = parse5Html.NS.HTML;

// CommonMark with GitHub's additions; raw HTML passes through marked and is cleaned below like the rest.
const markdown = new Marked({ gfm: true, async: false });

/**
 * A definition cell or Markdown body as the HTML the elements will show: Markdown (or HTML, which
 * Markdown passes through) rendered by marked, then narrowed to the contract's allowlist.
 */
export function definitionHtml(source: string): string {
  return sanitizeHtml(markdown.parse(source, { async: false }) as string).trim();
}

/**
 * Keeps what the elements' sanitizer keeps (src/data/sanitize.ts): the allowlisted elements, `href`
 * on links when it is http, https, mailto or relative, with `rel` forced; the REMOVED_WITH_CONTENT
 * elements go with their content, comments go, other elements are unwrapped (their text stays).
 * parse5 parses as browsers do (an inert document: no scripting). Unwrapping can nest what a parser
 * never nests (a paragraph inside a paragraph), so the result is cleaned again until it is stable:
 * a browser reading it back gets exactly this.
 */
export function sanitizeHtml(html: string): string {
  let result = html;
  for (let pass = 0; pass < 4; pass++) {
    const fragment = parseFragment(result, { scriptingEnabled: false });
    clean(fragment);
    const next = serialize(fragment);
    if (next === result) break;
    result = next;
  }
  return result;
}

function clean(parent: ParentNode): void {
  const kept: ChildNode[] = [];
  for (const node of parent.childNodes) {
    if (defaultTreeAdapter.isTextNode(node)) kept.push(node);
    if (!defaultTreeAdapter.isElementNode(node)) continue; // comments, doctypes
    if (removed.has(node.tagName)) continue;
    clean(node);
    if (node.namespaceURI !== HTML_NAMESPACE || !allowed.has(node.tagName)) {
      kept.push(...node.childNodes);
      continue;
    }
    const href = node.tagName === 'a' ? safeLink(node.attrs.find((attribute) => attribute.name === 'href')?.value) : undefined;
    node.attrs = node.tagName === 'a' ? [...(href === undefined ? [] : [{ name: 'href', value: href }]), { name: 'rel', value: LINK_REL }] : [];
    kept.push(node);
  }
  for (const node of kept) node.parentNode = parent;
  parent.childNodes = kept;
}
