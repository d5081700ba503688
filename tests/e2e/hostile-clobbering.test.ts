import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.js';
import { CLOBBERING_CASES, isMarkupRequest } from './support/clobbering.js';
import { startOrigin, type Origin } from './support/origins.js';
import { useServers, useTab } from './support/suite.js';

// Page markup that shadows `document.currentScript` must never make a bundle load code from
// where the markup points (issue 15). An index, a signup and a German glossary need code beyond
// the entry; without setHTML the classic script loads DOMPurify from beside itself.
const servers = useServers();
let attacker: Origin;

const GERMAN = {
  title: 'Glossar',
  language: 'de',
  terms: [{ id: 'rechnung', term: 'Rechnung', definition: '<p>Eine <a href="https://example.com/">Forderung</a> über erbrachte Leistungen.</p>' }],
};

beforeAll(async () => {
  // Whatever it is asked for, it answers with code that reports itself: it must never be asked.
  attacker = await startOrigin((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' });
    response.end(`window.__pwned?.(${JSON.stringify(request.url)}); export default () => ({ sanitize: () => null });`);
  });
});
afterAll(() => attacker.close());

describe.each(BROWSERS)('[%s] clobbered currentScript', (browserName) => {
  const context = useTab(browserName);

  it.each(CLOBBERING_CASES)('$name: no request for code leaves for the markup\'s origin, nothing of it runs', async ({ name, markup, scripts, inHead }) => {
    servers.data.answer('/de.json', { body: GERMAN });
    const src = `${servers.data.url}/de.json`;
    const elements =
      `<glossary-index id="index" src="${src}"></glossary-index>` +
      `<glossary-term id="card" src="${src}" term="rechnung"></glossary-term>` +
      `<alert-signup id="signup" action="${servers.data.url}/signup"></alert-signup>`;
    const tags = scripts(servers.assets.url);
    await context.tab.page.evaluateOnNewDocument(() => delete (Element.prototype as { setHTML?: unknown }).setHTML);
    const page = servers.site.page(`clobber-${browserName}-${CLOBBERING_CASES.findIndex((entry) => entry.name === name)}`, {
      head: inHead ? tags : '',
      body: `${markup(attacker.url)}${inHead ? '' : tags}${elements}`,
    });
    const requestsBefore = attacker.requests.length;
    await context.tab.goto(page);

    const outcomes = await context.tab.outcomes(2);
    expect(outcomes.map((outcome) => `${outcome.type} ${outcome.id}`).sort()).toEqual(['glossary-load card', 'glossary-load index']);
    await context.tab.page.waitForFunction(() => document.getElementById('signup')!.shadowRoot?.querySelector('form') != null);
    // The definition went through DOMPurify, from beside the bundle: its link survives.
    await context.tab.page.waitForFunction(() => document.getElementById('card')!.shadowRoot!.querySelector('[part~="definition"] a') != null);

    expect(attacker.requests.slice(requestsBefore).filter((line) => !isMarkupRequest(line))).toEqual([]);
    expect((await context.tab.record()).pwned).toEqual([]);
  });
});
