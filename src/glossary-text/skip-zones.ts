/**
 * Where mentions are never linked: links and controls (a link inside a link, a term inside a
 * label), code and headings (they say exactly what they say), scripts and foreign content, the
 * glossary's own elements, editable regions, and whatever the author marks.
 */
export const SKIP_ZONES = [
  'a', 'button', 'label', 'input', 'textarea', 'select', 'option',
  'code', 'pre', 'kbd', 'samp', 'script', 'style', 'template', 'noscript', 'svg', 'math',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'glossary-term', 'glossary-link', '[contenteditable]', '[data-glossary-skip]',
].join(', ');

/** The text nodes under `root` (itself, if a text node) that may hold mentions: none in a skip zone, none outside `host`. */
export function textNodesIn(root: Node, host: Element): Text[] {
  if (!host.contains(root) || insideSkipZone(root, host)) return [];
  if (root instanceof Text) return /\S/.test(root.data) ? [root] : [];
  if (!(root instanceof Element) || root.matches(SKIP_ZONES)) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element
        ? node.matches(SKIP_ZONES)
          ? NodeFilter.FILTER_REJECT // the whole zone, children included
          : NodeFilter.FILTER_SKIP
        : /\S/.test((node as Text).data)
          ? NodeFilter.FILTER_ACCEPT
          : NodeFilter.FILTER_REJECT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Whether an ancestor of `node` inside `host` is a skip zone (one around `host` is the page's business). */
function insideSkipZone(node: Node, host: Element): boolean {
  const zone = node.parentElement?.closest(SKIP_ZONES);
  return zone != null && host.contains(zone);
}
