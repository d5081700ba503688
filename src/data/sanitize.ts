/**
 * The contract's definition HTML allowlist. Everything else is unwrapped (its text stays),
 * except the elements in REMOVED_WITH_CONTENT, which go together with everything inside them.
 */
import type { Config, DOMPurify, WindowLike } from 'dompurify';
import { ALLOWED_ELEMENTS, LINK_REL, REMOVED_WITH_CONTENT } from './allowlist.js';
import { loadDOMPurify } from './load-dompurify.js';
import { libraryPolicy } from './trusted-policy.js';
import { safeLink } from './urls.js';

export { ALLOWED_ELEMENTS, REMOVED_WITH_CONTENT };

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const MATHML_NAMESPACE = 'http://www.w3.org/1998/Math/MathML';
const allowed = new Set<string>(ALLOWED_ELEMENTS);

/** Which engine sanitized: the browser's own `setHTML`, or DOMPurify where it has none. */
export type SanitizerEngine = 'native' | 'dompurify';

export const nativeSanitizerAvailable = (): boolean =>
  typeof Element !== 'undefined' && typeof Element.prototype.setHTML === 'function';

/**
 * Turns untrusted definition HTML into a fragment that keeps only the contract's allowlist.
 * The browser's `setHTML` (or DOMPurify, loaded on first need where it is missing) does the
 * parsing and the removal of anything that runs; one allowlist pass then narrows both to the
 * same allowlist. They still parse some malformed markup differently (`<noscript>`, raw-text
 * elements, `<frameset>`): the shapes differ, never what may survive (README, Security).
 */
export async function sanitizeDefinition(html: string, baseUrl = ''): Promise<DocumentFragment> {
  const container = nativeSanitizerAvailable() ? parseNative(html) : await parseWithDOMPurify(html);
  narrowToAllowlist(container, baseUrl);
  const fragment = document.createDocumentFragment();
  fragment.append(...Array.from(container.childNodes, (node) => document.importNode(node, true)));
  return fragment;
}

/** The engine `sanitizeDefinition` uses in this browser right now. */
export const sanitizerEngine = (): SanitizerEngine => (nativeSanitizerAvailable() ? 'native' : 'dompurify');

// An inert document: nothing parsed into it loads or runs, images included.
const inertDocument = () => document.implementation.createHTMLDocument('');

/**
 * The native sanitizer's part: drop what must go with its content, every attribute but `href`
 * (and with it every handler and `javascript:` URL), and comments; leave the other elements for
 * the allowlist pass to unwrap, so their text stays. The global `attributes` list matters beyond
 * tidiness: Chromium 156 crashes the tab in setHTML on `onstart`/`onfinish` attributes when a
 * custom configuration has no global attribute list.
 */
const NATIVE_CONFIG: SanitizerConfig = {
  comments: false,
  attributes: ['href'],
  removeElements: REMOVED_WITH_CONTENT.map((name) => ({
    name,
    namespace: name === 'svg' ? SVG_NAMESPACE : name === 'math' ? MATHML_NAMESPACE : 'http://www.w3.org/1999/xhtml',
  })),
};

function parseNative(html: string): HTMLElement {
  const container = inertDocument().createElement('div');
  container.setHTML!(html, { sanitizer: NATIVE_CONFIG });
  return container;
}

let purifier: Promise<DOMPurify> | undefined;

async function parseWithDOMPurify(html: string): Promise<HTMLElement> {
  // DOMPurify parses through a policy where Trusted Types exist: ours, so that a strict page
  // needs to allow one name. Where the page forbids it, DOMPurify's own would be refused too (and
  // reported): the caller shows plain text instead, without loading DOMPurify at all.
  const policy = libraryPolicy();
  if (policy === null) throw new Error('the page\'s trusted-types list forbids the glossary-elements policy');
  purifier ??= loadDOMPurify().then((createDOMPurify) => createDOMPurify(window as unknown as WindowLike));
  // FORBID_CONTENTS replaces DOMPurify's own list with the contract's. (DOMPurify still drops
  // markup-looking text inside raw-text elements such as xmp: its guard against mutation XSS.)
  const fragment = (await purifier).sanitize(html, {
    ALLOWED_TAGS: [...ALLOWED_ELEMENTS],
    ALLOWED_ATTR: ['href'],
    FORBID_CONTENTS: [...REMOVED_WITH_CONTENT],
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
    // DOMPurify's types name the DOM's own TrustedTypePolicy; ours is the same object.
    ...(policy && { TRUSTED_TYPES_POLICY: policy as unknown as NonNullable<Config['TRUSTED_TYPES_POLICY']> }),
  }) as DocumentFragment | null;
  const container = inertDocument().createElement('div');
  // Markup that leaves no body at all (a leading <frameset>) sanitizes to nothing.
  if (fragment) container.append(container.ownerDocument.importNode(fragment, true));
  return container;
}

/**
 * Unwraps elements off the allowlist, drops every attribute but a safe `a[href]`. Relative links
 * resolve against `baseUrl` (the glossary file's URL, when given), as the data's other links do;
 * a `#fragment` link stays as written, pointing into the page that shows the definition.
 */
function narrowToAllowlist(root: HTMLElement, baseUrl: string): void {
  for (const element of Array.from(root.querySelectorAll('*')).reverse()) {
    const name = element.localName;
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !allowed.has(name)) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    const written = element.getAttribute('href');
    const href = name === 'a' ? safeLink(written, written?.trim().startsWith('#') ? '' : baseUrl) : undefined;
    for (const attribute of Array.from(element.attributes)) element.removeAttribute(attribute.name);
    if (href !== undefined) element.setAttribute('href', href);
    if (name === 'a') element.setAttribute('rel', LINK_REL);
  }
}
