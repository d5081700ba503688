// A deterministic glossary of `count` made-up terms, for `npm run bench`. Runs in the browser
// (the bench page builds the document there, so 100k terms are never sent over the wire).

const SYLLABLES = [
  'ka', 'lo', 'mi', 'ter', 'ven', 'dra', 'sol', 'pra', 'nix', 'bel', 'cor', 'fen', 'gal', 'hu', 'jor', 'lin', 'mar', 'nor',
  'pel', 'quen', 'ros', 'sta', 'tur', 'ul', 'vor', 'wex', 'yal', 'zen', 'ber', 'cla', 'dor', 'ex', 'fra', 'gri', 'ha', 'ist',
  'mo', 'ne', 'o', 'pi', 'ru', 'se', 'ti', 'an', 'el', 'in', 'ar', 'on', 'us', 'en', 'ré', 'mü', 'ña', 'çu', 'bø', 'lé',
];
const ACCENTED = new Set(['ré', 'mü', 'ña', 'çu', 'bø', 'lé']);

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The glossary document (version 1) with `count` terms, most without a summary; `sorted` lists them by name. */
export function generateGlossary(count, { seed = 1, sorted = false } = {}) {
  const next = random(seed);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const word = () => {
    const length = 3 + Math.floor(next() * 8); // 3–10 letters
    let text = '';
    // Accents stay rare: re-draw an accented syllable most of the time.
    while (text.length < length) {
      let syllable = pick(SYLLABLES);
      if (ACCENTED.has(syllable) && next() < 0.8) syllable = pick(SYLLABLES);
      text += syllable;
    }
    return text.slice(0, length);
  };
  const capital = (text) => text[0].toUpperCase() + text.slice(1);
  const phrase = (words) => Array.from({ length: words }, word).join(' ');

  const terms = [];
  for (let index = 0; index < count; index++) {
    const name = capital(phrase(1 + Math.floor(next() * 3)));
    const slug = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const firstSentence = `${capital(phrase(6 + Math.floor(next() * 9)))}.`;
    const term = { id: `${slug}-${index.toString(36)}`, term: name, definition: `<p>${firstSentence} ${capital(phrase(8))}.</p>` };
    // As in real glossaries, most terms leave their summary to the definition's first sentence.
    if (next() < 0.2) term.summary = firstSentence;
    const roll = next();
    if (roll < 0.15) term.aliases = [capital(phrase(1 + Math.floor(next() * 2)))];
    else if (roll < 0.2) term.aliases = [name.split(' ').map((part) => part[0].toUpperCase()).join(''), capital(word())];
    terms.push(term);
  }
  if (sorted) {
    const collator = new Intl.Collator('en');
    terms.sort((a, b) => collator.compare(a.term, b.term));
  }
  return { title: `Bench glossary (${count} terms)`, language: 'en', terms };
}
