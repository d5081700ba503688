import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { GlossaryTerm } from '../../src/glossary-term/glossary-term.js';
import type { GlossarySelectDetail } from '../../src/internal/events.js';
import { cleanup, mount, part, SAMPLE_URL, settled, type Mounted } from '../support/harness.js';
import { entryLink, entryNames, focused, focusedText, headings, letterLink, press, typeInto, type Index } from './index-helpers.js';

/** A `<glossary-term id="detail">` showing Back-End, then an index pointing at it. */
async function mountMasterDetail(attributes: Record<string, string> = {}) {
  const detail = mount<GlossaryTerm>('glossary-term', { attributes: { id: 'detail', src: SAMPLE_URL, term: 'back-end', variant: 'full' } });
  await settled(detail);
  const index = mount<Index>('glossary-index', { attributes: { src: SAMPLE_URL, for: 'detail', ...attributes } });
  await settled(index);
  await index.element.updateComplete;
  return { detail, index: index.element };
}

const heading = (detail: Mounted<GlossaryTerm>) => part(detail.element, 'heading')?.textContent;

/** Waits until the detail view shows `name`. */
const shows = (detail: Mounted<GlossaryTerm>, name: string) =>
  waitUntil(() => heading(detail) === name, `the detail view does not show ${name}`, { timeout: 3000 });

/** Clicks a link and says whether the browser would follow it. */
function clickFollows(link: HTMLElement): boolean {
  let followed = true;
  document.addEventListener('click', (event) => (followed = !event.defaultPrevented), { once: true });
  link.click();
  return followed;
}

