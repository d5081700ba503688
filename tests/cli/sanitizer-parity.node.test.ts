// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { definitionHtml } from '../../src/cli/definition-html.js';
import { sanitizeDefinition } from '../../src/data/sanitize.js';

/**
 * `import` cleans definitions with parse5 and the shared allowlist; the elements with the browser's
 * setHTML or, as here (jsdom has no setHTML), DOMPurify. What import writes must come out of the
 * elements' sanitizer unchanged: the file says what readers get.
 */
const serialize = (fragment: DocumentFragment) => {
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
};

const HOSTILE = [
  'Hi <script>alert(1)</script> **there** [x](javascript:alert(1)) [y](https://example.com/ "t")',
  '<p onclick="x()">a <a href="/rel" target="_blank" onmouseover="y()">b</a><img src=x onerror=alert(1)></p>',
  '<div>unwrap <span class="c">me</span></div><svg onload="alert(1)"><text>t</text></svg><style>p{}</style>',
  '<iframe src="https://evil.test">f</iframe><form><input value="v"><button>b</button></form><table><tr><td>cell</td></tr></table>',
  '## Heading\n\n> quote with `code` and <abbr title="t">abbr</abbr>, H<sub>2</sub>O, x<sup>2</sup>\n\n1. one\n2. two',
  '<p>a<div><p>b</p></div>c</p><pre><span>\nx</span></pre><a href="mailto:a@b.test">m</a> <a href=" JAVASCRIPT:x">j</a>',
  '<math><mi>x</mi></math><template><b>t</b></template><object>o</object><embed src=x><select><option>s</option></select><textarea>t</textarea>',
];

describe("import's HTML and the elements' sanitizer", () => {
  it.each(HOSTILE)('agree on %j', async (source) => {
    const written = definitionHtml(source);

    expect(serialize(await sanitizeDefinition(written))).toBe(written);
  });
});
