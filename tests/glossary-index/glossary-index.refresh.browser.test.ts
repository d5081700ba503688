import { expect, waitUntil } from '@open-wc/testing';
import type { GlossaryData } from '../../src/data/types.js';
import { held, holdRequests, releaseRequests, requested } from '../support/held-requests.js';
import { cleanup, mount, part, settled, shadowText, type Mounted } from '../support/harness.js';
import { entryNames, glossaryOf, t, type Index } from './index-helpers.js';

const FIRST = glossaryOf('en', [t('budget', 'Budget'), t('invoice', 'Invoice')]);
const SECOND = glossaryOf('en', [t('budget', 'Budget'), t('invoice', 'Invoice'), t('retainer', 'Retainer')]);

const json = (glossary: GlossaryData) => new Response(JSON.stringify(glossary));

/** Mounts an index whose glossary is served from a held `url`, and shows the first version. */
async function loadedIndex(url: string): Promise<Mounted<Index>> {
  const mounted = mount<Index>('glossary-index', { attributes: { src: url } });
  await requested(held.length + 1);
  held.at(-1)!.answer(json(FIRST));
  await settled(mounted);
  await mounted.element.updateComplete;
  return mounted;
}

/** Whether the index says it is loading (its placeholder's words for assistive technology). */
const loadingShown = (element: HTMLElement) => shadowText(element).includes('Loading the glossary…');

describe('<glossary-index> refresh()', () => {
  beforeEach(holdRequests);
  afterEach(() => {
    releaseRequests();
    cleanup();
  });

  it('keeps the list while refreshing, then lists the new terms and fires glossary-load again', async () => {
    const { element, loads, errors } = await loadedIndex('/held/index-keep.json');
    let placeholderPainted = false;
    let watching = true;
    const onFrame = () => {
      placeholderPainted ||= loadingShown(element);
      if (watching) requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);

    const refreshing = element.refresh();
    await requested(2);
    await element.updateComplete;

    expect(entryNames(element)).to.deep.equal(['Budget', 'Invoice']);
    expect(loadingShown(element)).to.be.false;
    expect(element.hasAttribute('aria-busy')).to.be.false;

    held[1]!.answer(json(SECOND));
    await refreshing;
    await element.updateComplete;
    watching = false;

    expect(entryNames(element)).to.deep.equal(['Budget', 'Invoice', 'Retainer']);
    expect(placeholderPainted).to.be.false;
    expect(loads).to.have.length(2);
    expect(loads[1]!.detail.glossary.terms).to.have.length(3);
    expect(errors).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('keeps what the reader typed, and never shows its placeholder, across a refresh', async () => {
    const { element } = await loadedIndex('/held/index-reader.json');
    // A letter in the location, as after the reader chose one: the refresh must not choose it again.
    const page = location.pathname + location.search;
    history.replaceState(history.state, '', '#letter-b');
    try {
      element.query = 'inv';
      await element.updateComplete;
      const placeholderShown: boolean[] = [];
      const observer = new MutationObserver(() => placeholderShown.push(loadingShown(element)));
      observer.observe(element.shadowRoot!, { childList: true, subtree: true });

      const refreshing = element.refresh();
      await requested(2);
      held[1]!.answer(json(SECOND));
      await refreshing;
      await element.updateComplete;
      observer.disconnect();

      expect(element.query).to.equal('inv');
      expect(placeholderShown).to.not.include(true);
    } finally {
      history.replaceState(history.state, '', page);
    }
  });

  it('keeps the list and fires glossary-error when the refresh fails', async () => {
    const { element, loads, errors } = await loadedIndex('/held/index-fail.json');

    const refreshing = element.refresh();
    await requested(2);
    held[1]!.answer(new Response('{}', { status: 404, statusText: 'Not Found' }));
    await refreshing;
    await element.updateComplete;

    expect(errors.map((event) => event.detail)).to.deep.equal([
      { kind: 'http', status: 404, message: `${new URL('/held/index-fail.json', location.href).href} answered 404 Not Found` },
    ]);
    expect(entryNames(element)).to.deep.equal(['Budget', 'Invoice']);
    expect(part(element, 'retry-button')).to.be.null;
    expect(loads).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('shares one request with a term refreshing the same src in the same task', async () => {
    const index = await loadedIndex('/held/index-shared.json');
    const term = mount('glossary-term', { attributes: { src: '/held/index-shared.json', term: 'invoice' } });
    await settled(term);

    const refreshes = Promise.all([index.element.refresh(), term.element.refresh()]);
    await requested(2);
    held[1]!.answer(json(SECOND));
    await refreshes;

    expect(held).to.have.length(2);
    expect(index.loads).to.have.length(2);
    expect(term.loads).to.have.length(2);
    expect(term.loads[1]!.detail.glossary === index.loads[1]!.detail.glossary).to.be.true;
  });

  it('checks a glossary property changed in place again', async () => {
    const glossary = glossaryOf('en', [t('budget', 'Budget')]);
    const mounted = mount<Index>('glossary-index', { properties: { glossary } });
    await settled(mounted);

    glossary.terms.push(t('invoice', 'Invoice'));
    await mounted.element.refresh();
    await mounted.element.updateComplete;

    expect(entryNames(mounted.element)).to.deep.equal(['Budget', 'Invoice']);
    expect(mounted.loads).to.have.length(2);
    expect(held).to.have.length(0);
  });

  it('asks for nothing when removed before its first update, and loads once put back', async () => {
    const mounted = mount<Index>('glossary-index', { attributes: { src: '/held/removed-early.json' } });
    const container = mounted.element.parentElement!;
    // Gone before its first update.
    mounted.element.remove();
    // An index mounted next asks for its glossary in its own first update, which runs after the
    // removed one's: once it has asked, the removed index has had its chance to ask too.
    mount<Index>('glossary-index', { attributes: { src: '/held/removed-early-sentinel.json' } });
    await waitUntil(() => held.some((request) => request.url.endsWith('-sentinel.json')), 'the second index asked for nothing');
    expect(held.map((request) => new URL(request.url).pathname)).to.deep.equal(['/held/removed-early-sentinel.json']);

    container.append(mounted.element);
    await requested(2);
    expect(new URL(held[1]!.url).pathname).to.equal('/held/removed-early.json');
    held[1]!.answer(json(FIRST));
    await settled(mounted);
    await mounted.element.updateComplete;

    expect(entryNames(mounted.element)).to.deep.equal(['Budget', 'Invoice']);
    expect(mounted.errors).to.have.length(0);
  });
});
