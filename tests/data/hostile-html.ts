/**
 * Hostile definition HTML: one entry per well-known XSS vector class. Every executable payload
 * calls `window.__pwned('<name>')` (from an iframe or embedded document: `parent.__pwned`), so a
 * test that installs `window.__pwned` can prove that nothing ran.
 *
 * `survivingText`: text the contract says stays (inside allowed or unwrapped elements).
 * `removedText`: text that must be gone (inside elements removed with their content).
 */
export interface HostileInput {
  name: string;
  html: string;
  survivingText?: string[];
  removedText?: string[];
}

declare global {
  interface Window {
    __pwned?: (name: string) => void;
  }
}

/** `<script>parent.__pwned('href-data-base64')</script>`, base64-encoded. */
const DATA_HTML_BASE64 = 'PHNjcmlwdD5wYXJlbnQuX19wd25lZCgnaHJlZi1kYXRhLWJhc2U2NCcpPC9zY3JpcHQ+';

export const HOSTILE_HTML: HostileInput[] = [
  // --- <script> in its many spellings ---------------------------------------------------------
  {
    name: 'script-inline',
    html: `<p>before</p><script>window.__pwned('script-inline')</script><p>after</p>`,
    survivingText: ['before', 'after'],
    removedText: ['__pwned'],
  },
  {
    name: 'script-src-data',
    html: `<script src="data:text/javascript,window.__pwned('script-src-data')"></script>kept`,
    survivingText: ['kept'],
  },
  {
    name: 'script-uppercase',
    html: `<SCRIPT type="text/javascript">window.__pwned('script-uppercase')</SCRIPT>kept`,
    survivingText: ['kept'],
    removedText: ['__pwned'],
  },
  {
    name: 'script-split-tag',
    html: `<scr<script>ipt>window.__pwned('script-split-tag')</scr</script>ipt>`,
  },
  {
    name: 'script-in-allowed',
    html: `<p><strong>bold <script>window.__pwned('script-in-allowed')</script>text</strong></p>`,
    survivingText: ['bold', 'text'],
    removedText: ['__pwned'],
  },

  // --- inline event handlers --------------------------------------------------------------------
  {
    name: 'img-onerror',
    html: `<img src=x onerror="window.__pwned('img-onerror')">after`,
    survivingText: ['after'],
  },
  {
    name: 'img-slash-separators',
    html: `<img/src=x/onerror=window.__pwned('img-slash-separators')>`,
  },
  {
    name: 'img-backtick-quotes',
    html: '<img src=`x` onerror="window.__pwned(\'img-backtick-quotes\')">',
  },
  {
    name: 'handlers-on-allowed-tags',
    html:
      `<p onmouseover="window.__pwned('p-mouseover')" onclick="window.__pwned('p-click')" style="color:red">hover me</p>` +
      `<b tabindex="0" autofocus onfocus="window.__pwned('b-focus')">bold</b>` +
      `<abbr title="t" onpointerenter="window.__pwned('abbr')">abbr</abbr>` +
      `<code onanimationstart="window.__pwned('code')" style="animation:spin 1s">code</code>`,
    survivingText: ['hover me', 'bold', 'abbr', 'code'],
  },
  {
    name: 'a-autofocus-onfocus',
    html: `<a href="https://x.test/" autofocus onfocus="window.__pwned('a-autofocus-onfocus')">focus</a>`,
    survivingText: ['focus'],
  },
  {
    name: 'div-contenteditable-autofocus',
    html: `<div contenteditable autofocus onfocus="window.__pwned('div-autofocus')">editable</div>`,
    survivingText: ['editable'],
  },
  {
    name: 'details-ontoggle',
    html: `<details open ontoggle="window.__pwned('details-ontoggle')"><summary>summary</summary>detail body</details>`,
    survivingText: ['summary', 'detail body'],
  },
  {
    name: 'video-source-onerror',
    html:
      `<video><source src=x onerror="window.__pwned('video-source-onerror')">video text</video>` +
      `<audio src=x onerror="window.__pwned('audio-onerror')"></audio>`,
    survivingText: ['video text'],
  },
  {
    name: 'body-onload',
    html: `<body onload="window.__pwned('body-onload')">body text</body>`,
    survivingText: ['body text'],
  },
  {
    // Not first in the markup (the leading case is its own entry below).
    name: 'frameset-onload',
    html: `text<frameset onload="window.__pwned('frameset-onload')"><frame src="javascript:parent.__pwned('frame')"></frameset>`,
    survivingText: ['text'],
  },
  {
    // onbounce is a handler the native sanitizer keeps under a custom config; the allowlist pass drops it.
    name: 'marquee-onbounce',
    html: `<marquee behavior="alternate" loop="2" onbounce="window.__pwned('marquee-onbounce')">scrolling</marquee>`,
    survivingText: ['scrolling'],
  },
  {
    name: 'isindex',
    html:
      `<isindex type=image src=x onerror="window.__pwned('isindex-img')">` +
      `<isindex action="javascript:window.__pwned('isindex-action')" autofocus onfocus="window.__pwned('isindex-focus')">`,
  },
  {
    name: 'img-srcset',
    html: `<picture><source srcset="x 1x"><img srcset="y 2x" src=x onerror="window.__pwned('img-srcset')"></picture>pic`,
    survivingText: ['pic'],
  },
  {
    name: 'custom-element',
    html: `<x-widget onclick="window.__pwned('custom')" is="x-y">custom text</x-widget>`,
    survivingText: ['custom text'],
  },

  // --- dangerous URLs in href -------------------------------------------------------------------
  {
    name: 'href-javascript',
    html: `<a href="javascript:window.__pwned('href-javascript')">plain</a>`,
    survivingText: ['plain'],
  },
  {
    name: 'href-mixed-case',
    html: `<a href="JaVaScRiPt:window.__pwned('href-mixed-case')">case</a>`,
    survivingText: ['case'],
  },
  {
    name: 'href-leading-whitespace',
    html: `<a href=" \n\t javascript:window.__pwned('href-leading-whitespace')">space</a>`,
    survivingText: ['space'],
  },
  {
    name: 'href-leading-control-char',
    html: `<a href="&#1;&#31;javascript:window.__pwned('href-leading-control-char')">control</a>`,
    survivingText: ['control'],
  },
  {
    name: 'href-tab-newline-in-scheme',
    html:
      `<a href="jav\tascript:window.__pwned('href-tab')">tab</a>` +
      `<a href="java\nscript:window.__pwned('href-newline')">newline</a>` +
      `<a href="jav&#x09;ascript:window.__pwned('href-tab-entity')">tab entity</a>` +
      `<a href="jav&#x0A;a&#x0D;script:window.__pwned('href-nl-entity')">newline entity</a>`,
    survivingText: ['tab', 'newline', 'tab entity', 'newline entity'],
  },
  {
    name: 'href-decimal-entities',
    html:
      `<a href="&#106;avascript:window.__pwned('href-decimal')">dec</a>` +
      `<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058window.__pwned('href-padded')">padded</a>`,
    survivingText: ['dec', 'padded'],
  },
  {
    name: 'href-hex-entities',
    html:
      `<a href="&#x6A;avascript:window.__pwned('href-hex')">hex</a>` +
      `<a href="&#X6a&#X61&#X76&#X61&#X73&#X63&#X72&#X69&#X70&#X74&#X3A;window.__pwned('href-hex-nosemi')">hex2</a>`,
    survivingText: ['hex', 'hex2'],
  },
  {
    name: 'href-named-entities',
    html: `<a href="javascript&colon;window.__pwned&lpar;'href-named'&rpar;">named</a>`,
    survivingText: ['named'],
  },
  {
    name: 'href-javascript-comment-newline',
    html: `<a href="javascript://%0Awindow.__pwned('href-comment-newline')">comment</a>`,
    survivingText: ['comment'],
  },
  {
    name: 'href-vbscript',
    html: `<a href="vbscript:msgbox(&quot;href-vbscript&quot;)">vb</a><a href="VBScript:x">VB</a>`,
    survivingText: ['vb', 'VB'],
  },
  {
    name: 'href-data-html',
    html:
      `<a href="data:text/html,<script>parent.__pwned('href-data-html')</script>">data</a>` +
      `<a href="data:text/html;base64,${DATA_HTML_BASE64}">data64</a>` +
      `<a href=" DATA:image/svg+xml,<svg onload=parent.__pwned(1)>">svg</a>`,
    survivingText: ['data', 'data64', 'svg'],
  },
  {
    name: 'nested-a-in-allowed',
    html: `<ul><li><p><strong><em><a href="javascript:window.__pwned('nested-a-in-allowed')">deep link</a></em></strong></p></li></ul>`,
    survivingText: ['deep link'],
  },
  {
    name: 'a-inside-a',
    html: `<a href="https://ok.test/"><a href="javascript:window.__pwned('a-inside-a')">inner</a>outer</a>`,
    survivingText: ['inner', 'outer'],
  },
  {
    name: 'a-extra-attributes',
    html:
      `<a href="https://x.test/" target="_blank" rel="opener" ping="https://evil.test/" download ` +
      `onclick="window.__pwned('a-extra')" style="position:fixed;inset:0" title="&quot;><img src=x onerror=window.__pwned('a-title')>">link</a>`,
    survivingText: ['link'],
  },
  {
    name: 'xlink-href',
    html: `<a xlink:href="javascript:window.__pwned('xlink-href')">xlink</a>`,
    survivingText: ['xlink'],
  },

  // --- foreign content: SVG and MathML ----------------------------------------------------------
  {
    name: 'svg-onload',
    html: `<svg onload="window.__pwned('svg-onload')"><text>svg text</text></svg>after`,
    survivingText: ['after'],
    removedText: ['svg text'],
  },
  {
    name: 'svg-script',
    html: `<svg><script>window.__pwned('svg-script')</script><script href="data:,window.__pwned('svg-script-href')"></script></svg>`,
    removedText: ['__pwned'],
  },
  {
    name: 'svg-animate-href',
    html:
      `<svg><a><animate attributeName="href" values="javascript:window.__pwned('svg-animate')"/>` +
      `<text y="20">click</text></a><set attributeName="onmouseover" to="window.__pwned('svg-set')"/></svg>`,
    removedText: ['click'],
  },
  {
    name: 'svg-use-data',
    html: `<svg><use href="data:image/svg+xml,&lt;svg id='u' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='x' onerror='parent.__pwned(1)'/&gt;&lt;/svg&gt;#u"/></svg>`,
  },
  {
    name: 'svg-style-namespace-confusion',
    html: `<svg></p><style><a id="</style><img src=x onerror=window.__pwned('svg-style-confusion')>">`,
  },
  {
    name: 'math-maction-href',
    html:
      `<math><maction actiontype="statusline" xlink:href="javascript:window.__pwned('math-maction')">` +
      `<mtext>math text</mtext></maction></math><math href="javascript:window.__pwned('math-href')"><mi>x</mi></math>after`,
    survivingText: ['after'],
    removedText: ['math text'],
  },
  {
    name: 'math-mglyph-style',
    html: `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned('math-mglyph')"></style></mglyph></table></mtext></math>`,
  },
  {
    name: 'form-math-mglyph',
    html: `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="window.__pwned('form-math-mglyph')">`,
  },

  // --- embedded documents, forms and controls ---------------------------------------------------
  {
    name: 'iframe-src-javascript',
    html: `<iframe src="javascript:parent.__pwned('iframe-src')">iframe text</iframe>after`,
    survivingText: ['after'],
    removedText: ['iframe text'],
  },
  {
    name: 'iframe-srcdoc',
    html: `<iframe srcdoc="&lt;script&gt;parent.__pwned('iframe-srcdoc')&lt;/script&gt;"></iframe>`,
  },
  {
    name: 'object-data',
    html: `<object data="javascript:window.__pwned('object-data')" type="text/html">object text<param name=x value=y></object>after`,
    survivingText: ['after'],
    removedText: ['object text'],
  },
  {
    name: 'embed-src',
    html: `<embed src="data:text/html,<script>parent.__pwned('embed-src')</script>" type="text/html">after`,
    survivingText: ['after'],
  },
  {
    name: 'form-action',
    html: `<form action="javascript:window.__pwned('form-action')"><p>form text</p><button>submit</button></form>after`,
    survivingText: ['after'],
    removedText: ['form text', 'submit'],
  },
  {
    name: 'button-formaction',
    html: `<button formaction="javascript:window.__pwned('button-formaction')" autofocus onfocus="window.__pwned('button-focus')">button text</button>after`,
    survivingText: ['after'],
    removedText: ['button text'],
  },
  {
    name: 'input-autofocus',
    html:
      `<input autofocus onfocus="window.__pwned('input-autofocus')" value="input value">` +
      `<input type="image" src=x onerror="window.__pwned('input-image')">after`,
    survivingText: ['after'],
    removedText: ['input value'],
  },
  {
    name: 'textarea',
    html: `<textarea autofocus onfocus="window.__pwned('textarea-focus')"><img src=x onerror="window.__pwned('textarea')"></textarea>after`,
    survivingText: ['after'],
    removedText: ['__pwned'],
  },
  {
    name: 'select',
    html: `<select autofocus onfocus="window.__pwned('select')"><option>option text</option></select>after`,
    survivingText: ['after'],
    removedText: ['option text'],
  },
  {
    name: 'keygen',
    html: `<keygen autofocus onfocus="window.__pwned('keygen')">after`,
    survivingText: ['after'],
  },
  {
    name: 'dom-clobbering-form',
    html: `<form id="f"><input name="attributes"><input name="localName"></form><img name="querySelectorAll" src=x>after`,
    survivingText: ['after'],
  },

  // --- styles, document-level elements ----------------------------------------------------------
  {
    name: 'style-import',
    html: `<style>@import 'javascript:window.__pwned(1)'; p { background: url(x) }</style><p>styled</p>`,
    survivingText: ['styled'],
    removedText: ['@import'],
  },
  {
    name: 'style-attribute-expression',
    html:
      `<p style="width: expression(window.__pwned('style-expression'))">expression</p>` +
      `<p style="background-image: url('javascript:window.__pwned(1)')">url</p>` +
      `<p style="behavior: url(x.htc); -moz-binding: url(x.xml#xss)">binding</p>`,
    survivingText: ['expression', 'url', 'binding'],
  },
  {
    name: 'base-href',
    html: `<base href="javascript:window.__pwned('base-href')//"><a href="/relative/page">relative</a>`,
    survivingText: ['relative'],
  },
  {
    name: 'meta-refresh',
    html: `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned('meta-refresh')">after`,
    survivingText: ['after'],
  },
  {
    name: 'link-import',
    html:
      `<link rel="import" href="data:text/html,<script>parent.__pwned('link-import')</script>">` +
      `<link rel="stylesheet" href="data:text/css,*{color:red}">after`,
    survivingText: ['after'],
  },
  {
    name: 'template-script',
    html: `<template><script>window.__pwned('template')</script><img src=x onerror="window.__pwned('template-img')">template text</template>after`,
    survivingText: ['after'],
    removedText: ['template text'],
  },
  {
    name: 'declarative-shadow-root',
    html: `<p><template shadowrootmode="open" shadowrootclonable><img src=x onerror="window.__pwned('dsd')"><style>*{}</style></template>host text</p>`,
    survivingText: ['host text'],
  },

  // --- parser tricks (mXSS) ---------------------------------------------------------------------
  {
    name: 'noscript-mxss',
    html: `<noscript><p title="</noscript><img src=x onerror=window.__pwned('noscript-mxss')>"></noscript>after`,
    survivingText: ['after'],
  },
  {
    // Mid-body: the parser ignores </noscript> while the <p> is open, so the rest stays inside.
    name: 'noscript-mxss-in-body',
    html: `<p>lead</p><noscript><p title="</noscript><img src=x onerror=window.__pwned('noscript-in-body')>"></noscript>after`,
    survivingText: ['lead'],
  },
  {
    name: 'xmp-raw-text',
    html: `<xmp><img src=x onerror="window.__pwned('xmp')"></xmp>after`,
    survivingText: ['after'],
  },
  {
    name: 'noembed-noframes-title',
    html: `<noembed><img src=x onerror="window.__pwned('noembed')"></noembed><noframes><img src=x onerror="window.__pwned('noframes')"></noframes><title></title><img src=x onerror="window.__pwned('title')"></title>`,
  },
  {
    name: 'plaintext',
    html: `<p>before</p><plaintext><img src=x onerror="window.__pwned('plaintext')">`,
    survivingText: ['before'],
  },
  {
    name: 'comment-abrupt-close',
    html: `<!--><img src=x onerror="window.__pwned('comment-abrupt')">-->after`,
    survivingText: ['after'],
  },
  {
    name: 'comment-bang-close',
    html: `<!-- a --!><img src=x onerror="window.__pwned('comment-bang')"> -->after`,
    survivingText: ['after'],
  },
  {
    name: 'conditional-comment',
    html: `<!--[if gte IE 4]><script>window.__pwned('conditional')</script><![endif]-->after`,
    survivingText: ['after'],
  },
  {
    name: 'attribute-breakout',
    html: `<p title="--><img src=x onerror=window.__pwned('attribute-breakout')>">quoted</p>`,
    survivingText: ['quoted'],
  },
  {
    name: 'unclosed-tag-at-end',
    html: `<p>open paragraph<img src=x onerror="window.__pwned('unclosed')"`,
    survivingText: ['open paragraph'],
  },
  {
    name: 'unclosed-allowed-tags',
    html: `<ul><li>one<li>two<p><b>bold<i>both</p>rest<a href="javascript:window.__pwned('unclosed-a')">link`,
    survivingText: ['one', 'two', 'bold', 'both', 'rest', 'link'],
  },
  {
    name: 'table-foster-parenting',
    html: `<table><tr><td onclick="window.__pwned('td')">cell one</td><td>cell two</td></tr><img src=x onerror="window.__pwned('table-img')"></table>`,
    survivingText: ['cell one', 'cell two'],
  },
  {
    name: 'unwrapped-layout',
    html: `<div onclick="window.__pwned('div')"><h1 id="h">Heading text</h1><span style="color:red">span text</span><section>section text</section></div>`,
    survivingText: ['Heading text', 'span text', 'section text'],
  },
  {
    // Chromium 156 crashed the tab on onstart/onfinish under a custom sanitizer config without a
    // global attribute list; src/data/sanitize.ts passes one.
    name: 'onstart-onfinish-crash-native',
    html: `<marquee onstart="window.__pwned('marquee-onstart')">scrolling</marquee><p onfinish="x">text</p>`,
    survivingText: ['scrolling', 'text'],
  },
  {
    // A leading <frameset> leaves DOMPurify no body; it must sanitize to nothing, not reject.
    name: 'leading-frameset',
    html: `<frameset onload="window.__pwned('frameset')"><frame src="javascript:parent.__pwned('frame')"></frameset>`,
  },
];

