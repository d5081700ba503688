import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { GlossaryTerm } from '../../src/glossary-term/glossary-term.js';
import { cleanup, part, SAMPLE_URL } from '../support/harness.js';
import { entryLink, type Index } from './index-helpers.js';

/**
 * The demo's layouts: on a phone, the index and then the term view below it in one column; on a
 * desktop, the term view in a sticky panel beside the index.
 */
async function mountOneColumn({ stickyPanel = false } = {}) {
  const layout = document.createElement('div');
  if (stickyPanel) layout.style.cssText = 'display: grid; grid-template-columns: 1fr 1fr; align-items: start';
  const indexHtml = `<glossary-index src="${SAMPLE_URL}" for="phone-detail"></glossary-index>`;
  const viewHtml = `<glossary-term id="phone-detail" src="${SAMPLE_URL}" term="back-end" variant="full"></glossary-term>`;
  layout.innerHTML = stickyPanel
    ? `${indexHtml}<aside style="position: sticky; inset-block-start: 0">${viewHtml}</aside>`
    : `${indexHtml}<div style="block-size: 2500px"></div>${viewHtml}`;
  document.body.append(layout);
  const index = layout.querySelector<Index>('glossary-index')!;
  const detail = layout.querySelector<GlossaryTerm>('glossary-term')!;
  await waitUntil(() => entryLink(index, 'Invoice') && part(detail, 'heading'), 'the layout did not load', { timeout: 5000 });
  return { layout, index, detail };
}

const headingOf = (detail: GlossaryTerm) => part(detail, 'heading')!;
const onScreen = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight;
};

// Issue 11, point 3: on a phone the chosen term was changed far below, out of sight.
describe('<glossary-index for> on a one-column layout', () => {
  let originalUrl: string;
  let layout: HTMLElement | undefined;
  beforeEach(async () => {
    originalUrl = location.href;
    await setViewport({ width: 390, height: 700 });
  });
  afterEach(() => {
    layout?.remove();
    cleanup();
    scrollTo(0, 0);
    history.replaceState(null, '', originalUrl);
  });

  it('brings the chosen term into view and moves focus to its heading', async () => {
    const mounted = await mountOneColumn();
    layout = mounted.layout;
    const { index, detail } = mounted;
    expect(onScreen(headingOf(detail))).to.be.false;

    entryLink(index, 'Invoice')!.click();
    await waitUntil(() => headingOf(detail).textContent === 'Invoice', 'Invoice is not shown', { timeout: 3000 });
    await waitUntil(() => onScreen(headingOf(detail)), 'the term view was not scrolled into view', { timeout: 5000 });

    expect(detail.shadowRoot!.activeElement).to.equal(headingOf(detail));
    await expect(detail).to.be.accessible();
  });

  it('leaves a term view that is already on screen (a sticky side panel) and the focus alone', async () => {
    await setViewport({ width: 1280, height: 800 });
    const mounted = await mountOneColumn({ stickyPanel: true });
    layout = mounted.layout;
    const { index, detail } = mounted;
    const link = entryLink(index, 'Invoice')!;
    link.focus();
    let scrolledTo = 0;
    detail.scrollIntoView = () => void scrolledTo++;

    link.click();
    await waitUntil(() => headingOf(detail).textContent === 'Invoice', 'Invoice is not shown', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(scrolledTo).to.equal(0);
    expect(index.shadowRoot!.activeElement).to.equal(link);
  });

  // Issue 11, point 4: the target's term attribute went stale.
  it('reflects the shown term into the target’s term attribute', async () => {
    const mounted = await mountOneColumn();
    layout = mounted.layout;

    entryLink(mounted.index, 'Kill Fee')!.click();
    await mounted.detail.updateComplete;

    expect(mounted.detail.getAttribute('term')).to.equal('kill-fee');
  });

  // Issue 11, point 4: content-visibility clips paint at each group's edges; the ring was cut on the left.
  it('leaves room inside each group for an entry’s whole focus ring', async () => {
    const mounted = await mountOneColumn();
    layout = mounted.layout;
    const link = entryLink(mounted.index, 'Invoice')!;
    link.focus();
    const style = getComputedStyle(link);
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const box = link.getBoundingClientRect();
    const group = link.closest('.group')!.getBoundingClientRect();

    expect(ring).to.be.above(0);
    expect(box.left - ring).to.be.at.least(group.left);
    expect(box.right + ring).to.be.at.most(group.right);
  });
});
