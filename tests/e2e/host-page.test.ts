import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.js';
import { useServers, useTab } from './support/suite.js';
import { isHarnessGlobal } from './support/tab.js';

// The page around the elements: after the bundles load and all three elements render, the
// window has no new names and the page's own elements look exactly as before.
const servers = useServers();

const HOST_PAGE = `
  <style>
    body { font: 17px/1.6 Georgia, serif; color: #222; background: #fdfdf8; margin: 2rem; }
    h1 { font-size: 2.5rem; color: #036; }
    p { max-width: 40rem; }
    a { color: #a0522d; }
    button { padding: 0.5rem 1rem; border-radius: 3px; }
    input { border: 2px solid #999; }
  </style>
  <h1 id="host-h1">The host page</h1>
  <p id="host-p">A paragraph with <a id="host-a" href="#somewhere">a link</a>.</p>
  <button id="host-button">A button</button>
  <input id="host-input" value="typed">
  <!-- Out of the flow, so that the elements' own size cannot move the page's elements. -->
  <div id="mount" style="position: fixed; inset: 0; overflow: auto"></div>`;

const HOST_ELEMENTS = ['body', '#host-h1', '#host-p', '#host-a', '#host-button', '#host-input'];

/** Everything an embed could change on the page: globals, host styles, style sheets, root attributes. */
function pageSnapshot(selectors: string[]) {
  const styles: Record<string, Record<string, string>> = {};
  for (const selector of selectors) {
    const style = getComputedStyle(document.querySelector(selector)!);
    styles[selector] = Object.fromEntries(Array.from(style, (property) => [property, style.getPropertyValue(property)]));
  }
  const attributes = (element: Element) => element.getAttributeNames().map((name) => `${name}=${element.getAttribute(name)}`);
  return {
    globals: Object.getOwnPropertyNames(window),
    styles,
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    headChildren: document.head.children.length,
    rootAttributes: [...attributes(document.documentElement), ...attributes(document.body)],
  };
}

/** Puts a term card, an index and a signup into the page's mount point. */
function mountElements(src: string, action: string) {
  document.getElementById('mount')!.innerHTML = `
    <glossary-term id="term" src="${src}" term="back-end" variant="full"></glossary-term>
    <glossary-index id="index" src="${src}"></glossary-index>
    <alert-signup id="signup" action="${action}" categories="Development, Design"></alert-signup>`;
}

describe.each(BROWSERS)('[%s] the host page', (browserName) => {
  const context = useTab(browserName);

  it.each([
    { bundles: 'the classic bundle', urls: ['glossary-elements.iife.js'] },
    { bundles: 'both bundles', urls: ['glossary-elements.iife.js', 'glossary-elements.js'] },
  ])('$bundles and all three elements leave no new global and no style change outside the elements', async ({ urls }) => {
    const { page } = context.tab;
    await context.tab.goto(servers.site.page(`host-${browserName}-${urls.length}`, { body: HOST_PAGE }));
    const before = await page.evaluate(pageSnapshot, HOST_ELEMENTS);

    for (const url of urls) {
      await page.addScriptTag({ url: `${servers.assets.url}/${url}`, ...(url.endsWith('.iife.js') ? {} : { type: 'module' }) });
    }
    await page.waitForFunction(() => customElements.get('alert-signup') !== undefined);
    await page.evaluate(mountElements, `${servers.data.url}/freelance-glossary.json`, `${servers.data.url}/signup`);
    const outcomes = await context.tab.outcomes(2);
    expect(outcomes.map((outcome) => `${outcome.type} ${outcome.id}`).sort()).toEqual(['glossary-load index', 'glossary-load term']);
    expect(await page.evaluate(() => document.getElementById('signup')!.shadowRoot!.querySelector('form') !== null)).toBe(true);

    const after = await page.evaluate(pageSnapshot, HOST_ELEMENTS);
    const newGlobals = after.globals.filter((name) => !before.globals.includes(name) && !isHarnessGlobal(name));
    expect(newGlobals).toEqual([]);
    // The script tags puppeteer added are the only new children of the head.
    expect({ ...after, globals: [], headChildren: after.headChildren - urls.length }).toEqual({ ...before, globals: [] });
    expect(Object.keys(after.styles['body']!).length).toBeGreaterThan(100);
  });
});
