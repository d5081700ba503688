import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.js';
import { SIZE_CASES } from './support/hostile-sizes.js';
import { watchLongTasks } from './support/longest-task.js';
import { useServers, useTab } from './support/suite.js';

// Issue 15's freezes: documents of up to 20 MB with absurd fields, nesting or markup. Each is
// refused (a schema or parse error) or shown, and the page never stops responding: no task over
// 200 ms, the contract's bound, from the script's start to the last element's last render.
const servers = useServers();
const LONGEST_TASK_MS = 200;

/** Resolves once every element has rendered what it reported and the page has painted twice. */
async function settled(query: string | undefined) {
  const elements = Array.from(document.querySelectorAll('glossary-index, glossary-term')) as (Element & { updateComplete: Promise<unknown> })[];
  await Promise.all(elements.map((element) => element.updateComplete));
  if (query) {
    const status = () => document.getElementById('index')!.shadowRoot!.querySelector('[part~="status"]')?.textContent;
    while (!status()) await new Promise(requestAnimationFrame);
  }
  for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
}

describe.each(BROWSERS)('[%s] hostile sizes', (browserName) => {
  const context = useTab(browserName);
  /** The longest task of each case, printed at the end for the issue's table. */
  const longest: Record<string, number> = {};

  it.each(SIZE_CASES)('$name: $outcome, no task over 200 ms', async ({ name, text, term, query, outcome, termOutcome = outcome }) => {
    const { page } = context.tab;
    const path = `/sizes-${SIZE_CASES.findIndex((entry) => entry.name === name)}.json`;
    servers.data.answer(path, { body: text(), type: 'application/json' });
    const src = `${servers.data.url}${path}`;
    const body =
      `<script src="${servers.assets.url}/glossary-elements.iife.js"></script>` +
      `<glossary-index id="index" src="${src}"${query ? ` query="${query}"` : ''}></glossary-index>` +
      `<glossary-term id="full" src="${src}" term="${term}" variant="full"></glossary-term>` +
      `<glossary-term id="card" src="${src}" term="${term}"></glossary-term>`;
    await page.evaluateOnNewDocument(watchLongTasks);
    await context.tab.goto(servers.site.page(`sizes-${browserName}`, { body }));

    const outcomes = await context.tab.outcomes(3, 60_000);
    const reported = Object.fromEntries(outcomes.map((entry) => [entry.id, entry.type === 'glossary-load' ? entry.type : entry.kind]));
    expect(reported).toEqual({ index: outcome, full: termOutcome, card: termOutcome });
    await page.evaluate(settled, outcome === 'glossary-load' ? query : undefined);
    longest[name] = await page.evaluate(() => window.__longestTask());
    expect(longest[name], name).toBeLessThan(LONGEST_TASK_MS);
  });

  it('prints the longest task of each case', () => {
    console.log(`[${browserName}] longest task, ms:\n${Object.entries(longest).map(([name, ms]) => `  ${Math.round(ms)}\t${name}`).join('\n')}`);
  });
});
