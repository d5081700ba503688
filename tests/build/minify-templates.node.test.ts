import { describe, expect, it } from 'vitest';
import { minifyTemplates, squeeze } from '../../scripts/vite-plugin-minify-templates.js';

describe('squeeze (the CSS of shadow styles in the bundles)', () => {
  it('drops comments and the white space around braces, semicolons, commas and child combinators', () => {
    const css = `
      /* a comment */
      .a > .b,
      .c {
        color: red;
        margin-block: 0 1em;
      }`;
    expect(squeeze(css)).toBe('.a>.b,.c{color:red;margin-block:0 1em}');
  });

  it('keeps the descendant combinator before a pseudo-element or pseudo-class', () => {
    expect(squeeze('.description ::slotted(*) { margin: 0; }')).toBe('.description ::slotted(*){margin:0}');
    expect(squeeze('.list :focus-visible { outline: none; }')).toBe('.list :focus-visible{outline:none}');
  });
});

describe('minifyTemplates', () => {
  const transform = (code: string, id = '/repo/src/x.ts') =>
    (minifyTemplates().transform as (code: string, id: string) => { code: string } | null)(code, id);

  it("squeezes css`…` and sheet`…` in the sources and leaves other files alone", () => {
    const code = 'const a = css`\n  .x { color: red; }\n`;\nconst b = sheet`.y :hover { color: blue; }`;';
    expect(transform(code)!.code).toBe('const a = css`.x{color:red}`;\nconst b = sheet`.y :hover{color:blue}`;');
    expect(transform(code, '/repo/node_modules/lit/index.js')).toBeNull();
  });
});
