const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, safe to paste into HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

/**
 * JSON for a `<script>` element: `<` as `\u003c`, so that no string in it can close the element
 * (`</script>`) or open a comment; U+2028/2029 escaped for old JavaScript parsers.
 */
export const scriptJson = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
