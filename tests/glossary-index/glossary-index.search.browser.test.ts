import { expect } from '@open-wc/testing';
import type { GlossarySelectDetail } from '../../src/internal/events.js';
import { cleanup, mount, part, SAMPLE_URL, settled } from '../support/harness.js';
import {
  entryLink,
  entryNames,
  entryTexts,
  focused,
  focusedText,
  glossaryOf,
  headings,
  marks,
  press,
  searchBox,
  statusText,
  t,
  typeInto,
  type Index,
} from './index-helpers.js';

async function mountIndex(options: Parameters<typeof mount>[1]) {
  const mounted = mount<Index>('glossary-index', options);
  await settled(mounted);
  expect(mounted.errors, 'no glossary-error').to.have.length(0);
  await mounted.element.updateComplete;
  return mounted;
}

/** Every kind of match for "pay": prefix (name and alias), word start, substring, summary. */
const payGlossary = glossaryOf('en', [
  t('invoice', 'Invoice', { summary: 'A request to pay for work.' }),
  t('late-payment', 'Late Payment', { summary: 'Money that comes late.' }),
  t('prepay', 'Prepay', { summary: 'Settling in advance.' }),
  t('salary', 'Salary', { aliases: ['Pay packet'], summary: 'Regular wages.' }),
  t('paywall', 'Paywall', { summary: 'A gate for readers.' }),
  t('payroll', 'Payroll', { summary: 'The list of employees.' }),
  t('budget', 'Budget', { summary: 'Money set aside.' }),
]);

