import { HOSTILE_HTML } from '../../data/hostile-html.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from './hostile-text.js';

export const GLOSSARY_TITLE = `"><img src=x onerror=__pwned('glossary-title')>Glossary`;

/** How many terms the hostile glossary has: enough for every definition and every string. */
export const HOSTILE_TERM_COUNT = Math.max(HOSTILE_TEXT.length, HOSTILE_HTML.length);

const text = (index: number) => HOSTILE_TEXT[index % HOSTILE_TEXT.length]!.text;
const url = (index: number) => HOSTILE_URLS[index % HOSTILE_URLS.length]!;

/** What term `index` holds, by field, as the data gives it. */
export function hostileTerm(index: number) {
  return {
    id: `t-${index}`,
    term: text(index),
    aliases: [`${text(index + 1)} (alias)`],
    summary: text(index + 2),
    definition: HOSTILE_HTML[index % HOSTILE_HTML.length]!.html,
    seeAlso: [`t-${(index + 1) % HOSTILE_TERM_COUNT}`],
    categories: [text(index + 3)],
    url: url(index),
    articles: [{ title: text(index + 3), url: url(index + 1), excerpt: text(index + 4), image: url(index + 2), date: '2024-05-01' }],
    moreArticlesUrl: url(index + 3),
  };
}

/** A valid glossary document with a hostile string, URL or definition in every field that takes one. */
export function hostileGlossary() {
  return {
    title: GLOSSARY_TITLE,
    url: HOSTILE_URLS[0],
    language: 'en',
    terms: Array.from({ length: HOSTILE_TERM_COUNT }, (_, index) => hostileTerm(index)),
  };
}
