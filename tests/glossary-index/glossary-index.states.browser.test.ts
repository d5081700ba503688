import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cleanup, fallbackShown, hitsFor, mount, part, SAMPLE_URL, sampleGlossary, settled, shadowText } from '../support/harness.js';
import { barLetters, enabledLetters, entryNames, focused, headings, type Index } from './index-helpers.js';

const FALLBACK = '<a href="https://example.com/glossary/">Browse the glossary</a>';

describe('<glossary-index> states', () => {
  afterEach(cleanup);

  it('stays idle without a data source: no event, no busy flag, only its light-DOM children', async () => {
    const mounted = mount<Index>('glossary-index', { children: FALLBACK });
    const { element, loads, errors } = mounted;
    await element.updateComplete;

    expect(fallbackShown(element)).to.be.true;
    expect(shadowText(element)).to.equal('');
    expect(loads.length + errors.length).to.equal(0);
    expect(element.hasAttribute('aria-busy')).to.be.false;
    await expect(element).to.be.accessible();

    // Given a source, it loads and says so: that is its first event, so idle it announced nothing.
    element.setAttribute('src', SAMPLE_URL);
    await settled(mounted);
    expect(loads).to.have.length(1);
    expect(errors).to.have.length(0);
  });

  it('marks itself busy while loading, keeps its space, then clears the flag once loaded', async () => {
    const mounted = mount<Index>('glossary-index', { attributes: { src: '/test-api/sample/index-busy?delay=400' }, children: FALLBACK });
    const { element } = mounted;
    await element.updateComplete;

    expect(element.getAttribute('aria-busy')).to.equal('true');
    expect(shadowText(element)).to.equal('Loading the glossary…');
    expect(element.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(fallbackShown(element)).to.be.false;
    await expect(element).to.be.accessible();

    await settled(mounted);
    await element.updateComplete;
    expect(element.hasAttribute('aria-busy')).to.be.false;
    expect(entryNames(element)).to.have.length(48);
    expect(await hitsFor('sample/index-busy')).to.equal(1);
  });

  it('fires one bubbling, composed glossary-load with the glossary', async () => {
    const heard: Event[] = [];
    const listener = (event: Event) => heard.push(event);
    document.addEventListener('glossary-load', listener);
    try {
      const mounted = mount<Index>('glossary-index', { attributes: { src: SAMPLE_URL } });
      await settled(mounted);
      // A later update shows the same outcome: it must not announce it again.
      mounted.element.requestUpdate();
      await mounted.element.updateComplete;

      expect(mounted.loads).to.have.length(1);
      expect(mounted.loads[0]!.detail.glossary.title).to.equal('Freelance Glossary');
      expect(mounted.loads[0]!.composed).to.be.true;
      expect(heard.includes(mounted.loads[0]!)).to.be.true;
    } finally {
      document.removeEventListener('glossary-load', listener);
    }
  });

  it('shows a message, the cause, a Retry button and the fallback when loading fails', async () => {
    const mounted = mount<Index>('glossary-index', { attributes: { src: '/test-api/status/503' }, children: FALLBACK });
    await settled(mounted);
    const { element } = mounted;

    expect(mounted.errors).to.have.length(1);
    expect(mounted.errors[0]!.detail).to.include({ kind: 'http', status: 503 });
    expect(mounted.errors[0]!.detail.message).to.match(/\/test-api\/status\/503 answered 503/);
    expect(part(element, 'message')!.textContent).to.equal('The glossary could not be loaded.');
    expect(shadowText(element)).to.contain('/test-api/status/503 answered 503');
    expect(part(element, 'retry-button')!.textContent).to.equal('Retry');
    expect(part(element, 'letters')).to.be.null;
    expect(fallbackShown(element)).to.be.true;
    expect(element.hasAttribute('aria-busy')).to.be.false;
    await expect(element).to.be.accessible();
  });

  const faults: [string, Record<string, string>, RegExp][] = [
    ['parse', { src: '/test-api/malformed' }, /\/test-api\/malformed is not valid JSON/],
    ['timeout', { src: '/test-api/hang', timeout: '300' }, /took longer than 0\.3 s$/],
  ];
  for (const [kind, attributes, message] of faults) {
    it(`fires glossary-error of kind "${kind}"`, async () => {
      const mounted = mount<Index>('glossary-index', { attributes, children: FALLBACK });
      await settled(mounted);

      expect(mounted.errors.map((event) => event.detail.kind)).to.deep.equal([kind]);
      expect(mounted.errors[0]!.detail.message).to.match(message);
      expect(fallbackShown(mounted.element)).to.be.true;
    });
  }

  it('reports a schema error for a bad glossary property', async () => {
    const glossary = await sampleGlossary();
    (glossary as unknown as Record<string, unknown>).terms = 'none';
    const mounted = mount<Index>('glossary-index', { properties: { glossary }, children: FALLBACK });
    await settled(mounted);

    expect(mounted.errors[0]!.detail.kind).to.equal('schema');
    expect(mounted.errors[0]!.detail.message).to.contain('terms');
    expect(part(mounted.element, 'retry-button')).to.exist;
  });

  it('loads on Retry (reached with Tab, pressed with Enter) once the fault is gone', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const mounted = mount<Index>('glossary-index', { attributes: { src: '/test-api/flaky/index-retry?fail=3' }, children: FALLBACK });
      await settled(mounted);
      const { element } = mounted;
      expect(mounted.errors).to.have.length(1);

      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(element) === part(element, 'retry-button')).to.be.true;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => mounted.loads.length === 1, 'Retry did not load the glossary');
      await element.updateComplete;

      expect(await hitsFor('flaky/index-retry')).to.equal(4); // three automatic attempts, then Retry
      expect(part(element, 'retry-button')).to.be.null;
      expect(fallbackShown(element)).to.be.false;
      expect(entryNames(element)).to.have.length(48);
      expect(headings(element)[0]).to.equal('#');
      await expect(element).to.be.accessible();
    } finally {
      before.remove();
    }
  });

  it('says so when the glossary has no terms, with every letter disabled', async () => {
    const mounted = mount<Index>('glossary-index', { properties: { glossary: { title: 'Empty', terms: [] } } });
    await settled(mounted);
    const { element } = mounted;
    await element.updateComplete;

    expect(mounted.loads).to.have.length(1);
    expect(part(element, 'message')!.textContent).to.equal('This glossary has no terms yet.');
    expect(barLetters(element)).to.have.length(27);
    expect(enabledLetters(element)).to.deep.equal([]);
    expect(headings(element)).to.deep.equal([]);
    expect(element.hasAttribute('aria-busy')).to.be.false;
    await expect(element).to.be.accessible();
  });

  it('takes the glossary property over src', async () => {
    const glossary = await sampleGlossary();
    glossary.terms = glossary.terms.slice(0, 3).map(({ seeAlso: _, ...term }) => term);
    const mounted = mount<Index>('glossary-index', { attributes: { src: '/test-api/status/500' }, properties: { glossary } });
    await settled(mounted);
    await mounted.element.updateComplete;

    expect(mounted.errors).to.have.length(0);
    expect(entryNames(mounted.element)).to.deep.equal(['1099 Contractor', '404 Page', 'Accessibility']);
  });
});
