import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.js';
import type { Answer } from './support/servers.js';
import { useServers, useTab } from './support/suite.js';

// Each way a glossary load can fail, as a reader and a listener see it, and the way back.
const servers = useServers();

const GLOSSARY = JSON.parse(readFileSync('examples/freelance-glossary.json', 'utf8'));

interface Fault {
  fault: string;
  answer: Answer;
  kind: string;
  status?: number;
  /** What the message must say, beyond naming the URL. */
  says: RegExp;
  /** Requests the failed load may make: data-layer retries repeat 5xx and network failures, twice at most. */
  requests: [number, number];
  timeout?: number;
}

const FAULTS: Fault[] = [
  { fault: 'a 404', answer: { status: 404, body: 'Not Found' }, kind: 'http', status: 404, says: /answered 404/, requests: [1, 1] },
  { fault: 'a 500', answer: { status: 500, body: 'Internal Server Error' }, kind: 'http', status: 500, says: /answered 500/, requests: [1, 3] },
  {
    fault: 'malformed JSON',
    answer: { body: '{"title": "Broken", "terms": [', type: 'application/json' },
    kind: 'parse',
    says: /is not valid JSON/,
    requests: [1, 1],
  },
  {
    fault: 'wrong types',
    answer: { body: { title: 42, terms: 'many' } },
    kind: 'schema',
    says: /title must be a non-empty string, got number 42 \(and 1 more problem\)/,
    requests: [1, 1],
  },
  {
    fault: 'an endpoint that never answers',
    answer: { hang: true },
    kind: 'timeout',
    says: /took longer than 1\.5 s/,
    requests: [1, 1],
    timeout: 1500,
  },
  { fault: 'a CORS refusal', answer: { body: GLOSSARY, cors: false }, kind: 'network', says: /Could not reach/, requests: [1, 3] },
];

/** What the reader sees of the card `#card`, and whether its light-DOM fallback shows. */
function shownCard() {
  const element = document.getElementById('card')!;
  const root = element.shadowRoot!;
  const text = (selector: string) => root.querySelector(selector)?.textContent?.trim() ?? null;
  return {
    heading: text('[part~="heading"]'),
    message: text('[part~="message"]'),
    detail: text('.detail'),
    retryButton: text('[part~="retry-button"]'),
    fallbackVisible: document.getElementById('fallback')!.getClientRects().length > 0,
  };
}

describe.each(BROWSERS)('[%s] load faults', (browserName) => {
  const context = useTab(browserName);

  function openCard(name: string, src: string, attributes = 'term="backend"') {
    const body = `<script src="${servers.assets.url}/glossary-elements.iife.js"></script>
      <glossary-term id="card" src="${src}" ${attributes}><a id="fallback" href="https://example.com/glossary/b/back-end/">Back-End</a></glossary-term>`;
    return context.tab.goto(servers.site.page(name, { body }));
  }

  it.each(FAULTS)(
    '$fault: error kind $kind, a readable message, the fallback shown, and Retry works once the fault is gone',
    async ({ fault, answer, kind, status, says, requests, timeout }) => {
      const path = `/faults/${browserName}/${fault.replaceAll(' ', '-')}.json`;
      const src = `${servers.data.url}${path}`;
      servers.data.answer(path, answer);
      await openCard(`fault-${browserName}-${fault.replaceAll(' ', '-')}`, src, `term="backend" ${timeout ? `timeout="${timeout}"` : ''}`);

      const [failure] = await context.tab.outcomes(1);
      expect(failure).toMatchObject({ type: 'glossary-error', id: 'card', kind, ...(status && { status }) });
      expect(failure!.message).toContain(src);
      expect(failure!.message).toMatch(says);
      expect(await context.tab.page.evaluate(shownCard)).toEqual({
        heading: null,
        message: 'This definition could not be loaded.',
        detail: failure!.message,
        retryButton: 'Retry',
        fallbackVisible: true,
      });
      const failedRequests = servers.data.gets(path);
      expect(failedRequests).toBeGreaterThanOrEqual(requests[0]);
      expect(failedRequests).toBeLessThanOrEqual(requests[1]);

      servers.data.answer(path, { body: GLOSSARY });
      await context.tab.page.evaluate(() => document.getElementById('card')!.shadowRoot!.querySelector<HTMLElement>('[part~="retry-button"]')!.click());

      const [, recovery] = await context.tab.outcomes(2);
      expect(recovery).toMatchObject({ type: 'glossary-load', id: 'card' });
      expect(await context.tab.page.evaluate(shownCard)).toMatchObject({ heading: 'Back-End', retryButton: null, fallbackVisible: false });
      expect(servers.data.gets(path)).toBe(failedRequests + 1);
      expect(context.tab.problems.filter((problem) => problem.startsWith('page error'))).toEqual([]);
    },
  );

  it('an unknown term: not-found with suggestions, the fallback shown, and the corrected term shows without a new request', async () => {
    await openCard(`unknown-${browserName}`, `${servers.data.url}/freelance-glossary.json`, 'term="bakend"');
    const [failure] = await context.tab.outcomes(1);

    expect(failure).toMatchObject({ type: 'glossary-error', id: 'card', kind: 'not-found' });
    expect(failure!.message).toMatch(/^No term "bakend" in Freelance Glossary\. Did you mean "Back-End"/);
    const shown = await context.tab.page.evaluate(() => {
      const root = document.getElementById('card')!.shadowRoot!;
      return {
        message: root.querySelector('[part~="message"]')?.textContent,
        suggestions: Array.from(root.querySelectorAll('.suggestions a'), (link) => link.textContent),
        fallbackVisible: document.getElementById('fallback')!.getClientRects().length > 0,
      };
    });
    expect(shown.message).toBe('Freelance Glossary has no entry for “bakend”.');
    expect(shown.suggestions).toContain('Back-End');
    expect(shown.fallbackVisible).toBe(true);

    const requestsBefore = servers.data.gets('/freelance-glossary.json');
    await context.tab.page.evaluate(() => document.getElementById('card')!.setAttribute('term', 'Back-end'));
    const [, recovery] = await context.tab.outcomes(2);
    expect(recovery).toMatchObject({ type: 'glossary-load', id: 'card' });
    expect(await context.tab.page.evaluate(shownCard)).toMatchObject({ heading: 'Back-End', fallbackVisible: false });
    expect(servers.data.gets('/freelance-glossary.json')).toBe(requestsBefore);
  });
});