describe('<glossary-index> master–detail', () => {
  let originalUrl: string;
  beforeEach(() => (originalUrl = location.href));
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', originalUrl);
  });

  it('shows the chosen term in the for= view without navigating and pushes #<id>', async () => {
    const { detail, index } = await mountMasterDetail();
    const selected: CustomEvent<GlossarySelectDetail>[] = [];
    index.addEventListener('glossary-select', (event) => selected.push(event));
    const historyLength = history.length;

    const followed = clickFollows(entryLink(index, 'Invoice')!);
    await shows(detail, 'Invoice');

    expect(followed).to.be.false;
    expect(selected.map((event) => event.detail.term.id)).to.deep.equal(['invoice']);
    expect(selected[0]!.cancelable && selected[0]!.bubbles && selected[0]!.composed).to.be.true;
    expect(location.hash).to.equal('#invoice');
    expect(history.length).to.equal(historyLength + 1);
    expect(detail.element.term).to.equal('invoice');
    await index.updateComplete;
    expect(entryLink(index, 'Invoice')!.getAttribute('aria-current')).to.equal('true');
    expect(entryLink(index, 'Back-End')!.hasAttribute('aria-current')).to.be.false;
    await expect(index).to.be.accessible();

    // Choosing another entry moves the mark; only one entry is ever current.
    clickFollows(entryLink(index, 'Back-End')!);
    await shows(detail, 'Back-End');
    await index.updateComplete;
    expect(entryLink(index, 'Back-End')!.getAttribute('aria-current')).to.equal('true');
    expect(index.shadowRoot!.querySelectorAll('.groups [aria-current]')).to.have.length(1);
  });

  it('does nothing when glossary-select is cancelled: no navigation, no detail change, same hash', async () => {
    const { detail, index } = await mountMasterDetail();
    const cancel = (event: Event) => event.preventDefault();
    index.addEventListener('glossary-select', cancel);
    const hash = location.hash;
    const historyLength = history.length;

    const followed = clickFollows(entryLink(index, 'Invoice')!);
    expect(followed).to.be.false;
    expect(detail.element.term).to.equal('back-end');
    expect(location.hash).to.equal(hash);

    // A choice that is not cancelled comes after it: the detail view shows that one as its next
    // term, and only that one moved the history on.
    index.removeEventListener('glossary-select', cancel);
    clickFollows(entryLink(index, 'Agile')!);
    await shows(detail, 'Agile');

    expect(detail.loads.map((event) => event.detail.term?.id)).to.deep.equal(['back-end', 'agile']);
    expect(location.hash).to.equal('#agile');
    expect(history.length).to.equal(historyLength + 1);
  });

  it('navigates normally (the link is followed) when there is no for= view', async () => {
    const mounted = mount<Index>('glossary-index', { attributes: { src: SAMPLE_URL } });
    await settled(mounted);
    await mounted.element.updateComplete;
    const link = entryLink(mounted.element, 'Invoice')!;
    let followed: boolean | undefined;
    const selected: string[] = [];
    mounted.element.addEventListener('glossary-select', (event) => selected.push(event.detail.term.id));
    // Stop the real navigation after the element has had its say: on the host, where the click arrives last.
    mounted.element.addEventListener('click', (event) => {
      followed = !event.defaultPrevented;
      event.preventDefault();
    });
    link.click();

    expect(selected).to.deep.equal(['invoice']);
    expect(followed).to.be.true;
  });

  it('selects the term named by the location hash on load', async () => {
    history.replaceState(null, '', '#nda');
    const { detail, index } = await mountMasterDetail();

    await shows(detail, 'NDA');
    await index.updateComplete;
    expect(entryLink(index, 'NDA')!.getAttribute('aria-current')).to.equal('true');
  });

  it('follows hashchange, and back/forward through the chosen terms', async () => {
    const { detail, index } = await mountMasterDetail();

    const changed = oneEvent(window, 'hashchange');
    location.hash = '#sprint';
    await changed;
    await shows(detail, 'Sprint');

    entryLink(index, 'Kill Fee')!.click();
    await shows(detail, 'Kill Fee');
    expect(location.hash).to.equal('#kill-fee');

    let popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await shows(detail, 'Sprint');
    expect(location.hash).to.equal('#sprint');

    popped = oneEvent(window, 'popstate');
    history.forward();
    await popped;
    await shows(detail, 'Kill Fee');
    await index.updateComplete;
    expect(entryLink(index, 'Kill Fee')!.getAttribute('aria-current')).to.equal('true');
  });

  it('chooses the first search result with Enter and shows it in the detail view', async () => {
    const { detail, index } = await mountMasterDetail();
    await typeInto(index, 'milestone');
    await press(index, 'Enter');

    await shows(detail, 'Milestone Payments');
    expect(location.hash).to.equal('#milestone-payments');
  });

  it('reaches a result with ArrowDown and shows it with Enter', async () => {
    const { detail, index } = await mountMasterDetail();
    await typeInto(index, 'fee');
    expect(entryNames(index)[0]).to.equal('Kill Fee');

    await press(index, 'ArrowDown');
    await press(index, 'ArrowDown');
    expect(focusedText(index)).to.equal('Late-Payment Fee');
    await press(index, 'Enter');

    await shows(detail, 'Late-Payment Fee');
    expect(location.hash).to.equal('#late-payment-fee');
  });

  it('switches the letter for #letter-B when the letter attribute is present', async () => {
    const { index } = await mountMasterDetail({ letter: 'A' });
    expect(headings(index)).to.deep.equal(['A']);

    const changed = oneEvent(window, 'hashchange');
    location.hash = '#letter-N';
    await changed;
    await waitUntil(() => index.getAttribute('letter') === 'N', 'the letter did not switch to N');
    await index.updateComplete;

    expect(headings(index)).to.deep.equal(['N']);
    expect(entryNames(index)).to.deep.equal(['NDA', 'Net 30', 'Non-Compete']);
    expect(letterLink(index, 'N')!.getAttribute('aria-current')).to.equal('true');
  });

  it('focuses the group heading for #letter-B on load when no letter attribute is present', async () => {
    history.replaceState(null, '', '#letter-P');
    const { index } = await mountMasterDetail();

    await waitUntil(() => focusedText(index) === 'P', 'the P heading was not focused');
    expect(focused(index)!.id).to.equal('letter-P');
    expect(index.hasAttribute('letter')).to.be.false;
    expect(headings(index)).to.have.length(20);
  });

  it('lets a for= view without data of its own share the index\'s', async () => {
    const detail = mount<GlossaryTerm>('glossary-term', { attributes: { id: 'bare-detail' } });
    const index = mount<Index>('glossary-index', { attributes: { src: SAMPLE_URL, for: 'bare-detail' } });
    await settled(index);
    await index.element.updateComplete;
    expect(detail.loads).to.have.length(0);

    entryLink(index.element, 'Wireframe')!.click();
    await settled(detail);

    expect(detail.errors).to.have.length(0);
    expect(heading(detail)).to.equal('Wireframe');
    expect(location.hash).to.equal('#wireframe');
  });

  it('steps back and forward through letters chosen in the bar', async () => {
    const { index } = await mountMasterDetail({ letter: 'A' });
    letterLink(index, 'C')!.click();
    await index.updateComplete;
    letterLink(index, '#')!.click();
    await index.updateComplete;
    expect(headings(index)).to.deep.equal(['#']);
    expect(entryNames(index)).to.deep.equal(['1099 Contractor', '404 Page']);

    let popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await index.updateComplete;
    expect(index.getAttribute('letter')).to.equal('C');
    expect(entryNames(index)).to.deep.equal(['Café Working', 'CDN', 'CMS']);

    popped = oneEvent(window, 'popstate');
    history.forward();
    await popped;
    await index.updateComplete;
    expect(index.getAttribute('letter')).to.equal('#');
    expect(headings(index)).to.deep.equal(['#']);
  });
});

describe('<glossary-index> going back to where the page started', () => {
  afterEach(cleanup);

  it('restores the detail view and clears the selection when history returns to no hash', async () => {
    const startUrl = location.href;
    try {
      history.replaceState(null, '', location.pathname + location.search);
      const { detail, index } = await mountMasterDetail();
      entryLink(index, 'Invoice')!.click();
      await shows(detail, 'Invoice');

      history.back();
      await shows(detail, 'Back-End');
      await index.updateComplete;

      expect(location.hash).to.equal('');
      expect(index.shadowRoot!.querySelectorAll('[aria-current="true"]')).to.have.length(0);
    } finally {
      history.replaceState(null, '', startUrl);
    }
  });
});
