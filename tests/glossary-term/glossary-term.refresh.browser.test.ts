import { expect, waitUntil } from '@open-wc/testing';
import type { GlossaryData } from '../../src/data/types.js';
import { held, holdRequests, releaseRequests, requested } from '../support/held-requests.js';
import { cleanup, hitsFor, mount, part, settled, type Mounted } from '../support/harness.js';
import type { GlossaryTerm } from '../../src/glossary-term/glossary-term.js';

const glossaryWith = (definition: string): GlossaryData => ({
  title: 'Held Glossary',
  terms: [
    { id: 'kpi', term: 'KPI', definition: `<p>${definition}</p>` },
    { id: 'roi', term: 'ROI', definition: '<p>Return on investment.</p>' },
  ],
});

const json = (definition: string) => new Response(JSON.stringify(glossaryWith(definition)));

const definitionOf = (element: HTMLElement) => part(element, 'definition')?.textContent?.trim();

/** Mounts a term whose glossary is served from a held `url`, and shows its first version. */
async function loadedTerm(url: string, term = 'kpi'): Promise<Mounted<GlossaryTerm>> {
  const mounted = mount('glossary-term', { attributes: { src: url, term } });
  await requested(held.length + 1);
  held.at(-1)!.answer(json('First definition.'));
  await settled(mounted);
  return mounted;
}

/**
 * Records whether the loading placeholder entered the element's shadow root (until `stopDom`), and
 * whether any animation frame showed it.
 */
