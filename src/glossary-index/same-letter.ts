import { letterCollator } from '../data/letters.js';

/** "c" and "C" name one letter; so do "a" and "A" in every language. */
export const sameLetter = (a: string, b: string, language: string) => letterCollator(language).compare(a, b) === 0;
