import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GlossarySelectDetail } from '../../src/internal/events.js';
import { cleanup, mount, part, sampleGlossary, SAMPLE_URL, settled } from '../support/harness.js';

describe('<glossary-term> events', () => {
  afterEach(cleanup);

  it('fires glossary-load with the glossary and the term, bubbling out of its tree', async () => {
    const heard: Event[] = [];
    const listener = (event: Event) => heard.push(event);
    document.addEventListener('glossary-load', listener);
    try {
      const mounted = mount('glossary-term', { attributes: { src: SAMPLE_URL, term: 'backend' } });
      await settled(mounted);
      const [event] = mounted.loads;

      expect(mounted.loads).to.have.length(1);
      expect(event!.detail.glossary.title).to.equal('Freelance Glossary');
      expect(event!.detail.term!.id).to.equal('back-end');
      expect(event!.composed).to.be.true;
      expect(heard).to.include(event);
    } finally {
      document.removeEventListener('glossary-load', listener);
    }
  });

  const faults: [string, Record<string, string>, Record<string, unknown>, RegExp][] = [
    ['http', { src: '/test-api/status/404' }, { status: 404 }, /\/test-api\/status\/404 answered 404/],
    ['parse', { src: '/test-api/malformed' }, {}, /\/test-api\/malformed is not valid JSON/],
    ['timeout', { src: '/test-api/hang', timeout: '300' }, {}, /^Loading .*\/test-api\/hang took longer than 0\.3 s$/],
    ['network', { src: 'http://127.0.0.1:9/glossary.json' }, {}, /^Could not reach http:\/\/127\.0\.0\.1:9\/glossary\.json/],
  ];
  for (const [kind, attributes, extra, message] of faults) {
    it(`fires glossary-error of kind "${kind}" with a precise message`, async () => {
      const mounted = mount('glossary-term', { attributes: { term: 'back-end', ...attributes } });
      await settled(mounted);
      const [event] = mounted.errors;

      expect(mounted.errors).to.have.length(1);
      expect(event!.detail).to.include({ kind, ...extra });
      expect(event!.detail.message).to.match(message);
    });
  }

  it('fires a schema error that names the field and the term at fault', async () => {
    const glossary = await sampleGlossary();
    (glossary.terms[3] as unknown as Record<string, unknown>).id = 42;
    const mounted = mount('glossary-term', { attributes: { term: 'back-end' }, properties: { glossary } });
    await settled(mounted);

    expect(mounted.errors[0]!.detail).to.deep.equal({
      kind: 'schema',
      message: 'the glossary property: terms[3].id must be a non-empty string, got number 42',
    });
  });

  it('fires a not-found error that names the term and the suggestions', async () => {
    const mounted = mount('glossary-term', { attributes: { src: SAMPLE_URL, term: 'invoise' } });
    await settled(mounted);

    expect(mounted.errors[0]!.detail.kind).to.equal('not-found');
    expect(mounted.errors[0]!.detail.message).to.match(/^No term "invoise" in Freelance Glossary\. Did you mean "Invoice"/);
  });

  it('fires glossary-select for a see-also link and lets a listener take over navigation', async () => {
    const mounted = mount('glossary-term', { attributes: { src: SAMPLE_URL, term: 'back-end' } });
    await settled(mounted);
    const selected: CustomEvent<GlossarySelectDetail>[] = [];
    mounted.element.addEventListener('glossary-select', (event) => {
      selected.push(event);
      event.preventDefault();
    });
    const link = part(mounted.element, 'see-also')!.querySelector('a')!;
    let navigated = true;
    document.addEventListener('click', (event) => (navigated = !event.defaultPrevented), { once: true });

    link.click();

    expect(selected).to.have.length(1);
    expect(selected[0]!.detail.term.id).to.equal('front-end');
    expect(selected[0]!.cancelable).to.be.true;
    expect(navigated).to.be.false;
    expect(mounted.element.term).to.equal('back-end');
  });

  it('shows a see-also term in place when it has no page of its own', async () => {
    const glossary = await sampleGlossary();
    for (const term of glossary.terms) delete term.url;
    const mounted = mount('glossary-term', { attributes: { term: 'back-end' }, properties: { glossary } });
    await settled(mounted);

    part(mounted.element, 'see-also')!.querySelector('a')!.click();
    await waitUntil(() => mounted.loads.length === 2, 'the see-also term was not shown');

    expect(part(mounted.element, 'heading')!.textContent).to.equal('Front-End');
    // Compared by identity: a failing chai diff of two DOM nodes is too large for the runner.
    expect(mounted.element.shadowRoot!.activeElement === part(mounted.element, 'heading')).to.be.true;
  });

  it('switches the shown term when a <glossary-index for> names it, and records the hash', async () => {
    const index = document.createElement('glossary-index');
    index.setAttribute('for', 'detail-view');
    document.body.append(index);
    const startUrl = location.href;
    try {
      const mounted = mount('glossary-term', { attributes: { id: 'detail-view', src: SAMPLE_URL, term: 'back-end', variant: 'full' } });
      await settled(mounted);

      part(mounted.element, 'see-also')!.querySelector('a')!.click();
      await waitUntil(() => mounted.loads.length === 2, 'the see-also term was not shown');

      expect(part(mounted.element, 'heading')!.textContent).to.equal('Front-End');
      expect(location.hash).to.equal('#front-end');
    } finally {
      index.remove();
      history.replaceState(history.state, '', startUrl);
    }
  });
});