function watchForSkeleton(element: HTMLElement) {
  const seen = { inDom: false, painted: false };
  const observer = new MutationObserver((records) => {
    const added = records.flatMap((record) => [...record.addedNodes]);
    seen.inDom ||= added.some((node) => node instanceof Element && node.closest('[part~="skeleton"]') !== null);
  });
  observer.observe(element.shadowRoot!, { childList: true, subtree: true });
  let watching = true;
  const onFrame = () => {
    seen.painted ||= part(element, 'skeleton') !== null;
    if (watching) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  return { seen, stopDom: () => observer.disconnect(), stopFrames: () => (watching = false) };
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('<glossary-term> refresh()', () => {
  beforeEach(holdRequests);
  afterEach(() => {
    releaseRequests();
    cleanup();
  });

  it('keeps the term on screen while refreshing, then shows the new one and fires glossary-load again', async () => {
    const { element, loads, errors } = await loadedTerm('/held/keep.json');
    const watch = watchForSkeleton(element);

    const refreshing = element.refresh();
    await requested(2);
    await element.updateComplete;

    expect(definitionOf(element)).to.equal('First definition.');
    expect(element.hasAttribute('aria-busy')).to.be.false;
    expect(watch.seen.inDom).to.be.false;

    held[1]!.answer(json('Second definition.'));
    await refreshing;
    await pause(100);
    watch.stopFrames();
    watch.stopDom();

    expect(definitionOf(element)).to.equal('Second definition.');
    // Not even for the moment the new definition takes to prepare.
    expect(watch.seen.inDom).to.be.false;
    expect(watch.seen.painted).to.be.false;
    expect(loads).to.have.length(2);
    expect(loads[1]!.detail.glossary === loads[0]!.detail.glossary).to.be.false;
    expect(loads[1]!.detail.term!.id).to.equal('kpi');
    expect(errors).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('keeps the term and fires glossary-error when the refresh fails', async () => {
    const { element, loads, errors } = await loadedTerm('/held/fail.json');

    const refreshing = element.refresh();
    await requested(2);
    held[1]!.answer(new Response('{}', { status: 404, statusText: 'Not Found' }));
    await refreshing;
    await element.updateComplete;

    expect(errors).to.have.length(1);
    expect(errors[0]!.detail).to.include({ kind: 'http', status: 404 });
    expect(errors[0]!.detail.message).to.match(/\/held\/fail\.json answered 404 Not Found$/);
    expect(errors[0]!.bubbles && errors[0]!.composed).to.be.true;
    expect(definitionOf(element)).to.equal('First definition.');
    expect(part(element, 'retry-button')).to.be.null;
    expect(loads).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('can refresh again after a failed refresh', async () => {
    const { element, loads } = await loadedTerm('/held/again.json');
    const failing = element.refresh();
    await requested(2);
    held[1]!.answer(new Response('{}', { status: 404 }));
    await failing;

    const refreshing = element.refresh();
    await requested(3);
    held[2]!.answer(json('Third definition.'));
    await refreshing;

    expect(definitionOf(element)).to.equal('Third definition.');
    expect(loads).to.have.length(2);
  });

  it('sends one request when many elements refresh the same src together', async () => {
    const first = await loadedTerm('/held/shared.json');
    const others = [mount('glossary-term', { attributes: { src: '/held/shared.json', term: 'roi' } })];
    others.push(mount('glossary-term', { attributes: { src: '/held/shared.json', term: 'kpi', variant: 'full' } }));
    await Promise.all(others.map((mounted) => settled(mounted)));
    expect(held).to.have.length(1);

    const refreshes = Promise.all([first, ...others].map(({ element }) => element.refresh()));
    await requested(2);
    held[1]!.answer(json('Shared new definition.'));
    await refreshes;
    await pause(50);

    expect(held).to.have.length(2);
    expect([first, ...others].map(({ loads }) => loads.length)).to.deep.equal([2, 2, 2]);
    expect(definitionOf(first.element)).to.equal('Shared new definition.');
    expect(definitionOf(others[1]!.element)).to.equal('Shared new definition.');
  });

  it('joins a refresh already on its way: one request, one glossary-load, both calls settled by it', async () => {
    const { element, loads } = await loadedTerm('/held/twice.json');

    const first = element.refresh();
    const second = element.refresh();
    await requested(2);
    const settled: string[] = [];
    void first.then(() => settled.push('first'));
    void second.then(() => settled.push('second'));
    await pause(50);
    expect(settled, 'settled before the outcome').to.deep.equal([]);

    held[1]!.answer(json('Second definition.'));
    await Promise.all([first, second]);

    expect(held).to.have.length(2);
    expect(loads).to.have.length(2);
    expect(definitionOf(element)).to.equal('Second definition.');
  });

  it('reads an inline #id script again', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'refresh-inline';
    script.textContent = JSON.stringify(glossaryWith('Inline first.'));
    document.body.append(script);
    try {
      const mounted = mount('glossary-term', { attributes: { src: '#refresh-inline', term: 'kpi' } });
      await settled(mounted);

      script.textContent = JSON.stringify(glossaryWith('Inline second.'));
      await mounted.element.refresh();

      expect(definitionOf(mounted.element)).to.equal('Inline second.');
      expect(mounted.loads).to.have.length(2);
      expect(held).to.have.length(0);
    } finally {
      script.remove();
    }
  });

  it('checks a glossary property changed in place again, keeping the term when it became invalid', async () => {
    const glossary = glossaryWith('Property first.');
    const mounted = mount('glossary-term', { attributes: { term: 'kpi' }, properties: { glossary } });
    await settled(mounted);

    glossary.terms[0]!.definition = '<p>Property second.</p>';
    await mounted.element.refresh();
    expect(definitionOf(mounted.element)).to.equal('Property second.');
    expect(mounted.loads).to.have.length(2);

    glossary.terms[0]!.id = 'Not An Id';
    await mounted.element.refresh();
    expect(mounted.errors.map((event) => event.detail.kind)).to.deep.equal(['schema']);
    expect(definitionOf(mounted.element)).to.equal('Property second.');
  });

  it('shows the term when refreshed while still loading, with the one request', async () => {
    const mounted = mount('glossary-term', { attributes: { src: '/held/early.json', term: 'kpi' } });
    await requested(1);

    const refreshing = mounted.element.refresh();
    held[0]!.answer(json('Early definition.'));
    await refreshing;

    expect(definitionOf(mounted.element)).to.equal('Early definition.');
    expect(mounted.loads).to.have.length(1);
    expect(held).to.have.length(1);
  });

  it('settles at once and does nothing for an element without a data source', async () => {
    const { element, loads, errors } = mount('glossary-term', { attributes: { term: 'kpi' } });
    await element.updateComplete;

    await element.refresh();

    expect(loads.length + errors.length).to.equal(0);
    expect(held).to.have.length(0);
  });
});

describe('<glossary-term> sharing and removal', () => {
  beforeEach(holdRequests);
  afterEach(() => {
    releaseRequests();
    cleanup();
  });

  it('reuses the loaded glossary for an element added later, without a request', async () => {
    const first = mount('glossary-term', { attributes: { src: '/test-api/sample/added-later', term: 'back-end' } });
    await settled(first);

    const later = mount('glossary-term', { attributes: { src: '/test-api/sample/added-later', term: 'front-end' } });
    await settled(later);

    expect(await hitsFor('sample/added-later')).to.equal(1);
    expect(later.loads[0]!.detail.glossary === first.loads[0]!.detail.glossary).to.be.true;
    expect(part(later.element, 'heading')!.textContent).to.equal('Front-End');
  });

  it('aborts the download when the only element waiting for it is removed, and reports nothing', async () => {
    const { element, loads, errors } = mount('glossary-term', { attributes: { src: '/held/removed.json', term: 'kpi' } });
    await requested(1);

    element.remove();
    await waitUntil(() => held[0]!.signal.aborted, 'the download went on for a removed element');
    await pause(50);

    expect(loads.length + errors.length).to.equal(0);
  });

  it('keeps downloading while another element still waits, and stops when the last one leaves', async () => {
    const leaving = mount('glossary-term', { attributes: { src: '/held/two.json', term: 'kpi' } });
    const staying = mount('glossary-term', { attributes: { src: '/held/two.json', term: 'roi' } });
    await requested(1);

    leaving.element.remove();
    await pause(50);
    expect(held[0]!.signal.aborted).to.be.false;

    staying.element.remove();
    await waitUntil(() => held[0]!.signal.aborted, 'the download went on with nobody waiting');
  });

  it('cancels a pending retry when the element is removed during the backoff', async () => {
    const { element, errors } = mount('glossary-term', { attributes: { src: '/held/backoff.json', term: 'kpi' } });
    await requested(1);
    held[0]!.answer(new Response('{}', { status: 503 }));
    await pause(20);

    element.remove();
    // The first retry would start within 750 ms.
    await pause(1000);

    expect(held).to.have.length(1);
    expect(errors).to.have.length(0);
  });

  it('keeps its download going when moved elsewhere on the page', async () => {
    const mounted = mount('glossary-term', { attributes: { src: '/held/moved.json', term: 'kpi' } });
    await requested(1);

    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      elsewhere.append(mounted.element);
      await pause(50);
      expect(held[0]!.signal.aborted).to.be.false;

      held[0]!.answer(json('Moved definition.'));
      await settled(mounted);
      expect(definitionOf(mounted.element)).to.equal('Moved definition.');
    } finally {
      elsewhere.remove();
    }
  });

  it('loads again when a removed element is put back', async () => {
    const mounted = mount('glossary-term', { attributes: { src: '/held/back.json', term: 'kpi' } });
    const container = mounted.element.parentElement!;
    await requested(1);
    mounted.element.remove();
    await waitUntil(() => held[0]!.signal.aborted, 'the download was not aborted');

    container.append(mounted.element);
    await requested(2);
    held[1]!.answer(json('Back again.'));
    await settled(mounted);

    expect(definitionOf(mounted.element)).to.equal('Back again.');
    expect(mounted.errors).to.have.length(0);
  });
});
