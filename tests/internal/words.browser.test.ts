import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AlertSignup } from '../../src/alert-signup/alert-signup.js';

// The words of languages other than English load on first need. This file runs in a page of its
// own, so the first element below is the one that waits for them: it must never paint English first.
describe('UI words beyond English', () => {
  it('paints a French form in French from its first render, never English first', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-FR"></div>`);
    const signup = document.createElement('alert-signup');
    signup.action = '/signup';
    wrapper.append(signup);
    // The first update is the first paint: it waits for the French words rather than show English.
    await signup.updateComplete;

    const text = signup.shadowRoot!.textContent!;
    expect(text).to.contain("S'abonner");
    expect(text).to.not.contain('Subscribe');
    await expect(signup).to.be.accessible();
  });

  it('keeps English, and asks for nothing, on a page in a language it has no words for', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ja"><alert-signup action="/signup"></alert-signup></div>`);
    const signup = wrapper.querySelector<AlertSignup>('alert-signup')!;
    await signup.updateComplete;
    expect(signup.shadowRoot!.textContent).to.contain('Subscribe');
  });
});
