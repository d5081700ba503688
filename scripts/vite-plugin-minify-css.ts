import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * Minifies the CSS inside Lit's css`…` templates of our own modules with lightningcss. It finds
 * them in the module's syntax tree and rewrites nothing else, so shadow styles cost what their
 * rules do, not what their comments and indentation do.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !code.includes('css`')) return null;
      const output = new MagicString(code);
      visit(this.parse(code) as unknown as Node, (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag as Node & { name?: string };
        const quasi = node.quasi as Node & { quasis: (Node & { value: { cooked: string } })[] };
        if (tag.type !== 'Identifier' || tag.name !== 'css' || quasi.quasis.length !== 1) return;
        const [text] = quasi.quasis;
        const minified = transform({ filename: id, code: Buffer.from(text!.value.cooked), minify: true }).code.toString();
        output.overwrite(text!.start, text!.end, minified.replace(/[\\`]|\$\{/g, (match) => `\\${match}`));
      });
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}

function visit(node: Node, enter: (node: Node) => void): void {
  enter(node);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as Node).type === 'string') visit(child as Node, enter);
    }
  }
}
