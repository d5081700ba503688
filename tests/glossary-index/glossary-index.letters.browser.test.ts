import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cleanup, mount, part, SAMPLE_URL, sampleGlossary, settled } from '../support/harness.js';
import {
  barLetters,
  disabledLetters,
  enabledLetters,
  entryLink,
  entryNames,
  entryTexts,
  focused,
  focusedText,
  glossaryOf,
  headings,
  letterLink,
  namesUnder,
  press,
  t,
  type Index,
} from './index-helpers.js';

const A_TO_Z = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

async function mountIndex(options: Parameters<typeof mount>[1]) {
  const mounted = mount<Index>('glossary-index', options);
  await settled(mounted);
  expect(mounted.errors, 'no glossary-error').to.have.length(0);
  await mounted.element.updateComplete;
  return mounted;
}

describe('<glossary-index> letters', () => {
  afterEach(cleanup);

  it('shows an English bar: # then A–Z, letters without terms visible but disabled', async () => {
    const { element } = await mountIndex({ attributes: { src: SAMPLE_URL } });

    expect(barLetters(element)).to.deep.equal(['#', ...A_TO_Z]);
    expect(disabledLetters(element)).to.deep.equal(['G', 'J', 'O', 'Q', 'X', 'Y', 'Z']);
    expect(enabledLetters(element)).to.deep.equal(['#', ...A_TO_Z.filter((l) => !'GJOQXYZ'.includes(l))]);
    // A disabled letter is no link and cannot be focused.
    const g = element.shadowRoot!.querySelectorAll('[part~="letter"]')[7]!;
    expect(g.localName).to.not.equal('a');
    expect(g.hasAttribute('href')).to.be.false;
    expect(part(element, 'letters')!.localName).to.equal('nav');
    expect(part(element, 'letters')!.getAttribute('aria-label')).to.equal('Letters');
    expect(letterLink(element, 'B')!.getAttribute('href')).to.equal('#letter-B');
    expect(letterLink(element, '#')!.getAttribute('aria-label')).to.equal('Digits and symbols');
    await expect(element).to.be.accessible();
  });

  it('groups the terms under their letters, digits and symbols under #, sorted by collation', async () => {
    const { element } = await mountIndex({ attributes: { src: SAMPLE_URL } });

    expect(headings(element)).to.deep.equal(['#', ...A_TO_Z.filter((l) => !'GJOQXYZ'.includes(l))]);
    expect(namesUnder(element, '#')).to.deep.equal(['1099 Contractor', '404 Page']);
    expect(namesUnder(element, 'C')).to.deep.equal(['Café Working', 'CDN', 'CMS']);
    expect(namesUnder(element, 'R')).to.deep.equal(['Responsive Design', 'Résumé', 'Retainer']);
    expect(entryNames(element)).to.have.length(48);
  });

  it('lists each entry as a real link to the term page (else #id) with its name and summary', async () => {
    const glossary = await sampleGlossary();
    delete glossary.terms.find((term) => term.id === 'invoice')!.url;
    const { element } = await mountIndex({ properties: { glossary } });

    const backEnd = entryLink(element, 'Back-End')!;
    expect(backEnd.localName).to.equal('a');
    expect(backEnd.getAttribute('href')).to.equal('https://example.com/glossary/b/back-end/');
    expect(entryLink(element, 'Invoice')!.getAttribute('href')).to.equal('#invoice');
    const texts = entryTexts(element);
    expect(texts).to.include(
      'Back-End The server-side part of a website or app that stores data, runs business logic and powers what users see.',
    );
    // A summary-less term gets the definition's first sentence.
    expect(texts.find((text) => text.startsWith('Agile '))!.length).to.be.greaterThan('Agile '.length);
  });

  it('files German "Ärger" under A and sorts it by German collation, with an A–Z bar', async () => {
    const glossary = glossaryOf('de', [
      t('ast', 'Ast'),
      t('aerger', 'Ärger'),
      t('apfel', 'Apfel'),
      t('oel', 'Öl'),
      t('zug', 'Zug'),
      t('strasse', 'Straße'),
    ]);
    const { element } = await mountIndex({ properties: { glossary } });

    expect(barLetters(element)).to.deep.equal(['#', ...A_TO_Z]);
    expect(headings(element)).to.deep.equal(['A', 'O', 'S', 'Z']);
    expect(namesUnder(element, 'A')).to.deep.equal(['Apfel', 'Ärger', 'Ast']);
    expect(namesUnder(element, 'O')).to.deep.equal(['Öl']);
    expect(part(element, 'letters')!.getAttribute('aria-label')).to.equal('Buchstaben');
    await expect(element).to.be.accessible();
  });

  it('puts Swedish Å, Ä, Ö after Z as letters of their own', async () => {
    const glossary = glossaryOf('sv', [
      t('arlig', 'Ärlig'),
      t('asa', 'Åsa'),
      t('apa', 'Apa'),
      t('ol', 'Öl'),
      t('zon', 'Zon'),
      t('ost', 'Ost'),
    ]);
    const { element } = await mountIndex({ properties: { glossary } });

    expect(barLetters(element)).to.deep.equal(['#', ...A_TO_Z, 'Å', 'Ä', 'Ö']);
    expect(headings(element)).to.deep.equal(['A', 'O', 'Z', 'Å', 'Ä', 'Ö']);
    expect(namesUnder(element, 'Ä')).to.deep.equal(['Ärlig']);
    expect(namesUnder(element, 'A')).to.deep.equal(['Apa']);
    expect(namesUnder(element, 'Å')).to.deep.equal(['Åsa']);
    expect(enabledLetters(element).slice(-3)).to.deep.equal(['Å', 'Ä', 'Ö']);
  });

  it('shows Russian А–Я and Greek Α–Ω bars', async () => {
    const ru = await mountIndex({
      properties: { glossary: glossaryOf('ru', [t('yolka', 'ёлка'), t('dom', 'Дом'), t('yabloko', 'Яблоко'), t('akt', 'Акт')]) },
    });
    const cyrillic = [...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'];
    expect(barLetters(ru.element)).to.deep.equal(['#', ...cyrillic]);
    expect(headings(ru.element)).to.deep.equal(['А', 'Д', 'Е', 'Я']);
    expect(namesUnder(ru.element, 'Е')).to.deep.equal(['ёлка']);

    const el = await mountIndex({
      properties: { glossary: glossaryOf('el', [t('omega', 'Ωμέγα'), t('alpha', 'Άλφα'), t('beta', 'Βήτα')]) },
    });
    expect(barLetters(el.element)).to.deep.equal(['#', ...'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ']);
    expect(headings(el.element)).to.deep.equal(['Α', 'Β', 'Ω']);
    expect(namesUnder(el.element, 'Α')).to.deep.equal(['Άλφα']);
    await expect(el.element).to.be.accessible();
  });

  it('is keyboard-operable: Tab enters at the first letter, arrows, Home and End move over enabled letters', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const { element } = await mountIndex({ attributes: { src: SAMPLE_URL, 'no-search': '' } });
      const tabbable = () => [...element.shadowRoot!.querySelectorAll('a[part~="letter"][tabindex="0"]')].map((a) => a.textContent);
      expect(tabbable()).to.deep.equal(['#']);

      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedText(element)).to.equal('#');
      expect(focused(element)!.matches(':focus-visible')).to.be.true;

      await press(element, 'ArrowRight');
      expect(focusedText(element)).to.equal('A');
      await press(element, 'ArrowLeft');
      expect(focusedText(element)).to.equal('#');
      await press(element, 'End');
      expect(focusedText(element)).to.equal('W');
      await press(element, 'ArrowLeft');
      expect(focusedText(element)).to.equal('V');
      await press(element, 'Home');
      expect(focusedText(element)).to.equal('#');
      // F → H skips the disabled G.
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'])
        await press(element, key);
      expect(focusedText(element)).to.equal('H');
      expect(tabbable()).to.deep.equal(['H']);

      // Leaving and coming back with Tab returns to the letter last used.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement === before).to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(focusedText(element)).to.equal('H');
    } finally {
      before.remove();
    }
  });

  it('with a letter attribute lists only that letter and Enter on another letter switches to it', async () => {
    const originalUrl = location.href;
    try {
      const { element } = await mountIndex({ attributes: { src: SAMPLE_URL, letter: 'C' } });
      expect(headings(element)).to.deep.equal(['C']);
      expect(entryNames(element)).to.deep.equal(['Café Working', 'CDN', 'CMS']);
      expect(letterLink(element, 'C')!.getAttribute('aria-current')).to.equal('true');
      // Tab enters the bar at the current letter.
      expect(letterLink(element, 'C')!.getAttribute('tabindex')).to.equal('0');

      letterLink(element, 'C')!.focus();
      await press(element, 'ArrowRight');
      expect(focusedText(element)).to.equal('D');
      await press(element, 'Enter');
      await waitUntil(() => element.getAttribute('letter') === 'D', 'the letter did not switch');
      await element.updateComplete;

      expect(entryNames(element)).to.deep.equal(['Day Rate', 'Deployment', 'DNS']);
      expect(letterLink(element, 'D')!.getAttribute('aria-current')).to.equal('true');
      expect(letterLink(element, 'C')!.hasAttribute('aria-current')).to.be.false;
      expect(location.hash).to.equal('#letter-D');
      await expect(element).to.be.accessible();
    } finally {
      history.replaceState(null, '', originalUrl);
    }
  });

  it('without a letter attribute, choosing a letter jumps to and focuses its group heading', async () => {
    const originalUrl = location.href;
    try {
      const { element } = await mountIndex({ attributes: { src: SAMPLE_URL } });
      letterLink(element, 'S')!.click();
      await waitUntil(() => focusedText(element) === 'S', 'the S heading was not focused');

      expect(focused(element)!.getAttribute('part')).to.equal('group-heading');
      expect(headings(element)).to.have.length(20);
      expect(location.hash).to.equal('#letter-S');
      expect(element.hasAttribute('letter')).to.be.false;
    } finally {
      history.replaceState(null, '', originalUrl);
    }
  });
});

