import { expect } from '@open-wc/testing';
import { afterControlImage } from '../support/control-image.js';
import {
  clean,
  emailInput,
  endpoint,
  fieldErrorText,
  focusIsOn,
  messageOf,
  messageText,
  mountSignup,
  rememberedFor,
  resetSignups,
  shadow,
  signUp,
  submitButton,
} from './signup-helpers.js';

const PENDING = 'Almost done: check your inbox and confirm your address.';
const SUBSCRIBED = 'You’re subscribed. Thank you!';

describe('<alert-signup> responses', () => {
  afterEach(resetSignups);

  it('asks the reader to confirm after {"status":"pending"} and moves focus to the message', async () => {
    const action = await endpoint('/pending');
    const mounted = await signUp({ action });
    const { element } = mounted;

    expect(messageText(element)).to.equal(PENDING);
    expect(messageOf(element).getAttribute('role')).to.equal('status');
    expect(focusIsOn(element, messageOf(element))).to.be.true;
    expect(emailInput(element) === null).to.be.true;
    expect(mounted.errors).to.have.length(0);
    expect(mounted.successes).to.have.length(1);
    expect(mounted.successes[0]!.detail).to.deep.equal({ status: 'pending', response: { status: 'pending' } });
    expect(mounted.successes[0]!.bubbles && mounted.successes[0]!.composed).to.be.true;
    expect(JSON.parse(rememberedFor(action)!).status).to.equal('pending');
  });

  it('says subscribed after {"status":"subscribed"}', async () => {
    const mounted = await signUp({ action: await endpoint('/subscribed') });

    expect(messageText(mounted.element)).to.equal(SUBSCRIBED);
    expect(mounted.successes[0]!.detail).to.deep.equal({ status: 'subscribed', response: { status: 'subscribed' } });
  });

  it('remembers a success for that action on the next visit, and lets the reader subscribe another address', async () => {
    const action = await endpoint('/pending');
    const first = await signUp({ action });
    expect(rememberedFor(action)).to.not.equal(null);
    expect(rememberedFor(action)!.includes('reader@example.com')).to.be.false;
    first.element.remove();

    const { element } = await mountSignup({ action });
    // Still waiting for its confirmation: pending, not subscribed (issue 11, point 8).
    expect(messageText(element)).to.equal('Almost done: check your inbox and confirm your address.');
    expect(emailInput(element) === null).to.be.true;
    const another = shadow<HTMLButtonElement>(element, 'button')!;
    expect(clean(another.textContent)).to.equal('Subscribe another address');

    another.click();
    await element.updateComplete;
    expect(emailInput(element) !== null).to.be.true;
    expect(emailInput(element).value).to.equal('');
    expect(focusIsOn(element, emailInput(element))).to.be.true;
  });

  it('does not show the remembered state for another action', async () => {
    await signUp({ action: await endpoint('/pending') });
    const { element } = await mountSignup({ action: await endpoint('/subscribed') });

    expect(emailInput(element) !== null).to.be.true;
    expect(messageText(element)).to.equal('');
  });

  it('treats a 2xx whose body says "status":"error" as an http error with the server’s message', async () => {
    const action = await endpoint('/status-error');
    const mounted = await signUp({ action });
    const { element } = mounted;

    expect(mounted.successes).to.have.length(0);
    expect(mounted.errors[0]!.detail).to.deep.equal({ kind: 'http', message: 'This list is closed for now.', status: 200 });
    expect(messageText(element)).to.equal('This list is closed for now.');
    expect(focusIsOn(element, messageOf(element))).to.be.true;
    expect(emailInput(element).value).to.equal('reader@example.com');
    expect(rememberedFor(action)).to.equal(null);
  });

  it('shows a 422 field error on the email field and focuses it', async () => {
    const mounted = await signUp({ action: await endpoint('/field-error') });
    const { element } = mounted;
    const input = emailInput(element);

    expect(fieldErrorText(element, 'email')).to.equal('That domain does not take mail.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('email-error');
    expect(focusIsOn(element, input)).to.be.true;
    expect(input.value).to.equal('reader@example.com');
    expect(mounted.errors[0]!.detail).to.deep.equal({
      kind: 'http',
      message: 'That domain does not take mail.',
      status: 422,
      field: 'email',
    });
  });

  it('renders a hostile server message as text only', async () => {
    delete (window as { __pwned?: unknown }).__pwned;
    const { element } = await signUp({ action: await endpoint('/hostile-message') });
    await afterControlImage(element.shadowRoot!);

    expect(element.shadowRoot!.querySelector('img, b') === null).to.be.true;
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(fieldErrorText(element, 'email')).to.equal('<img src=x onerror="window.__pwned=1">Bad <b>address</b>');
    expect(fieldErrorText(element, 'email')).to.contain('<img');
  });

  it('tells the reader to wait after a 429 with Retry-After: 120, keeping the input', async () => {
    const mounted = await signUp({ action: await endpoint('/rate-limit') });
    const { element } = mounted;
    const message = 'Too many attempts. Please wait 2 minutes and try again.';

    expect(mounted.errors[0]!.detail).to.deep.equal({ kind: 'http', message, status: 429 });
    expect(messageText(element)).to.equal(message);
    expect(emailInput(element).value).to.equal('reader@example.com');
    expect(submitButton(element).disabled).to.be.false;
  });

  it('reads an HTTP-date Retry-After as minutes to wait', async () => {
    const { element } = await signUp({ action: await endpoint('/rate-limit-date') });

    // The stand-in's date is an hour after it started, so somewhat less than an hour remains.
    expect(messageText(element)).to.match(/^Too many attempts\. Please wait (4\d|5\d|60) minutes and try again\.$/);
  });

  it('offers a retry after a 503 and keeps what the reader typed', async () => {
    const mounted = await signUp({ action: await endpoint('/unavailable') });
    const { element } = mounted;
    const message = 'The service is unavailable right now. Your details are kept: please try again.';

    expect(mounted.errors[0]!.detail).to.deep.equal({ kind: 'http', message, status: 503 });
    expect(messageText(element)).to.equal(message);
    expect(emailInput(element).value).to.equal('reader@example.com');
    expect(submitButton(element).disabled).to.be.false;
    expect(clean(submitButton(element).textContent)).to.equal('Subscribe');
  });

  it('never takes a non-JSON 200 (a CAPTCHA page) for a success', async () => {
    const action = await endpoint('/captcha');
    const mounted = await signUp({ action });
    const { element } = mounted;

    expect(mounted.successes).to.have.length(0);
    expect(mounted.errors[0]!.detail).to.deep.equal({
      kind: 'parse',
      message: 'The service sent a reply we could not read. Please try again later.',
      status: 200,
    });
    expect(messageText(element)).to.equal('The service sent a reply we could not read. Please try again later.');
    expect(messageText(element)).to.not.contain('Prove you are human');
    expect(emailInput(element).value).to.equal('reader@example.com');
    expect(rememberedFor(action)).to.equal(null);
  });

  it('reports a network failure and keeps the input', async () => {
    const mounted = await signUp({ action: 'http://127.0.0.1:9/x' });

    expect(mounted.errors[0]!.detail).to.deep.equal({
      kind: 'network',
      message: 'Could not reach the service. Check your connection and try again.',
    });
    expect(messageText(mounted.element)).to.equal('Could not reach the service. Check your connection and try again.');
    expect(emailInput(mounted.element).value).to.equal('reader@example.com');
  });

  it('gives up after `timeout` milliseconds', async () => {
    const started = performance.now();
    const mounted = await signUp({ action: await endpoint('/hang'), timeout: '300' });

    expect(performance.now() - started).to.be.below(3000);
    expect(mounted.errors[0]!.detail).to.deep.equal({
      kind: 'timeout',
      message: 'The service took too long to answer. Please try again.',
    });
    expect(messageText(mounted.element)).to.equal('The service took too long to answer. Please try again.');
    expect(submitButton(mounted.element).disabled).to.be.false;
  });

  for (const timeout of ['abc', '-1']) {
    it(`sends with the default timeout when \`timeout="${timeout}"\` makes no sense`, async () => {
      const mounted = await signUp({ action: await endpoint('/pending'), timeout });

      expect(mounted.successes[0]!.detail.status).to.equal('pending');
      expect(mounted.errors).to.have.length(0);
    });
  }
});
