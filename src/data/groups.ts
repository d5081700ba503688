import { alphabetFor, initialOf, letterCollator, OTHER_LETTER } from './letters.js';
import { inSlices } from './slices.js';
import type { Glossary, Term } from './types.js';

/** The terms filed under one letter, in the language's order. */
export interface LetterGroup {
  letter: string;
  terms: Term[];
}

/** A glossary laid out for its A–Z index. */
export interface GlossaryGroups {
  /** Every letter of the bar, in order: `#` first, then the alphabet and any other initials. */
  letters: string[];
  /** The groups that have terms, in bar order. */
  groups: LetterGroup[];
  byLetter: Map<string, LetterGroup>;
  /** Each term's position in the whole index, for ordering search results alike. */
  order: Map<Term, number>;
}

const built = new WeakMap<Glossary, Promise<GlossaryGroups>>();

/** The glossary's groups, built once per glossary in slices that never block the page long. */
export function groupsFor(glossary: Glossary): Promise<GlossaryGroups> {
  let groups = built.get(glossary);
  if (!groups) {
    groups = buildGroups(glossary);
    built.set(glossary, groups);
  }
  return groups;
}

async function buildGroups({ terms, language }: Glossary): Promise<GlossaryGroups> {
  const collator = new Intl.Collator(language);
  const letterOrder = letterCollator(language);
  // Initials repeat: a term's letter is computed once per distinct first character.
  const letterOfFirst = new Map<string, string>();
  const byLetter = new Map<string, LetterGroup>();
  await inSlices(terms, (term) => {
    const first = [...term.term.trim()][0] ?? '';
    let letter = letterOfFirst.get(first);
    if (letter === undefined) {
      letter = initialOf(first, language);
      letterOfFirst.set(first, letter);
    }
    let group = byLetter.get(letter);
    if (!group) byLetter.set(letter, (group = { letter, terms: [] }));
    group.terms.push(term);
  });

  // Most glossaries arrive sorted; checking costs one comparison a term, sorting a good many more.
  const byName = (a: Term, b: Term) => collator.compare(a.term, b.term);
  await inSlices(byLetter.values(), (group) => {
    if (!isSorted(group.terms, byName)) group.terms.sort(byName);
  });

  const others = [...byLetter.keys()].filter((letter) => letter !== OTHER_LETTER);
  const letters = [OTHER_LETTER, ...new Set([...alphabetFor(language), ...others])];
  letters.splice(1, letters.length - 1, ...letters.slice(1).sort(letterOrder.compare));
  const groups = letters.flatMap((letter) => byLetter.get(letter) ?? []);
  const order = new Map<Term, number>();
  for (const group of groups) for (const term of group.terms) order.set(term, order.size);
  return { letters, groups, byLetter, order };
}

function isSorted<T>(items: T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}
