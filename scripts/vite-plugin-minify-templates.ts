import type { Plugin } from 'vite';

/**
 * Squeezes what the minifier leaves alone in our own modules: the text of template literals.
 * - CSS inside Lit's css`…` and our sheet`…`: comments go, runs of white space become one, and spaces around
 *   punctuation vanish.
 * - Indentation after a line break, which fills html`…` templates: the line break stays, so
 *   the white space still separates attributes and words exactly as before.
 * The shadow styles and templates then cost what they say, not what their indentation does.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      return {
        code: code.replace(/\b(css|sheet)`([^`]*)`/g, (_, tag: string, body: string) => `${tag}\`${squeeze(body)}\``).replace(/\n[ \t]+/g, '\n'),
        map: null,
      };
    },
  };
}

/** Minifies the CSS of one template: comments and needless white space go; meaning stays. */
export function squeeze(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // After a colon only: before one, a space can be a descendant combinator (`.a ::slotted(*)`).
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