describe('<glossary-index> search', () => {
  afterEach(cleanup);

  it('ranks prefix matches first, then word starts, then substrings, and leaves summaries out', async () => {
    const { element } = await mountIndex({ properties: { glossary: payGlossary } });
    await typeInto(element, 'pay');

    // Invoice says "pay" only in its summary: the contract searches names and aliases.
    expect(entryNames(element)).to.deep.equal(['Payroll', 'Paywall', 'Salary', 'Late Payment', 'Prepay']);
    expect(entryTexts(element)[2]).to.equal('Salary (also Pay packet) Regular wages.');
    expect(marks(element)).to.deep.equal(['Pay', 'Pay', 'Pay', 'Pay', 'pay']);
    expect(statusText(element)).to.equal('5 terms found');
    expect(element.getAttribute('query')).to.equal('pay');
    expect(headings(element)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('matches case- and accent-insensitively, and marks what matched', async () => {
    const { element } = await mountIndex({ attributes: { src: SAMPLE_URL } });
    await typeInto(element, 'RESUME');

    expect(entryNames(element)).to.deep.equal(['Résumé']);
    expect(marks(element)).to.deep.equal(['Résumé']);
    expect(statusText(element)).to.equal('1 term found');

    searchBox(element)!.select();
    await typeInto(element, 'cafe');
    expect(entryNames(element)[0]).to.equal('Café Working');
    expect(marks(element)[0]).to.equal('Café');
    expect(element.getAttribute('query')).to.equal('cafe');
  });

  it('finds terms by their aliases and shows the alias beside the name', async () => {
    const { element } = await mountIndex({ attributes: { src: SAMPLE_URL } });
    await typeInto(element, 'curriculum');

    expect(entryTexts(element)).to.deep.equal([
      "Résumé (also Curriculum vitae) A concise document summarizing a person's work experience, skills and education.",
    ]);
    expect(marks(element)).to.deep.equal(['Curriculum']);
    expect(entryLink(element, 'Résumé')!.getAttribute('href')).to.equal('https://example.com/glossary/r/resume/');

    searchBox(element)!.select();
    await typeInto(element, 'backend');
    expect(entryTexts(element)[0]).to.match(/^Back-End \(also Backend\) /);
  });

  it('says when nothing matches and offers a Clear button that restores the list', async () => {
    const { element } = await mountIndex({ attributes: { src: SAMPLE_URL } });
    const status = part(element, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    await typeInto(element, 'zzqx');

    expect(statusText(element)).to.equal('No terms match “zzqx”.');
    expect(entryNames(element)).to.deep.equal([]);
    const clear = [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent === 'Clear search')!;
    expect(clear).to.exist;
    await expect(element).to.be.accessible();

    clear.focus();
    await press(element, 'Enter');
    await element.updateComplete;

    expect(searchBox(element)!.value).to.equal('');
    expect(element.getAttribute('query') ?? '').to.equal('');
    expect(statusText(element)).to.equal('');
    expect(entryNames(element)).to.have.length(48);
    expect(focused(element) === searchBox(element)).to.be.true;
  });

  it('moves with ArrowDown from the box into the results, ArrowUp/ArrowDown between them and back', async () => {
    const { element } = await mountIndex({ properties: { glossary: payGlossary } });
    await typeInto(element, 'pay');

    await press(element, 'ArrowDown');
    expect(focusedText(element)).to.equal('Payroll');
    await press(element, 'ArrowDown');
    expect(focusedText(element)).to.equal('Paywall');
    await press(element, 'ArrowDown');
    expect(focusedText(element)).to.equal('Salary');
    await press(element, 'ArrowUp');
    expect(focusedText(element)).to.equal('Paywall');
    await press(element, 'ArrowUp');
    expect(focusedText(element)).to.equal('Payroll');
    await press(element, 'ArrowUp');
    expect(focused(element) === searchBox(element)).to.be.true;
    expect(searchBox(element)!.value).to.equal('pay');
  });

  it('chooses the first result with Enter in the box', async () => {
    const { element } = await mountIndex({ properties: { glossary: payGlossary } });
    const chosen: CustomEvent<GlossarySelectDetail>[] = [];
    // Cancelled so the test page does not navigate.
    element.addEventListener('glossary-select', (event) => {
      chosen.push(event);
      event.preventDefault();
    });
    await typeInto(element, 'late');
    await press(element, 'Enter');

    expect(chosen.map((event) => event.detail.term.id)).to.deep.equal(['late-payment']);
  });

  it('clears the search with Escape', async () => {
    const { element } = await mountIndex({ attributes: { src: SAMPLE_URL } });
    await typeInto(element, 'rate');
    // Names and aliases only: "curated" and "operate" in summaries do not count.
    expect(entryNames(element)).to.deep.equal(['Day Rate', 'Hourly Rate']);

    await press(element, 'Escape');

    expect(searchBox(element)!.value).to.equal('');
    expect(element.getAttribute('query') ?? '').to.equal('');
    expect(statusText(element)).to.equal('');
    expect(entryNames(element)).to.have.length(48);
  });

  it('starts from the query attribute and follows later changes to it', async () => {
    const { element } = await mountIndex({ attributes: { src: SAMPLE_URL, query: 'seo' } });

    expect(searchBox(element)!.value).to.equal('seo');
    expect(entryNames(element)[0]).to.equal('SEO');
    expect(statusText(element)).to.match(/^\d+ terms? found$/);

    element.setAttribute('query', 'invoice');
    await element.updateComplete;
    expect(searchBox(element)!.value).to.equal('invoice');
    expect(entryNames(element)[0]).to.equal('Invoice');
  });

  it('hides the search box with no-search', async () => {
    const { element } = await mountIndex({ attributes: { src: SAMPLE_URL, 'no-search': '' } });

    expect(searchBox(element)).to.be.null;
    expect(part(element, 'search')).to.be.null;
    expect(element.shadowRoot!.querySelector('label')).to.be.null;
    expect(part(element, 'letters')).to.exist;
    expect(entryNames(element)).to.have.length(48);
    await expect(element).to.be.accessible();
  });

  it('labels the search box and ties it to the list', async () => {
    const { element } = await mountIndex({ attributes: { src: SAMPLE_URL } });
    const input = searchBox(element)!;

    expect(input.labels![0]!.textContent).to.equal('Search the glossary');
    expect(input.getAttribute('aria-controls')).to.equal(part(element, 'list')!.id);
    expect(input.getAttribute('part')).to.equal('search');
  });
});
