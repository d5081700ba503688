/**
 * Hostile strings for every place the elements show data or server text as text: term names,
 * aliases, summaries, article titles and excerpts, glossary titles, signup server messages. Written
 * after the vector classes of the public XSS cheat sheets (OWASP's filter evasion sheet,
 * PortSwigger's, the mXSS papers). Every payload that runs calls `__pwned('<name>')` (from a frame:
 * `parent.__pwned`), so a page with that canary proves nothing ran. Rendered as text, each must
 * show exactly as written.
 */
export interface HostileText {
  name: string;
  text: string;
}

export const HOSTILE_TEXT: HostileText[] = [
  // Event handlers
  { name: 'img-onerror', text: `<img src=x onerror="__pwned('img-onerror')">` },
  { name: 'svg-onload', text: `<svg onload=__pwned('svg-onload')>` },
  { name: 'body-onload', text: `<body onload=__pwned('body-onload')>` },
  { name: 'details-ontoggle', text: `<details open ontoggle=__pwned('details-ontoggle')>` },
  { name: 'input-autofocus', text: `<input autofocus onfocus=__pwned('input-autofocus')>` },
  { name: 'video-source-onerror', text: `<video><source onerror="__pwned('video-source-onerror')"></video>` },
  { name: 'iframe-onload', text: `<iframe onload=__pwned('iframe-onload')></iframe>` },
  { name: 'marquee-onstart', text: `<marquee onstart=__pwned('marquee-onstart')>news</marquee>` },
  { name: 'div-pointerover', text: `<div onpointerover="__pwned('div-pointerover')">hover me</div>` },
  { name: 'a-onclick', text: `<a href=# onclick="__pwned('a-onclick')">click me</a>` },
  { name: 'style-onload', text: `<style onload=__pwned('style-onload')></style>` },
  { name: 'handler-entities', text: `<img src=x onerror=&#x5F;&#x5F;pwned&#x28;'handler-entities'&#x29;>` },
  { name: 'img-no-quotes-slash', text: `<img/src=x/onerror=__pwned('img-no-quotes-slash')>` },
  // URL schemes in markup
  { name: 'a-javascript', text: `<a href="javascript:__pwned('a-javascript')">link</a>` },
  { name: 'a-hex-entity-scheme', text: `<a href="&#x6A;avascript:__pwned('a-hex-entity-scheme')">x</a>` },
  { name: 'iframe-javascript', text: `<iframe src="javascript:parent.__pwned('iframe-javascript')"></iframe>` },
  { name: 'a-data-html', text: `<a href="data:text/html,<script>parent.__pwned('a-data-html')</script>">data</a>` },
  { name: 'object-data', text: `<object data="javascript:__pwned('object-data')"></object>` },
  { name: 'embed-src', text: `<embed src="javascript:__pwned('embed-src')">` },
  { name: 'button-formaction', text: `<form><button formaction="javascript:__pwned('button-formaction')">go</button></form>` },
  { name: 'img-src-javascript', text: `<IMG SRC=JaVaScRiPt:__pwned('img-src-javascript')>` },
  { name: 'css-url-javascript', text: `<div style="background:url(javascript:__pwned('css-url-javascript'))">x</div>` },
  { name: 'css-expression', text: `<p style="width:expression(__pwned('css-expression'))">x</p>` },
  // SVG and MathML
  { name: 'svg-script', text: `<svg><script>__pwned('svg-script')</script></svg>` },
  { name: 'svg-animate-onbegin', text: `<svg><animate onbegin=__pwned('svg-animate-onbegin') attributeName=x dur=1s>` },
  { name: 'svg-a-javascript', text: `<svg><a href="javascript:__pwned('svg-a-javascript')"><text x=20 y=20>XSS</text></a></svg>` },
  { name: 'svg-set-handler', text: `<svg><set attributeName=onmouseover to=__pwned('svg-set-handler')>` },
  { name: 'svg-foreign-object', text: `<svg><foreignObject><iframe srcdoc="<script>parent.__pwned('svg-foreign-object')</script>"></iframe></foreignObject></svg>` },
  { name: 'svg-image-onerror', text: `<svg><image href=x onerror=__pwned('svg-image-onerror')></svg>` },
  { name: 'math-href', text: `<math href="javascript:__pwned('math-href')"><mi>x</mi></math>` },
  { name: 'math-mglyph-style', text: `<math><mtext><table><mglyph><style><img src=x onerror=__pwned('math-mglyph-style')>` },
  // Mutation XSS and parser tricks
  { name: 'noscript-title', text: `<noscript><p title="</noscript><img src=x onerror=__pwned('noscript-title')>">` },
  { name: 'svg-style-confusion', text: `<svg></p><style><a id="</style><img src=1 onerror=__pwned('svg-style-confusion')>">` },
  { name: 'form-math-nesting', text: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=__pwned('form-math-nesting')>` },
  { name: 'comment-abrupt', text: `<!--><img src=x onerror=__pwned('comment-abrupt')>-->` },
  { name: 'title-raw-text', text: `<title><img src=x onerror=__pwned('title-raw-text')></title>` },
  { name: 'textarea-breakout', text: `</textarea><img src=x onerror=__pwned('textarea-breakout')>` },
  { name: 'declarative-shadow', text: `<p><template shadowrootmode=open><img src=x onerror=__pwned('declarative-shadow')></template></p>` },
  { name: 'script-split', text: `<scr<script>ipt>__pwned('script-split')</scr</script>ipt>` },
  { name: 'script-plain', text: `<script>__pwned('script-plain')</script>` },
  // Entity and encoding tricks (dangerous to anything that decodes before writing HTML)
  { name: 'entity-named', text: `&lt;img src=x onerror=__pwned('entity-named')&gt;` },
  { name: 'entity-decimal', text: `&#60;script&#62;__pwned('entity-decimal')&#60;/script&#62;` },
  { name: 'entity-double', text: `&amp;lt;script&amp;gt;__pwned('entity-double')&amp;lt;/script&amp;gt;` },
  { name: 'unicode-escape', text: `\\u003cimg src=x onerror=__pwned('unicode-escape')\\u003e` },
  { name: 'percent-encoded', text: `%3Cimg%20src%3Dx%20onerror%3D__pwned('percent-encoded')%3E` },
  // Document-level elements
  { name: 'base-javascript', text: `<base href="javascript:__pwned('base-javascript')//">` },
  { name: 'base-other-origin', text: `<base href="https://evil.invalid/">` },
  { name: 'meta-refresh', text: `<meta http-equiv="refresh" content="0;url=javascript:__pwned('meta-refresh')">` },
  { name: 'meta-csp', text: `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'">` },
  { name: 'link-import', text: `<link rel=import href="data:text/html,<script>parent.__pwned('link-import')</script>">` },
  // Breaking out of attributes, scripts and templates
  { name: 'attribute-double-quote', text: `"><img src=x onerror=__pwned('attribute-double-quote')>` },
  { name: 'attribute-single-quote', text: `'><img src=x onerror=__pwned('attribute-single-quote')>` },
  { name: 'attribute-injection', text: `" autofocus onfocus="__pwned('attribute-injection')" x="` },
  { name: 'script-breakout', text: `</script><script>__pwned('script-breakout')</script>` },
  { name: 'template-literal', text: '${__pwned(`template-literal`)}' },
  { name: 'template-injection', text: `{{constructor.constructor('__pwned("template-injection")')()}}` },
  { name: 'lit-marker', text: `<!--?lit$1234$--><?lit$1234$>lit$1234$<img src=x onerror=__pwned('lit-marker')>` },
];

/** Links and image sources from data: the elements must drop every one that is not http(s) or mailto. */
export const HOSTILE_URLS: string[] = [
  `javascript:__pwned('url-javascript')`,
  `JAVASCRIPT:__pwned('url-upper')`,
  ` javascript:__pwned('url-leading-space')`,
  `\tjava\nscript:__pwned('url-tab-newline')`,
  `\u0001javascript:__pwned('url-control')`,
  `javascript://%0a__pwned('url-comment-newline')`,
  `data:text/html,<script>parent.__pwned('url-data')</script>`,
  `data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZCgndXJsLWRhdGE2NCcpPC9zY3JpcHQ+`,
  `DATA:image/svg+xml,<svg onload=parent.__pwned('url-svg')>`,
  `vbscript:msgbox('url-vbscript')`,
  `blob:http://127.0.0.1/0b1d`,
  `file:///etc/passwd`,
  `view-source:http://127.0.0.1/`,
  `about:blank`,
  // Allowed schemes that carry markup: they stay links, and the markup stays inside the URL.
  `https://example.com/"><img src=x onerror=__pwned('url-breakout')>`,
  `http://example.com/?q=" onmouseover="__pwned('url-attribute')`,
];
