import { expect, waitUntil } from '@open-wc/testing';
import { cleanup, fallbackShown, hitsFor, mount, part, SAMPLE_URL, sampleGlossary, settled, shadowText } from '../support/harness.js';

const FALLBACK = '<a href="https://example.com/glossary/b/back-end/">Back-End in the glossary</a>';

describe('<glossary-term> states', () => {
  afterEach(cleanup);

  it('stays idle without a data source: no request, no event, only its light-DOM children', async () => {
    const mounted = mount('glossary-term', { attributes: { term: 'back-end' }, children: FALLBACK });
    const { element, loads, errors } = mounted;
    await element.updateComplete;

    expect(fallbackShown(element)).to.be.true;
    expect(shadowText(element)).to.equal('');
    expect(loads.length + errors.length).to.equal(0);
    expect(element.hasAttribute('aria-busy')).to.be.false;
    await expect(element).to.be.accessible();

    // Given a source, it loads and says so: that is its first event, so idle it announced nothing.
    element.setAttribute('src', '/test-api/sample/idle-source');
    await settled(mounted);
    expect(loads).to.have.length(1);
    expect(errors).to.have.length(0);
  });

  it('stays idle without a term and sends no request', async () => {
    const mounted = mount('glossary-term', { attributes: { src: '/test-api/sample/idle' }, children: FALLBACK });
    const { element, loads, errors } = mounted;
    await element.updateComplete;

    expect(fallbackShown(element)).to.be.true;
    expect(loads.length + errors.length).to.equal(0);

    // Given a term, it loads once and says so once: had it loaded without one, it would have
    // announced that load first.
    element.setAttribute('term', 'back-end');
    await settled(mounted);
    expect(loads).to.have.length(1);
    expect(errors).to.have.length(0);
    expect(await hitsFor('sample/idle')).to.equal(1);
  });

  it('shows a placeholder that keeps its space and marks the host busy while loading', async () => {
    const { element } = mount('glossary-term', {
      attributes: { src: '/test-api/sample/busy?delay=400', term: 'back-end' },
      children: FALLBACK,
    });
    await element.updateComplete;

    expect(element.getAttribute('aria-busy')).to.equal('true');
    expect(part(element, 'skeleton')).to.exist;
    expect(element.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(fallbackShown(element)).to.be.false;
    expect(shadowText(element)).to.equal('Loading definition…');
    await expect(element).to.be.accessible();
  });

  it('shows the term once loaded, hides the fallback and clears aria-busy', async () => {
    const mounted = mount('glossary-term', { attributes: { src: SAMPLE_URL, term: 'back-end' }, children: FALLBACK });
    await settled(mounted);
    const { element } = mounted;

    expect(part(element, 'heading')!.textContent).to.equal('Back-End');
    expect(element.hasAttribute('aria-busy')).to.be.false;
    expect(fallbackShown(element)).to.be.false;
    await expect(element).to.be.accessible();
  });

  it('says a term is unknown and suggests up to three close ones', async () => {
    const mounted = mount('glossary-term', { attributes: { src: SAMPLE_URL, term: 'bakend' }, children: FALLBACK });
    await settled(mounted);
    const { element } = mounted;

    expect(part(element, 'message')!.textContent).to.equal('Freelance Glossary has no entry for “bakend”.');
    const suggestions = [...element.shadowRoot!.querySelectorAll('[role="status"] a')].map((a) => a.textContent);
    expect(suggestions[0]).to.equal('Back-End');
    expect(suggestions.length).to.be.within(1, 3);
    expect(fallbackShown(element)).to.be.true;
    await expect(element).to.be.accessible();
  });

  it('shows a message, a Retry button and the fallback when loading fails', async () => {
    const mounted = mount('glossary-term', { attributes: { src: '/test-api/status/503', term: 'back-end' }, children: FALLBACK });
    await settled(mounted);
    const { element } = mounted;

    expect(part(element, 'message')!.textContent).to.equal('This definition could not be loaded.');
    expect(shadowText(element)).to.contain('/test-api/status/503 answered 503');
    expect(part(element, 'retry-button')!.textContent).to.equal('Retry');
    expect(fallbackShown(element)).to.be.true;
    expect(element.hasAttribute('aria-busy')).to.be.false;
    await expect(element).to.be.accessible();
  });

  it('loads again on Retry, and shows the term once the fault is gone', async () => {
    const mounted = mount('glossary-term', { attributes: { src: '/test-api/flaky/retry?fail=3', term: 'resume' } });
    await settled(mounted);
    expect(mounted.errors).to.have.length(1);

    part(mounted.element, 'retry-button')!.click();
    await waitUntil(() => mounted.loads.length === 1, 'Retry did not load the glossary');

    expect(part(mounted.element, 'heading')!.textContent).to.equal('Résumé');
    expect(await hitsFor('flaky/retry')).to.equal(4); // three automatic attempts, then Retry
  });

  it('switches terms without a new request when `term` changes', async () => {
    const mounted = mount('glossary-term', { attributes: { src: '/test-api/sample/switch', term: 'back-end' } });
    await settled(mounted);

    mounted.element.setAttribute('term', 'Front-End');
    await waitUntil(() => mounted.loads.length === 2, 'the second term did not load');

    expect(part(mounted.element, 'heading')!.textContent).to.equal('Front-End');
    expect(await hitsFor('sample/switch')).to.equal(1);
  });

  it('finds a term by name in a large glossary once its names are indexed, in slices, and by id at once', async () => {
    const terms = Array.from({ length: 5000 }, (_, index) => ({
      id: `term-${index}`,
      term: `Generated Term ${index}`,
      definition: `<p>Number ${index}.</p>`,
    }));
    const glossary = { title: 'Large', terms };

    const byName = mount('glossary-term', { attributes: { term: 'generated term 4321' }, properties: { glossary } });
    await settled(byName);
    expect(byName.loads).to.have.length(1);
    expect(part(byName.element, 'heading')!.textContent!.trim()).to.equal('Generated Term 4321');
    expect(byName.errors).to.have.length(0);

    const byId = mount('glossary-term', { attributes: { term: 'term-17' }, properties: { glossary } });
    await settled(byId);
    expect(part(byId.element, 'heading')!.textContent!.trim()).to.equal('Generated Term 17');

    const missing = mount('glossary-term', { attributes: { term: 'no such thing' }, properties: { glossary } });
    await settled(missing);
    expect(missing.errors.map((event) => event.detail.kind)).to.deep.equal(['not-found']);
  });

  it('takes its data from the `glossary` property over `src`', async () => {
    const glossary = await sampleGlossary();
    glossary.title = 'From the property';
    const mounted = mount('glossary-term', {
      attributes: { src: '/test-api/status/500', term: 'resume', variant: 'full' },
      properties: { glossary },
    });
    await settled(mounted);

    expect(mounted.loads).to.have.length(1);
    expect(part(mounted.element, 'breadcrumb')!.textContent).to.contain('From the property');
  });

  it('reads inline JSON named by `src="#id"`', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'inline-glossary';
    script.textContent = JSON.stringify({
      title: 'Inline',
      terms: [{ id: 'kpi', term: 'KPI', definition: '<p>A key performance indicator.</p>' }],
    });
    document.body.append(script);
    try {
      const mounted = mount('glossary-term', { attributes: { src: '#inline-glossary', term: 'kpi' } });
      await settled(mounted);

      expect(part(mounted.element, 'definition')!.textContent).to.equal('A key performance indicator.');
    } finally {
      script.remove();
    }
  });
});