/** Ordinary definitions, the kind a real glossary holds: both engines must agree on them exactly. */
export const ORDINARY_HTML: string[] = [
  '<p>A plain paragraph.</p>',
  '<p>The <strong>back-end</strong> is the part of a site that runs on the <em>server</em>.</p><p>Second paragraph.</p>',
  '<p>Line one<br>line two</p>',
  '<ul><li>One</li><li>Two <b>bold</b></li></ul><ol><li>First</li></ol>',
  '<p>See <a href="https://example.com/glossary/">the glossary</a> or <a href="/relative/">a page</a>.</p>',
  '<p>Write to <a href="mailto:hello@example.com">us</a>.</p>',
  '<blockquote><p>A quote with <i>style</i> and <u>underline</u>.</p></blockquote>',
  '<pre><code>const x = 1 &lt; 2;\n  indented</code></pre>',
  '<p>H<sub>2</sub>O and E = mc<sup>2</sup>, <abbr title="Application Programming Interface">API</abbr>.</p>',
  '<div class="x"><h3>Heading</h3><p>Body</p></div>',
  'Bare text &amp; an entity &mdash; no element at all.',
  '<p>Caf\u00e9 \u2014 \u65e5\u672c\u8a9e \u{1F600}</p>',
];

const CONTRACT_ELEMENTS = new Set([
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 'a', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote', 'sub', 'sup', 'abbr',
]);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const XHTML = 'http://www.w3.org/1999/xhtml';

