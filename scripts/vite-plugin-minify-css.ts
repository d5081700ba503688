import type { Plugin } from 'vite';

/**
 * Squeezes the CSS inside Lit's css`…` templates in our own style modules: comments go, runs of
 * white space become one, and spaces around punctuation vanish. The shadow styles then cost what
 * their rules need, not what their indentation does.
 */
export function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!/\/src\/.*\.styles\.ts$/.test(id)) return null;
      return {
        code: code.replace(/css`([^`]*)`/g, (_, body: string) => `css\`${squeeze(body)}\``),
        map: null,
      };
    },
  };
}

function squeeze(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
