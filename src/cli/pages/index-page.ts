import type { GlossaryGroups } from '../../data/groups.js';
import { OTHER_LETTER } from '../../data/letters.js';
import type { Term } from '../../data/types.js';
import { escapeHtml } from './escape.js';
import { relativeLink } from './site-paths.js';
import { termLinkFrom, type SitePlan } from './site-plan.js';

/** The index's anchor for a letter, as `<glossary-term>`'s breadcrumb links it (`letter-#` for digits). */
const anchorOf = (letter: string): string => `letter-${letter}`;
const hrefOf = (letter: string): string => `#${anchorOf(encodeURIComponent(letter))}`;

/** The A–Z bar: letters with terms link to their group on the index page, the others are plain text. */
export function letterBar(groups: GlossaryGroups, indexLink: string, label: string): string {
  const items = groups.letters.map((letter) =>
    groups.byLetter.has(letter)
      ? `<li><a href="${escapeHtml(indexLink + hrefOf(letter))}">${escapeHtml(letter)}</a></li>`
      : `<li><span aria-disabled="true">${escapeHtml(letter)}</span></li>`,
  );
  return `<nav aria-label="${escapeHtml(label)}"><ul class="glossary-letters">${items.join('')}</ul></nav>`;
}

/** Terms as links from the page in folder `from`. */
function termList(plan: SitePlan, from: string, terms: Term[]): string {
  const items = terms.map((term) => `<li><a href="${escapeHtml(termLinkFrom(plan, from, term))}">${escapeHtml(term.term)}</a></li>`);
  return `<ul>${items.join('')}</ul>`;
}

/** The site's front page: the glossary's title, the A–Z bar and every term under its letter. */
export function indexContent(plan: SitePlan, groups: GlossaryGroups): string {
  const sections = groups.groups.map(
    ({ letter }) =>
      `<section class="glossary-group" id="${escapeHtml(anchorOf(letter))}" aria-labelledby="${escapeHtml(anchorOf(letter))}-heading">` +
      `<h2 id="${escapeHtml(anchorOf(letter))}-heading">${escapeHtml(letter === OTHER_LETTER ? '0–9' : letter)}</h2>` +
      `${termList(plan, '', groups.byLetter.get(letter)!.terms)}</section>`,
  );
  return `<h1>${escapeHtml(plan.glossary.title)}</h1>\n${letterBar(groups, '', 'Letters')}\n${sections.join('\n')}`;
}

/** How many terms before and after its own a term page's index lists: enough to browse, bounded for big letters. */
export const NEARBY_TERMS = 25;

/**
 * The index on a term page (`--with-index`): the A–Z bar into the index page, and the terms of this
 * letter around this one (all of them, in a letter of up to 51 terms).
 */
export function termPageIndex(plan: SitePlan, groups: GlossaryGroups, from: string, term: Term): string {
  const letter = plan.letterOf.get(term)!;
  const terms = groups.byLetter.get(letter)?.terms ?? [];
  const at = terms.indexOf(term);
  const nearby = terms.slice(Math.max(0, at - NEARBY_TERMS), at + NEARBY_TERMS + 1);
  return (
    `<nav class="glossary-index" aria-label="${escapeHtml(plan.glossary.title)}">` +
    `${letterBar(groups, relativeLink(from, ''), 'Letters')}${termList(plan, from, nearby)}</nav>`
  );
}
