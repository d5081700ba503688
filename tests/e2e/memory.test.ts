import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.js';
import { useServers, useTab } from './support/suite.js';

// Elements come and go on long-lived pages (single-page apps, infinite scroll): mounting and
// removing 1,000 of them, loaded or still loading, must leave no listeners, nodes or heap behind.
// Chromium only: the counts come from the DevTools protocol, which Firefox's WebDriver BiDi lacks.
const servers = useServers();

const ROUNDS = 10;
const PER_ROUND = 100;

/** Bounds on what may stay after 1,000 elements: far below what one leaked element per mount would leave. */
const MAX_NEW_NODES = 50;
const MAX_NEW_LISTENERS = 10;
const MAX_HEAP_GROWTH = 1024 * 1024;

/** Resolves once `done()` holds, checked every 20 ms; rejects after 5 s. */
async function waitFor(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface Counts {
  nodes: number;
  listeners: number;
  heap: number;
}

/**
 * Live DOM nodes (detached ones included), event listeners and used JS heap, after a full
 * collection. Call it after an evaluation that mounted nothing: the DevTools protocol holds on to
 * the last evaluation, and with it the elements a round created.
 */
async function countsAfterGc(page: Page): Promise<Counts> {
  const session = await page.createCDPSession();
  // Twice: the first pass can leave objects that only a finalizer freed.
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  await session.detach();
  const metrics = await page.metrics();
  return { nodes: metrics.Nodes!, listeners: metrics.JSEventListeners!, heap: metrics.JSHeapUsedSize! };
}

/**
 * Page side: mounts `count` elements naming `src` (term cards, full term pages, every tenth an
 * index and every tenth a signup), waits for each glossary element to report unless `settle` is
 * false, then removes them all; with `settle` 'keep', leaves them in (see `removeAll`).
 */
async function mountAndRemove(src: string, count: number, settle: boolean | 'keep'): Promise<number> {
  const mount = document.getElementById('mount')!;
  const terms = ['back-end', 'front-end', 'invoice', 'retainer', 'scope-creep'];
  let glossaryElements = 0;
  for (let index = 0; index < count; index++) {
    let element: HTMLElement;
    if (index % 10 === 8) element = Object.assign(document.createElement('glossary-index'), { src });
    else if (index % 10 === 9) {
      element = document.createElement('alert-signup');
      element.setAttribute('action', 'https://example.com/subscribe');
      element.setAttribute('categories', 'Development, Design');
    } else {
      element = document.createElement('glossary-term');
      element.setAttribute('src', src);
      element.setAttribute('term', terms[index % terms.length]!);
      if (index % 2) element.setAttribute('variant', 'full');
    }
    if (element.localName !== 'alert-signup') glossaryElements++;
    mount.append(element);
  }
  const outcomes = window.__e2e.outcomes;
  if (settle === 'keep') return 0;
  if (settle) {
    await new Promise<void>((resolve) => {
      const check = () => (outcomes.length >= glossaryElements ? resolve() : setTimeout(check, 20));
      check();
    });
  } else {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  mount.replaceChildren();
  const reported = outcomes.length;
  outcomes.length = 0; // the harness's own record must not grow with the rounds
  return reported;
}

/** Page side: removes what `mountAndRemove` kept, and tells how many outcomes were reported meanwhile. */
function removeAll(): number {
  document.getElementById('mount')!.replaceChildren();
  const outcomes = window.__e2e.outcomes;
  const reported = outcomes.length;
  outcomes.length = 0;
  return reported;
}

describe.runIf(BROWSERS.includes('chromium'))('[chromium] memory', () => {
  const context = useTab('chromium');

  const open = async (name: string) => {
    const body = `<script src="${servers.assets.url}/glossary-elements.iife.js"></script><div id="mount"></div>`;
    await context.tab.goto(servers.site.page(name, { body }));
  };

  it(`mounting and removing ${ROUNDS * PER_ROUND} loaded elements leaves no listeners, nodes or heap behind`, async () => {
    const { page } = context.tab;
    await open('memory-loaded');
    const src = `${servers.data.url}/freelance-glossary.json?memory`;
    // A first round loads the glossary (kept for later elements, by design) and warms every code path.
    await page.evaluate(mountAndRemove, src, PER_ROUND, true);
    await page.evaluate(mountAndRemove, src, 0, true); // an empty round (see countsAfterGc)
    const before = await countsAfterGc(page);

    for (let round = 0; round < ROUNDS; round++) {
      expect(await page.evaluate(mountAndRemove, src, PER_ROUND, true)).toBe(PER_ROUND - PER_ROUND / 10);
    }
    await page.evaluate(mountAndRemove, src, 0, true);
    const after = await countsAfterGc(page);

    console.log(`memory after ${ROUNDS * PER_ROUND} loaded elements:`, { before, after });
    expect(after.nodes - before.nodes).toBeLessThan(MAX_NEW_NODES);
    expect(after.listeners - before.listeners).toBeLessThan(MAX_NEW_LISTENERS);
    expect(after.heap - before.heap).toBeLessThan(MAX_HEAP_GROWTH);
    expect(servers.data.gets('/freelance-glossary.json?memory')).toBe(1);
    expect(context.tab.problems).toEqual([]);
  });

  it(`${ROUNDS * PER_ROUND} elements removed while loading abort their work: nothing reported, nothing kept`, async () => {
    const { page } = context.tab;
    await open('memory-loading');
    const path = '/memory-hanging.json';
    servers.data.answer(path, { hang: true });
    const src = `${servers.data.url}${path}`;
    await page.evaluate(mountAndRemove, src, PER_ROUND, false);
    // The removal aborts the round's shared request: the server sees it dropped.
    await waitFor(() => servers.data.finished(path) === servers.data.gets(path), 'the first request to be aborted');
    await page.evaluate(mountAndRemove, src, 0, false); // an empty round (see countsAfterGc)
    const before = await countsAfterGc(page);

    for (let round = 0; round < ROUNDS; round++) {
      // Removed once the request has reached the endpoint, before it answers: no element may report
      // anything afterwards. (Removed a frame after mounting, a request on a busy machine was at
      // times aborted before it was sent, and the count of requests came out one short.)
      await page.evaluate(mountAndRemove, src, PER_ROUND, 'keep' as const);
      await waitFor(() => servers.data.gets(path) === round + 2, `round ${round + 1}'s request`);
      expect(await page.evaluate(removeAll)).toBe(0);
    }
    await waitFor(() => servers.data.finished(path) === servers.data.gets(path), 'every request to be aborted');
    await page.evaluate(mountAndRemove, src, 0, false);
    const after = await countsAfterGc(page);

    console.log(`memory after ${ROUNDS * PER_ROUND} elements removed mid-load:`, { before, after });
    expect((await context.tab.record()).outcomes).toEqual([]);
    expect(after.nodes - before.nodes).toBeLessThan(MAX_NEW_NODES);
    expect(after.listeners - before.listeners).toBeLessThan(MAX_NEW_LISTENERS);
    expect(after.heap - before.heap).toBeLessThan(MAX_HEAP_GROWTH);
    // Each round's shared request was aborted and forgotten, so the next round asked again.
    expect(servers.data.gets(path)).toBe(ROUNDS + 1);
    expect(context.tab.problems).toEqual([]);
  });
});
