import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { loadSignupView } from '../../src/alert-signup/load-signup-view.js';
import type { AlertSignup } from '../../src/alert-signup/alert-signup.js';
import { holdRequests, releaseRequests, requested } from '../support/held-requests.js';
import type { GlossaryIndex } from '../../src/glossary-index/glossary-index.js';

/**
 * What the reader would see at each render of `index` from now on, as it lands: the placeholder
 * first, while the view's code is on its way, then what the view renders.
 */
function watchRenders(index: GlossaryIndex) {
  const seen: { base: boolean; height: number; lightDomShown: boolean }[] = [];
  const observer = new MutationObserver(() => {
    const slot = index.shadowRoot!.querySelector('slot');
    const child = index.firstElementChild;
    seen.push({
      base: index.shadowRoot!.querySelector('[part~="base"]') !== null,
      height: index.getBoundingClientRect().height,
      lightDomShown: child !== null && slot !== null && slot.assignedElements().includes(child) && child.getClientRects().length > 0,
    });
  });
  observer.observe(index.shadowRoot!, { childList: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

// <glossary-index> and <alert-signup> load their views on first need (src/internal/view-host.ts):
// what a page sees around that wait.
describe('elements whose view loads on first need', () => {
  it('renders a signup with its styles when updateComplete was awaited before it joined the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const signup = document.createElement('alert-signup') as AlertSignup;
    signup.action = '/signup';
    const rendered = signup.updateComplete;
    // The view's code is here, and a task later every continuation of its import has run: had the
    // element asked for its view before it had a shadow root, the view would have arrived by now.
    await loadSignupView();
    await new Promise((resolve) => setTimeout(resolve));
    wrapper.append(signup);
    await rendered;

    const root = signup.shadowRoot!;
    expect(root.querySelector('input[type="email"]')).to.exist;
    // The theme from the element, the form's look from its view.
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(1);
    expect(getComputedStyle(root.querySelector('[part~="form"]')!).display).to.equal('grid');
    await expect(signup).to.be.accessible();
  });

  it('shows the light DOM of an index with no data source, and no placeholder', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const index = document.createElement('glossary-index') as GlossaryIndex;
    index.innerHTML = '<a id="plain" href="/glossary/">The glossary</a>';
    wrapper.append(index);
    const renders = watchRenders(index);
    await index.updateComplete;
    renders.stop();

    expect(renders.seen.length).to.be.greaterThan(0);
    for (const render of renders.seen) {
      expect(render.base).to.be.false;
      expect(render.lightDomShown).to.be.true;
    }
  });

  it('keeps an index its space from its first render until its glossary is here', async () => {
    holdRequests();
    try {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const index = document.createElement('glossary-index') as GlossaryIndex;
      index.src = '/held/view-host-space.json';
      wrapper.append(index);
      const renders = watchRenders(index);

      await requested(1);
      await index.updateComplete; // the view is here; the glossary is still held
      renders.stop();

      // The element's placeholder, then its view's loading state.
      expect(renders.seen.length).to.be.at.least(2);
      for (const render of renders.seen) {
        expect(render.base).to.be.true;
        expect(render.height).to.be.greaterThan(100);
      }
    } finally {
      releaseRequests();
    }
  });
});
