import { expect } from '@open-wc/testing';
import {
  backendSubscribe,
  clickSubscribe,
  emailInput,
  fieldErrorText,
  focusIsOn,
  freshAddress,
  honeypotInput,
  messageOf,
  messageText,
  mountSignup,
  resetSignups,
  settled,
  shadow,
  signUp,
  typeEmail,
} from './signup-helpers.js';

// The reference back-end (server/) on an origin of its own, started by web-test-runner with a
// throwaway database: categories Development, Design, Writing; 3 attempts per address per hour.
describe('<alert-signup> against the real back-end', () => {
  afterEach(resetSignups);

  it('asks a new address to confirm', async () => {
    const mounted = await signUp(
      { action: await backendSubscribe(), categories: 'Development, Design, Writing', category: 'Design' },
      freshAddress('new'),
    );

    expect(mounted.errors.map((event) => event.detail)).to.deep.equal([]);
    expect(mounted.successes[0]!.detail).to.deep.equal({ status: 'pending', response: { status: 'pending' } });
    expect(messageText(mounted.element)).to.equal('Almost done: check your inbox and confirm your address.');
    expect(focusIsOn(mounted.element, messageOf(mounted.element))).to.be.true;
  });

  it('gives a repeat of the same address the identical answer', async () => {
    const action = await backendSubscribe();
    const email = freshAddress('repeat');
    const first = await signUp({ action }, email);
    first.element.remove();
    resetSignups(); // forget the remembered success so the form shows again
    const second = await signUp({ action }, email.toUpperCase());

    expect(second.errors).to.have.length(0);
    expect(second.successes[0]!.detail).to.deep.equal(first.successes[0]!.detail);
    expect(messageText(second.element)).to.equal(messageText(first.element));
  });

  it('accepts encoding="form" with consent as well', async () => {
    const mounted = await mountSignup({ action: await backendSubscribe(), encoding: 'form', consent: 'I agree' });
    await typeEmail(mounted.element, freshAddress('form'));
    shadow<HTMLInputElement>(mounted.element, '#consent')!.click();
    await clickSubscribe(mounted.element);
    await settled(mounted);

    expect(mounted.errors.map((event) => event.detail)).to.deep.equal([]);
    expect(mounted.successes[0]!.detail.status).to.equal('pending');
  });

  it('shows the server’s 422 for a category it does not take, where the reader sees it', async () => {
    const mounted = await signUp(
      { action: await backendSubscribe(), categories: 'Development, Gardening', category: 'Gardening' },
      freshAddress('category'),
    );
    const { element } = mounted;
    const message = 'Choose one of: Development, Design, Writing.';

    expect(mounted.errors[0]!.detail).to.deep.equal({ kind: 'http', message, status: 422, field: 'category' });
    // The message stands under the select, which is marked invalid and focused (and so read out).
    expect(fieldErrorText(element, 'category')).to.equal(message);
    expect(shadow(element, 'select')!.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(element, 'select')!.getAttribute('aria-describedby')).to.equal('category-error');
    expect(messageText(element)).to.equal('');
    expect(focusIsOn(element, shadow(element, 'select'))).to.be.true;
    expect(fieldErrorText(element, 'email')).to.equal('');
    expect(emailInput(element).getAttribute('aria-invalid')).to.equal('false');
    expect(mounted.successes).to.have.length(0);
  });

  it('answers the fourth attempt for one address within the hour as the first (no lockout, nothing told)', async () => {
    const action = await backendSubscribe();
    const email = freshAddress('limit');
    const details = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      const mounted = await signUp({ action }, email);
      expect(mounted.errors, `attempt ${attempt}`).to.have.length(0);
      details.push(mounted.successes[0]!.detail);
      resetSignups();
    }
    // The back-end sends no fourth email, but says nothing that would tell a stranger the address was used.
    expect(details[3]).to.deep.equal(details[0]);
  });

  it('shows success for a filled honeypot (the back-end answers a bot as it would a person)', async () => {
    const mounted = await mountSignup({ action: await backendSubscribe() });
    const { element } = mounted;
    honeypotInput(element).value = 'https://spam.example';
    await typeEmail(element, freshAddress('bot'));
    await clickSubscribe(element);
    await settled(mounted);

    expect(mounted.successes[0]!.detail.status).to.equal('pending');
    expect(messageText(element)).to.equal('Almost done: check your inbox and confirm your address.');
  });
});
