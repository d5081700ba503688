// Functions that run inside the page (through `page.evaluate`): each is self-contained, as
// puppeteer sends only its source.

/**
 * Everything in the glossary elements (their shadow trees and light-DOM children) that could run
 * or lead somewhere unsafe: elements that load or run things, `on*` attributes, URLs whose scheme
 * is not http, https or mailto; and, inside definitions, anything off the contract's allowlist.
 * Empty when all is safe.
 */
export function auditElements(): string[] {
  const safeSchemes = ['http:', 'https:', 'mailto:'];
  const urlAttributes = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping'];
  const forbidden = ['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'frame', 'frameset', 'svg', 'math', 'template', 'noscript', 'style'];
  const definitionElements = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'a', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote', 'sub', 'sup', 'abbr'];
  const findings: string[] = [];

  const visit = (root: Element | ShadowRoot, where: string) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const name = element.localName;
      const jsonLd = name === 'script' && element.getAttribute('type') === 'application/ld+json' && root instanceof Element;
      if (forbidden.includes(name) && !jsonLd) findings.push(`${where}: <${name}>`);
      for (const attribute of element.getAttributeNames()) {
        if (attribute.toLowerCase().startsWith('on')) findings.push(`${where}: <${name} ${attribute}>`);
        if (!urlAttributes.includes(attribute.toLowerCase())) continue;
        const value = element.getAttribute(attribute)!;
        let scheme = '(unparseable)';
        try {
          scheme = new URL(value, document.baseURI).protocol;
        } catch {
          // Reported below.
        }
        if (!safeSchemes.includes(scheme)) findings.push(`${where}: <${name} ${attribute}="${value}">`);
      }
      if (element.shadowRoot) visit(element.shadowRoot, `${where} > ${name}`);
    }
  };
  const definitionAudit = (definition: Element, where: string) => {
    for (const element of Array.from(definition.querySelectorAll('*'))) {
      const name = element.localName;
      if (!definitionElements.includes(name) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') findings.push(`${where} definition: <${name}>`);
      for (const attribute of element.getAttributeNames()) {
        if (!(name === 'a' && (attribute === 'href' || attribute === 'rel'))) findings.push(`${where} definition: <${name} ${attribute}>`);
      }
      if (name === 'a' && element.getAttribute('rel') !== 'noopener noreferrer') findings.push(`${where} definition: <a> without rel`);
    }
  };

  for (const host of Array.from(document.querySelectorAll('glossary-term, glossary-index, alert-signup'))) {
    const where = `#${host.id}`;
    visit(host, where);
    if (!host.shadowRoot) continue;
    visit(host.shadowRoot, where);
    for (const definition of Array.from(host.shadowRoot.querySelectorAll('[part~="definition"]'))) definitionAudit(definition, where);
  }
  return findings;
}

/**
 * Gives every handler a chance to fire: focus, pointer and mouse events on every element in the
 * glossary elements' shadow trees. Links are not clicked (that would navigate away).
 */
export function provokeHandlers(): number {
  let provoked = 0;
  for (const host of Array.from(document.querySelectorAll('glossary-term, glossary-index, alert-signup'))) {
    for (const element of Array.from(host.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])) {
      for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'focus', 'animationstart', 'toggle']) {
        element.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      }
      element.focus?.();
      provoked++;
    }
  }
  return provoked;
}

/**
 * In the page: resolves once a control image, put after everything else, has failed to load. Its
 * URL (`x`) is the broken one the hostile images use, so by then their `error` (or `load`)
 * handlers have had their turn; the control image is removed again, before any audit.
 */
export function afterControlImage(): Promise<void> {
  return new Promise((resolve) => {
    const control = document.createElement('img');
    const done = () => {
      control.remove();
      resolve();
    };
    control.addEventListener('load', done, { once: true });
    control.addEventListener('error', done, { once: true });
    control.alt = '';
    control.src = 'x';
    document.body.append(control);
  });
}
