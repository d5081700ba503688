import { describe, expect, it } from 'vitest';
import { initialOf } from '../../src/data/letters.js';

describe('initialOf', () => {
  it.each([
    ['Back-End', 'en', 'B'],
    ['résumé', 'en', 'R'],
    ['  ábc', 'en', 'A'],
    ['Ärger', 'de', 'A'],
    ['École', 'fr', 'E'],
    ['Åsa', 'sv', 'Å'],
    ['Örn', 'sv', 'Ö'],
    ['Ärger', 'sv', 'Ä'],
    ['Čaj', 'cs', 'Č'],
    ['Ñandú', 'es', 'Ñ'],
    ['Яблоко', 'ru', 'Я'],
    ['Ωμέγα', 'el', 'Ω'],
    ['istanbul', 'tr', 'İ'],
  ])('files %j under %s as %j', (name, language, letter) => {
    expect(initialOf(name, language)).toBe(letter);
  });

  it.each(['1099 Contractor', '#hash', '404 Page', '', '   ', '€ rate', '(Draft)'])('files %j under the "#" group', (name) => {
    expect(initialOf(name, 'en')).toBe('#');
  });

  it('files names from the sample glossary under their letters', () => {
    const names = ['1099 Contractor', 'Café Working', 'Résumé', 'UX'];

    expect(names.map((name) => initialOf(name, 'en'))).toEqual(['#', 'C', 'R', 'U']);
  });
});
