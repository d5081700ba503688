import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AlertSignup } from '../../src/alert-signup/alert-signup.js';
import type { GlossaryIndex } from '../../src/glossary-index/glossary-index.js';

// <glossary-index> and <alert-signup> load their views on first need (src/internal/view-host.ts):
// what a page sees around that wait.
describe('elements whose view loads on first need', () => {
  it('renders a signup with its styles when updateComplete was awaited before it joined the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const signup = document.createElement('alert-signup') as AlertSignup;
    signup.action = '/signup';
    const rendered = signup.updateComplete;
    // Long enough for the view's code to arrive, were it asked for before the element has a shadow root.
    await new Promise((resolve) => setTimeout(resolve, 100));
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
    const index = await fixture<GlossaryIndex>(html`<glossary-index><a id="plain" href="/glossary/">The glossary</a></glossary-index>`);

    expect(index.shadowRoot!.querySelector('.skeleton')).to.be.null;
    expect(index.querySelector('#plain')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('keeps an index its space while its view and glossary load', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const index = document.createElement('glossary-index') as GlossaryIndex;
    index.src = '/test-api/sample/view-host-space?delay=300';
    wrapper.append(index);
    await index.updateComplete;

    expect(index.getBoundingClientRect().height).to.be.greaterThan(100);
  });
});