describe('<glossary-term> keyboard and structured data', () => {
  afterEach(cleanup);

  it('reaches every see-also link and Read more with Tab, each with a visible focus ring', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const mounted = mount('glossary-term', { attributes: { src: SAMPLE_URL, term: 'back-end' } });
      await settled(mounted);
      const root = mounted.element.shadowRoot!;
      before.focus();

      const reached: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        const focused = root.activeElement as HTMLElement;
        const outline = getComputedStyle(focused);
        expect(focused.matches(':focus-visible')).to.be.true;
        expect(outline.outlineStyle).to.equal('solid');
        expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
        reached.push(focused.textContent!.replace(/\s+/g, ' ').trim());
      }

      // The definition's own link first, then see-also, then Read more.
      expect(reached).to.deep.equal(['front-end', 'Front-End', 'Full-Stack', 'Milestone Payments', 'Read more about Back-End']);
      await expect(mounted.element).to.be.accessible();
    } finally {
      before.remove();
    }
  });

  it('adds one schema.org DefinedTerm block to its light DOM, and replaces it when the term changes', async () => {
    const mounted = mount('glossary-term', { attributes: { src: SAMPLE_URL, term: 'back-end' } });
    await settled(mounted);
    const blocks = () => mounted.element.querySelectorAll('script[type="application/ld+json"]');
    const data = () => JSON.parse(blocks()[0]!.textContent!);

    expect(blocks()).to.have.length(1);
    expect(data()).to.deep.include({ '@type': 'DefinedTerm', name: 'Back-End', url: 'https://example.com/glossary/b/back-end/' });
    expect(data().inDefinedTermSet).to.deep.include({ '@type': 'DefinedTermSet', name: 'Freelance Glossary' });

    mounted.element.term = 'resume';
    await waitUntil(() => mounted.loads.length === 2);

    expect(blocks()).to.have.length(1);
    expect(data().name).to.equal('Résumé');
  });

  it('removes its DefinedTerm block when the term turns out unknown', async () => {
    const mounted = mount('glossary-term', { attributes: { src: SAMPLE_URL, term: 'back-end' } });
    await settled(mounted);

    mounted.element.term = 'no-such-term';
    await waitUntil(() => mounted.errors.length === 1);

    expect(mounted.element.querySelector('script[type="application/ld+json"]')).to.be.null;
  });
});
