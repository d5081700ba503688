import { expect, waitUntil } from '@open-wc/testing';
import { held, holdRequests, releaseRequests, requested } from '../support/held-requests.js';
import {
  clean,
  clickSubscribe,
  emailInput,
  endpoint,
  lastPost,
  messageText,
  mountSignup,
  resetSignups,
  settled,
  shadow,
  signUp,
  submitButton,
  typeEmail,
} from './signup-helpers.js';

describe('<alert-signup> while a request is pending', () => {
  afterEach(resetSignups);

  it('disables Subscribe, says so in the live region, and marks the form busy', async () => {
    const mounted = await mountSignup({ action: await endpoint('/slow?ms=500') });
    const { element } = mounted;
    await typeEmail(element, 'reader@example.com');
    await clickSubscribe(element);

    expect(submitButton(element).disabled).to.be.true;
    expect(clean(submitButton(element).textContent)).to.equal('Subscribing…');
    expect(messageText(element)).to.equal('Subscribing…');
    expect(shadow(element, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect(emailInput(element).value).to.equal('reader@example.com');

    await settled(mounted);
    expect(mounted.successes[0]!.detail.status).to.equal('pending');
  });

  it('sends one request however quickly Subscribe is clicked twice', async () => {
    holdRequests();
    try {
      const mounted = await mountSignup({ action: '/held/subscribe' });
      const { element } = mounted;
      await typeEmail(element, 'reader@example.com');

      submitButton(element).click();
      submitButton(element).click();
      await element.updateComplete;
      submitButton(element).click();
      shadow<HTMLFormElement>(element, 'form')!.requestSubmit();
      expect(submitButton(element).disabled).to.be.true;
      // A second request would have been asked for by one of those clicks, synchronously.
      expect(held).to.have.length(1);

      held[0]!.answer(Response.json({ status: 'pending' }));
      await settled(mounted);
      expect(held).to.have.length(1);
      expect(mounted.submits).to.have.length(1);
      expect(mounted.successes).to.have.length(1);
      expect(mounted.errors).to.have.length(0);
    } finally {
      releaseRequests();
    }
  });

  it('aborts its request when removed, reports nothing, and sends again once back on the page', async () => {
    holdRequests();
    try {
      const mounted = await mountSignup({ action: '/held/subscribe' });
      const { element } = mounted;
      await typeEmail(element, 'reader@example.com');
      await clickSubscribe(element);
      await requested(1);

      const parent = element.parentElement!;
      element.remove();
      expect(held[0]!.signal.aborted).to.be.true;

      parent.append(element);
      await waitUntil(() => !submitButton(element).disabled, 'the form never became ready again');
      await clickSubscribe(element);
      await requested(2);
      held[1]!.answer(Response.json({ status: 'pending' }));
      await settled(mounted);
      expect(mounted.errors).to.have.length(0);
      expect(mounted.successes).to.have.length(1);
    } finally {
      releaseRequests();
    }
  });

  it('sends again when the reader retries after a failure', async () => {
    const before = (await lastPost()).count;
    const mounted = await signUp({ action: await endpoint('/unavailable') });
    const { element } = mounted;

    await clickSubscribe(element);
    await settled(mounted, 2);

    expect((await lastPost()).count - before).to.equal(2);
    expect(JSON.parse((await lastPost()).body!).email).to.equal('reader@example.com');
  });
});
