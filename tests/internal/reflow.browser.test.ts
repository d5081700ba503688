import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cleanup, SAMPLE_URL } from '../support/harness.js';

// Issue 11, point 1 (WCAG 1.4.10 Reflow): every element fits a 320 px wide viewport, also as a
// grid item in a `1fr` column and as a flex item, where an element's min-content width counts.
const elements: Record<string, string> = {
  index: `<glossary-index src="${SAMPLE_URL}"></glossary-index>`,
  'term page': `<glossary-term src="${SAMPLE_URL}" term="late-payment-fee" variant="full"></glossary-term>`,
  card: `<glossary-term src="${SAMPLE_URL}" term="back-end"></glossary-term>`,
  signup: `<alert-signup action="/subscribe" categories="Development, Design, Writing" consent="I agree to receive emails."></alert-signup>`,
};
const containers: Record<string, string> = {
  grid: 'display: grid; grid-template-columns: 1fr',
  flex: 'display: flex',
};

/** Whether the element shows more than its placeholder: a heading, an entry or a form. */
const ready = (element: Element) =>
  element.shadowRoot?.querySelector('[part~="heading"], [part~="list"] a, [part~="form"]') !== null &&
  element.shadowRoot?.querySelector('.skeleton') === null;

/** On how many lines `text`, inside the element's heading, is laid out (point 4: no break at a hyphen). */
function linesOf(element: Element, text: string): number {
  const walker = document.createTreeWalker(element.shadowRoot!.querySelector('[part~="heading"]')!, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && !node.textContent!.includes(text)) node = walker.nextNode();
  if (!node) throw new Error(`no "${text}" in the heading`);
  const start = node.textContent!.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

describe('reflow at 320 px', () => {
  let holder: HTMLElement | undefined;
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    holder?.remove();
    cleanup();
  });

  for (const [containerName, style] of Object.entries(containers)) {
    for (const [elementName, markup] of Object.entries(elements)) {
      it(`fits the ${elementName} inside a ${containerName} container`, async () => {
        holder = document.createElement('div');
        holder.setAttribute('style', style);
        holder.innerHTML = markup;
        document.body.append(holder);
        const element = holder.firstElementChild!;
        await waitUntil(() => ready(element), `the ${elementName} did not render`, { timeout: 5000 });

        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        if (elementName === 'term page') expect(linesOf(element, 'Late-Payment')).to.equal(1, 'Late-Payment broke at its hyphen');
        if (elementName === 'index') await expect(element).to.be.accessible();
      });
    }
  }
});

// Issue 11, point 1: off-screen groups are estimated until they render; the page height jumped
// (4,389 → 3,005 px, about 30 %, in one story) as the reader scrolled. One fixed estimate cannot
// fit every width and browser (measured here: 4 % in Chromium, up to 31 % in Firefox, whose groups
// lay out shorter; the old 30rem estimate was off by more than half), so this guards against a
// jump like the old one rather than promising none.
describe('the index’s height while scrolling', () => {
  let holder: HTMLElement | undefined;
  before(() => setViewport({ width: 390, height: 700 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    holder?.remove();
    cleanup();
    scrollTo(0, 0);
  });

  it('changes by well under half from first paint to the end of the list', async () => {
    holder = document.createElement('div');
    holder.innerHTML = `<glossary-index src="${SAMPLE_URL}"></glossary-index>`;
    document.body.append(holder);
    const index = holder.firstElementChild!;
    await waitUntil(() => ready(index), 'the index did not render', { timeout: 5000 });
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await frame();
    const first = document.documentElement.scrollHeight;

    for (let y = 0; y < document.documentElement.scrollHeight; y += 500) {
      scrollTo(0, y);
      await frame();
    }
    const last = document.documentElement.scrollHeight;

    console.log(`index height at 390 px: ${first} px at first, ${last} px once every group rendered`);
    expect(Math.abs(last - first) / last).to.be.below(0.35);
  });
});