/**
 * Everything below `root` (not `root` itself) that the contract's Security section forbids in
 * sanitized definition markup: elements off the allowlist, foreign or namespaced nodes, comments,
 * shadow roots, any attribute but `href`/`rel` on `a`, a missing `rel="noopener noreferrer"`, an
 * `href` that is not http, https, mailto or relative. Empty when the markup is clean.
 */
export function unsafeFindings(root: Node): string[] {
  const problems: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (!(node instanceof Element)) {
      problems.push(`a ${node.nodeName} node`);
      continue;
    }
    const name = node.localName;
    if (node.namespaceURI !== XHTML || !CONTRACT_ELEMENTS.has(name)) problems.push(`<${name}> in ${node.namespaceURI}`);
    if (node.shadowRoot) problems.push(`<${name}> has a shadow root`);
    for (const attribute of Array.from(node.attributes)) {
      const linkAttribute = name === 'a' && !attribute.namespaceURI && ['href', 'rel'].includes(attribute.name);
      if (!linkAttribute) problems.push(`<${name} ${attribute.name}="${attribute.value}">`);
    }
    if (name !== 'a') continue;
    if (node.getAttribute('rel') !== 'noopener noreferrer') problems.push(`<a rel="${node.getAttribute('rel')}">`);
    const href = node.getAttribute('href');
    if (href === null) continue;
    let protocol = '(unparseable)';
    try {
      protocol = new URL(href, location.href).protocol;
    } catch {
      // Reported below.
    }
    if (!SAFE_PROTOCOLS.has(protocol)) problems.push(`<a href="${href}"> (${protocol})`);
  }
  return problems;
}
