/**
 * The contract's definition HTML allowlist, shared by the elements' sanitizer (sanitize.ts) and the
 * command line's `import`, which applies it when it writes a glossary so the file says what readers get.
 */
export const ALLOWED_ELEMENTS = [
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 'a', 'ul', 'ol', 'li',
  'code', 'pre', 'blockquote', 'sub', 'sup', 'abbr',
] as const;

/** Removed together with everything inside them; every other element off the list is unwrapped. */
export const REMOVED_WITH_CONTENT = [
  'script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'form', 'input', 'textarea', 'select', 'button',
] as const;

/** The `rel` every kept link gets. */
export const LINK_REL = 'noopener noreferrer';
