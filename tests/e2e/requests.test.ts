import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.js';
import { useServers, useTab } from './support/suite.js';

// One request per `src` per page, however many elements name it: counted at the data server.
const servers = useServers();

const TERMS = ['back-end', 'front-end', 'api', 'invoice', 'retainer', 'scope-creep', 'mvp', 'nda'];

/** `count` elements naming `src`: term cards, and every tenth one an index. */
const elements = (src: string, count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) =>
    index % 10 === 9
      ? `<glossary-index id="${prefix}-${index}" src="${src}" no-search></glossary-index>`
      : `<glossary-term id="${prefix}-${index}" src="${src}" term="${TERMS[index % TERMS.length]}"></glossary-term>`,
  ).join('\n');

describe.each(BROWSERS)('[%s] shared requests', (browserName) => {
  const context = useTab(browserName);

  const script = () => `<script src="${servers.assets.url}/glossary-elements.iife.js"></script>`;

  it('50 elements naming the same src make one request', async () => {
    // The file under a path of its own, so that no other test's requests count.
    const path = `/freelance-glossary.json?fifty-${browserName}`;
    await context.tab.goto(servers.site.page(`fifty-${browserName}`, { body: script() + elements(`${servers.data.url}${path}`, 50, 'e') }));

    const outcomes = await context.tab.outcomes(50);
    expect(outcomes.filter((outcome) => outcome.type === 'glossary-load')).toHaveLength(50);
    expect(new Set(outcomes.map((outcome) => outcome.id)).size).toBe(50);
    expect(servers.data.gets(path)).toBe(1);
  });

  it('two different srcs make two requests, one each', async () => {
    const first = `/freelance-glossary.json?first-${browserName}`;
    const second = `/freelance-glossary.json?second-${browserName}`;
    const body = script() + elements(`${servers.data.url}${first}`, 25, 'a') + elements(`${servers.data.url}${second}`, 25, 'b');
    await context.tab.goto(servers.site.page(`two-${browserName}`, { body }));

    const outcomes = await context.tab.outcomes(50);
    expect(outcomes.filter((outcome) => outcome.type === 'glossary-load')).toHaveLength(50);
    expect([servers.data.gets(first), servers.data.gets(second)]).toEqual([1, 1]);
  });
});