describe('<glossary-index> letter attribute edge cases', () => {
  afterEach(cleanup);

  it('reads a lower-case or accented letter as the letter it files under', async () => {
    const mounted = mount<Index>('glossary-index', { attributes: { src: SAMPLE_URL, letter: 'm' } });
    await settled(mounted);
    await mounted.element.updateComplete;

    expect(headings(mounted.element)).to.deep.equal(['M']);
    expect(entryNames(mounted.element).length).to.be.greaterThan(0);
  });

  it('says when a letter has no terms', async () => {
    const mounted = mount<Index>('glossary-index', { attributes: { src: SAMPLE_URL, letter: 'G' } });
    await settled(mounted);
    await mounted.element.updateComplete;

    expect(mounted.element.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.equal('No terms under G.');
  });

  it('moves the bar’s tab stop to the current letter when the letter changes', async () => {
    const mounted = mount<Index>('glossary-index', { attributes: { src: SAMPLE_URL, letter: 'A' } });
    await settled(mounted);
    await mounted.element.updateComplete;
    letterLink(mounted.element, 'D')!.click();
    await mounted.element.updateComplete;

    mounted.element.setAttribute('letter', 'N');
    await mounted.element.updateComplete;

    const tabStop = mounted.element.shadowRoot!.querySelector('a[part~="letter"][tabindex="0"]');
    expect(tabStop!.textContent).to.equal('N');
    expect(tabStop!.getAttribute('aria-current')).to.equal('true');
  });
});
