import { expect } from '@open-wc/testing';
import { endpoint, lastPost, messageText, pageWithoutQuery, rememberedFor, resetSignups, signUp } from './signup-helpers.js';

// What the reader's data must never do: carry the page's secrets, follow a redirect to another
// origin, or be taken as accepted when it was not.
describe('<alert-signup> leaks and odd answers', () => {
  const pageUrl = location.href;
  afterEach(() => {
    history.replaceState(null, '', pageUrl);
    resetSignups();
  });

  it('sends the page as origin and path only: no query, no fragment', async () => {
    history.replaceState(null, '', `${location.pathname}?reset_token=SECRET123&email=me%40example.com#access_token=OAUTHTOKEN`);
    await signUp({ action: await endpoint('/pending') });

    const sent = (await lastPost()).body!;
    expect(JSON.parse(sent).source).to.equal(pageWithoutQuery());
    expect(sent).to.not.match(/SECRET123|OAUTHTOKEN|me%40example|\?|#/);
  });

  it('sends the whole URL where the site owner opts in with source="full"', async () => {
    history.replaceState(null, '', `${location.pathname}?campaign=spring#signup`);
    await signUp({ action: await endpoint('/pending'), source: 'full' });

    expect(JSON.parse((await lastPost()).body!).source).to.equal(location.href);
  });

  for (const status of [307, 308]) {
    it(`does not follow a ${status} to another origin: an http error, the address never re-posted`, async () => {
      const elsewhere = (await endpoint('/pending')).replace('127.0.0.1', 'localhost');
      const action = await endpoint(`/redirect?status=${status}&to=${encodeURIComponent(elsewhere)}`);
      const mounted = await signUp({ action });

      expect(mounted.successes).to.have.length(0);
      expect(mounted.errors[0]!.detail.kind).to.equal('http');
      expect((await lastPost()).path).to.equal('/redirect');
      expect(rememberedFor(action)).to.equal(null);
    });
  }

  it('never takes a redirect to a page answering {"status":"pending"} for a success', async () => {
    const action = await endpoint(`/redirect?status=303&to=${encodeURIComponent('/pending')}`);
    const mounted = await signUp({ action });

    expect(mounted.successes).to.have.length(0);
    expect(rememberedFor(action)).to.equal(null);
  });

  it('counts a reply whose body never ends as a timeout', async () => {
    const mounted = await signUp({ action: await endpoint('/never-ends'), timeout: '500' });

    expect(mounted.errors[0]!.detail).to.deep.equal({
      kind: 'timeout',
      message: 'The service took too long to answer. Please try again.',
    });
  });

  it('says "later" for a Retry-After beyond an hour', async () => {
    const { element } = await signUp({ action: await endpoint('/rate-limit-huge') });

    expect(messageText(element)).to.equal('Too many attempts. Please try again later.');
  });

  it('says "a moment" for a Retry-After that is no number or date', async () => {
    const { element } = await signUp({ action: await endpoint('/rate-limit-garbage') });

    expect(messageText(element)).to.equal('Too many attempts. Please wait a moment and try again.');
  });

  it('counts a 204 (a 2xx without a body) as subscribed', async () => {
    const action = await endpoint('/no-content');
    const mounted = await signUp({ action });

    expect(mounted.errors).to.have.length(0);
    expect(mounted.successes[0]!.detail).to.deep.equal({ status: 'subscribed', response: null });
    expect(rememberedFor(action)).to.not.equal(null);
  });
});
