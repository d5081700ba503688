import type { GlossaryData, GlossaryTermData } from '../../src/index.js';

/** mulberry32: a tiny seeded PRNG, so every load builds the very same glossary. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Syllables that read like English-ish words; every letter A–Z can start a word.
const ONSETS = [
  'b', 'bl', 'br', 'c', 'ch', 'cl', 'cr', 'd', 'dr', 'f', 'fl', 'fr', 'g', 'gl', 'gr', 'h', 'j', 'k', 'l', 'm', 'n',
  'p', 'pl', 'pr', 'qu', 'r', 's', 'sh', 'sk', 'sl', 'sp', 'st', 't', 'th', 'tr', 'v', 'w', 'wh', 'x', 'y', 'z', '',
  '', '',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 't', 'nd', 'rk', 'st', 'x', 'm', 'ng'];
const SUFFIXES = ['', '', '', '', 'ing', 'er', 'ment', 'ity', 'ance', 'ism', 'ware', 'flow', 'rate'];
const CATEGORIES = ['Business', 'Design', 'Development', 'Finance', 'Legal', 'Marketing', 'Writing'];

/**
 * A deterministic glossary of `count` pseudo-word terms (language `en`): one to three words each,
 * about 1 % starting with a digit, a sixth with aliases, half with a summary of their own, ids
 * unique and `[a-z0-9-]+`. Built once per `count` and `seed`, then shared.
 */
export function generatedGlossary(count = 10_000, seed = 20_240_501): GlossaryData {
  const key = `${count}:${seed}`;
  let glossary = cache.get(key);
  if (!glossary) {
    glossary = build(count, seed);
    cache.set(key, glossary);
  }
  return glossary;
}

const cache = new Map<string, GlossaryData>();

function build(count: number, seed: number): GlossaryData {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const word = () => {
    let text = '';
    const syllables = 1 + Math.floor(random() * 3);
    for (let i = 0; i < syllables; i++) text += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
    return text + pick(SUFFIXES);
  };
  const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const name = () => {
    const words = Array.from({ length: 1 + Math.floor(random() * 2.4) }, word);
    if (random() < 0.01) words.unshift(`${1 + Math.floor(random() * 99)}${pick(['D', 'K', 'x', ''])}`);
    return words.map((w, i) => (i === 0 || random() < 0.5 ? capitalised(w) : w)).join(random() < 0.15 ? '-' : ' ');
  };
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'term';

  const ids = new Set<string>();
  const terms: GlossaryTermData[] = [];
  while (terms.length < count) {
    const term = name();
    let id = slug(term);
    for (let n = 2; ids.has(id); n++) id = `${slug(term)}-${n}`;
    ids.add(id);
    const category = pick(CATEGORIES);
    const data: GlossaryTermData = {
      id,
      term,
      definition: `<p>${capitalised(word())} ${word()} for ${category.toLowerCase()} work, as used in this generated glossary. It is made of pseudo-words.</p>`,
      categories: [category],
    };
    if (random() < 0.17) data.aliases = Array.from({ length: 1 + Math.floor(random() * 2) }, () => capitalised(word()));
    if (random() < 0.5) data.summary = `${capitalised(word())} ${word()} ${word()}: a ${category.toLowerCase()} term.`;
    terms.push(data);
  }
  return { title: `Generated Glossary (${count.toLocaleString('en')} terms)`, language: 'en', terms };
}
