import { expect, waitUntil } from '@open-wc/testing';
import { cleanup, mount, settled } from '../support/harness.js';
import { entryLink, glossaryOf, headings, t, type Index } from './index-helpers.js';

/** `count` terms named "<Letter> term <n>", handed over out of order, as real glossaries come. */
function largeGlossary(count: number) {
  const terms = Array.from({ length: count }, (_, index) => {
    const letter = String.fromCharCode(65 + ((index * 7) % 26));
    return t(`term-${index}`, `${letter} term ${index}`);
  });
  return glossaryOf('en', terms.reverse());
}

/** The entries of the grouped list in the DOM, seen or skipped. */
const listedEntries = (element: HTMLElement) => element.shadowRoot!.querySelectorAll('.groups [role="listitem"]');

// Issue 14: the list renders a screenful first, then the rest in steps, in chunks that
// content-visibility skips off screen; every entry still ends up in the page.
describe('<glossary-index> with a large glossary', () => {
  afterEach(cleanup);

  it('lists every term in the end, one list per letter, each entry a link find-in-page can reach', async () => {
    const mounted = mount<Index>('glossary-index', { properties: { glossary: largeGlossary(3000) } });
    await settled(mounted);
    const { element } = mounted;
    // The first screen comes first: far fewer entries than terms.
    expect(listedEntries(element).length).to.be.below(3000);

    await waitUntil(() => listedEntries(element).length === 3000, 'the whole list did not arrive', { timeout: 10_000 });
    await element.updateComplete;

    expect(headings(element)).to.have.length(26);
    const lists = [...element.shadowRoot!.querySelectorAll('.groups [role="list"]')];
    expect(lists).to.have.length(26);
    // Each letter's entries sit in chunks of at most 100, all in that letter's one list.
    for (const list of lists) {
      const chunks = [...list.children];
      expect(chunks.every((chunk) => chunk.childElementCount <= 100)).to.be.true;
      expect(chunks.reduce((sum, chunk) => sum + chunk.childElementCount, 0)).to.be.within(115, 116);
      expect(getComputedStyle(chunks[0]!).contentVisibility).to.equal('auto');
    }
    // Far down the list, a real link with its text in the page.
    const last = entryLink(element, 'Z term 2975');
    expect(last?.getAttribute('href')).to.equal('#term-2975');
    expect(mounted.errors).to.have.length(0);
    await expect(element).to.be.accessible();
  });
});
