import { expect } from '@open-wc/testing';
import {
  clickSubscribe,
  emailInput,
  endpoint,
  messageText,
  mountSignup,
  resetSignups,
  settled,
  signUp,
  submitButton,
  typeEmail,
  typeInto,
} from './signup-helpers.js';

// axe on every state a reader can meet, each reached for real (no stubbed fetch).
describe('<alert-signup> accessibility', () => {
  afterEach(resetSignups);

  const everything = { categories: 'Development, Design, Writing', category: 'Design', consent: 'I agree to receive emails.' };

  it('is accessible when idle, with categories and consent', async () => {
    const { element } = await mountSignup({ action: await endpoint('/pending'), ...everything });
    await expect(element).to.be.accessible();
  });

  it('is accessible when the fields are invalid', async () => {
    const { element } = await mountSignup({ action: await endpoint('/pending'), ...everything });
    await typeEmail(element, 'name@example');
    await clickSubscribe(element);

    expect(emailInput(element).getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('is accessible while pending', async () => {
    const mounted = await mountSignup({ action: await endpoint('/slow?ms=1500') });
    await typeEmail(mounted.element, 'reader@example.com');
    await clickSubscribe(mounted.element);

    expect(submitButton(mounted.element).disabled).to.be.true;
    await expect(mounted.element).to.be.accessible();
    await settled(mounted);
  });

  it('is accessible after success', async () => {
    const { element } = await signUp({ action: await endpoint('/pending') });

    expect(messageText(element)).to.equal('Almost done: check your inbox and confirm your address.');
    await expect(element).to.be.accessible();
  });

  it('is accessible when remembered', async () => {
    const action = await endpoint('/subscribed');
    (await signUp({ action })).element.remove();
    const { element } = await mountSignup({ action });

    expect(messageText(element)).to.equal('You’re subscribed to these emails on this device.');
    await expect(element).to.be.accessible();
  });

  // Issue 11, point 8: a signup still waiting for its confirmation must not read as done.
  it('reads as pending, and is accessible, when a pending signup is remembered', async () => {
    const action = await endpoint('/pending');
    (await signUp({ action })).element.remove();
    const { element } = await mountSignup({ action });

    expect(messageText(element)).to.equal('Almost done: check your inbox and confirm your address.');
    expect(messageText(element)).to.not.match(/subscribed/i);
    await expect(element).to.be.accessible();
  });

  // Issue 11, point 7: without an endpoint a form could only fail, so none is shown, and the site owner is told once.
  it('shows only its own content, and warns once, without an action', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const { element } = await mountSignup({ heading: 'Alerts' }, '<p>Weekly gigs by email.</p>');
      element.heading = 'Alerts by email'; // a later update does not warn again
      await element.updateComplete;

      expect(element.shadowRoot!.querySelector('form, input, button')).to.equal(null);
      expect(element.shadowRoot!.querySelector('slot')).to.not.equal(null);
      expect(warnings.filter(([message]) => String(message).includes('alert-signup needs an action'))).to.have.length(1);
      await expect(element).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('is accessible after a server error', async () => {
    const { element } = await signUp({ action: await endpoint('/unavailable') });

    expect(messageText(element)).to.match(/^The service is unavailable/);
    await expect(element).to.be.accessible();
  });

  it('is accessible with a server field error', async () => {
    const { element } = await signUp({ action: await endpoint('/field-error') });

    expect(emailInput(element).getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('is accessible in dark and right-to-left settings', async () => {
    const { element } = await mountSignup({ action: await endpoint('/pending'), ...everything, style: '--glossary-color-scheme: dark' });
    element.parentElement!.setAttribute('dir', 'rtl');
    await clickSubscribe(element);

    await expect(element).to.be.accessible();
  });

  it('is accessible enhancing a light-DOM form with an error', async () => {
    const mounted = await mountSignup(
      {},
      `<form action="${await endpoint('/pending')}" method="post">
        <label>Email <input name="email" type="email"></label><button>Subscribe</button>
      </form>`,
    );
    await typeInto(mounted.element.querySelector('input')!, 'name@example');
    mounted.element.querySelector('button')!.click();
    await mounted.element.updateComplete;

    expect(mounted.element.querySelector('p.alert-signup-error') !== null).to.be.true;
    await expect(mounted.element).to.be.accessible();
  });
});
