import { alphabetFor, initialOf, letterCollator, OTHER_LETTER } from './letters.js';
import { inSlices } from './slices.js';
import type { Glossary, Term } from './types.js';

/**
 * The terms filed under one letter, in the language's order. A group is sorted when its terms are
 * first read: the first screen of an index needs only its first groups, so the rest wait.
 */
export class LetterGroup {
  readonly letter: string;
  readonly #terms: Term[] = [];
  readonly #compare: (a: Term, b: Term) => number;
  #sorted = false;

  constructor(letter: string, compare: (a: Term, b: Term) => number) {
    this.letter = letter;
    this.#compare = compare;
  }

  /** How many terms the group holds, known without sorting them. */
  get size(): number {
    return this.#terms.length;
  }

  get terms(): Term[] {
    // Most glossaries arrive sorted; checking costs one comparison a term, sorting a good many more.
    if (!this.#sorted && !isSorted(this.#terms, this.#compare)) this.#terms.sort(this.#compare);
    this.#sorted = true;
    return this.#terms;
  }

  add(term: Term): void {
    this.#terms.push(term);
    this.#sorted = false;
  }
}

/** A glossary laid out for its A–Z index. */
export interface GlossaryGroups {
  /** Every letter of the bar, in order: `#` first, then the alphabet and any other initials. */
  letters: string[];
  /** The groups that have terms, in bar order. */
  groups: LetterGroup[];
  byLetter: Map<string, LetterGroup>;
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

/** Every term in index order, one group sorted at a time as the walk reaches it. */
export function* inIndexOrder({ groups }: GlossaryGroups): Generator<Term> {
  for (const group of groups) yield* group.terms;
}

async function buildGroups({ terms, language }: Glossary): Promise<GlossaryGroups> {
  const collator = new Intl.Collator(language);
  const byName = (a: Term, b: Term) => collator.compare(a.term, b.term);
  const letterOrder = letterCollator(language);
  // Initials repeat: a term's letter is computed once per distinct first character.
  const letterOfFirst = new Map<string, string>();
  const byLetter = new Map<string, LetterGroup>();
  await inSlices(terms, (term) => {
    const first = firstCharacter(term.term);
    let letter = letterOfFirst.get(first);
    if (letter === undefined) {
      letter = initialOf(first, language);
      letterOfFirst.set(first, letter);
    }
    let group = byLetter.get(letter);
    if (!group) byLetter.set(letter, (group = new LetterGroup(letter, byName)));
    group.add(term);
  });

  const others = [...byLetter.keys()].filter((letter) => letter !== OTHER_LETTER);
  const letters = [OTHER_LETTER, ...new Set([...alphabetFor(language), ...others])];
  letters.splice(1, letters.length - 1, ...letters.slice(1).sort(letterOrder.compare));
  const groups = letters.flatMap((letter) => byLetter.get(letter) ?? []);
  return { letters, groups, byLetter };
}

/** The first character (code point) of a name, leading white space aside. */
function firstCharacter(name: string): string {
  const start = name.length - name.trimStart().length;
  const codePoint = name.codePointAt(start);
  return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}

function isSorted<T>(items: T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}
