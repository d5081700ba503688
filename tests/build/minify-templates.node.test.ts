import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { minifyTemplates } from '../../scripts/vite-plugin-minify-templates.js';

/** Runs the plugin's transform as the bundler would, with the bundler's own parser. */
function minify(code: string, id = '/project/src/element.ts'): string {
  const plugin = minifyTemplates();
  const transform = plugin.transform as (this: { parse: typeof parseAst }, code: string, id: string) => { code: string } | null;
  return transform.call({ parse: (source: string) => parseAst(source) }, code, id)?.code ?? code;
}

describe('minifyTemplates', () => {
  it("minifies the CSS of css`…` and keeps a descendant combinator before a pseudo-element", () => {
    const out = minify('const styles = css`\n  /* why */\n  .description ::slotted(*) {\n    color: red;\n  }\n  :host { display: block; }\n`;');
    expect(out).toBe('const styles = css`.description ::slotted(*){color:red}:host{display:block}`;');
  });

  it('collapses the indentation of html`…` text, keeps its line breaks and leaves its expressions alone', () => {
    const out = minify("const view = html`\n    <p class=\"a\">\n      ${'  keep  '}\n    </p>\n  `;");
    expect(out).toBe("const view = html`\n<p class=\"a\">\n${'  keep  '}\n</p>\n`;");
  });

  it('touches nothing outside those templates: other strings, other tags, other folders', () => {
    const code = "const text = `\n    indented`;\nconst other = svg`\n    <g></g>`;\nconst css2 = 'css`  a { }`';";
    expect(minify(code)).toBe(code);
    const outside = 'const styles = css`\n  a { color: red; }\n`;';
    expect(minify(outside, '/project/node_modules/lib/index.js')).toBe(outside);
  });

  it('escapes what would end the template or open an expression in the minified CSS', () => {
    const out = minify('const styles = css`\n  a::before { content: "\\`\\${x}"; }\n`;');
    expect(out).toBe('const styles = css`a:before{content:"\\`\\${x}"}`;');
  });
});
