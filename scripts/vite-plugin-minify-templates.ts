import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

interface TemplateElement extends Node {
  value: { cooked: string; raw: string };
}

/**
 * Shrinks the text of Lit's templates in our own modules, found in each module's syntax tree:
 * - css`…`: minified by lightningcss;
 * - html`…`: the indentation after a line break in the template's own text goes. The line break
 *   stays, so white space still separates words and attributes, and the DOM reads the same.
 * Nothing outside those templates is touched, so shadow styles and markup cost what they say,
 * not what their comments and indentation do.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const output = new MagicString(code);
      visit(this.parse(code) as unknown as Node, (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag as Node & { name?: string };
        const { quasis } = node.quasi as Node & { quasis: TemplateElement[] };
        if (tag.type !== 'Identifier') return;
        if (tag.name === 'css' && quasis.length === 1) {
          const css = transform({ filename: id, code: Buffer.from(quasis[0]!.value.cooked), minify: true }).code.toString();
          output.overwrite(quasis[0]!.start, quasis[0]!.end, css.replace(/[\\`]|\$\{/g, (match) => `\\${match}`));
        } else if (tag.name === 'html') {
          for (const text of quasis) {
            const squeezed = text.value.raw.replace(/\n[ \t]+/g, '\n');
            if (squeezed !== text.value.raw) output.overwrite(text.start, text.end, squeezed);
          }
        }
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
