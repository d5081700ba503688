import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GlossaryData, GlossaryTermData } from '../../src/data/types.js';
import type { GlossaryIndex } from '../../src/glossary-index/glossary-index.js';

export type Index = GlossaryIndex;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A term for inline glossaries: a name and optionally aliases, summary, url. */
export const t = (id: string, term: string, extra: Partial<GlossaryTermData> = {}): GlossaryTermData => ({
  id,
  term,
  definition: `<p>${term} defined.</p>`,
  ...extra,
});

export const glossaryOf = (language: string | undefined, terms: GlossaryTermData[]): GlossaryData => ({
  title: `Test glossary (${language ?? 'none'})`,
  ...(language && { language }),
  terms,
});

/** The nodes matching `selector` that a reader can see: not inside a `hidden` container (the grouped
 * list stays in the DOM, hidden, while search results show). */
const all = (element: HTMLElement, selector: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)].filter((node) => node.closest('[hidden]') === null);

/** The letters of the bar, in order, as the reader sees them. */
export const barLetters = (element: HTMLElement) => all(element, '[part~="letter"]').map((node) => clean(node.textContent));

/** The letters of the bar that are links (enabled). */
export const enabledLetters = (element: HTMLElement) => all(element, 'a[part~="letter"]').map((node) => clean(node.textContent));

/** The letters of the bar shown but disabled. */
export const disabledLetters = (element: HTMLElement) =>
  all(element, '[part~="letter"][aria-disabled="true"]').map((node) => clean(node.textContent));

export const letterLink = (element: HTMLElement, letter: string) =>
  all(element, 'a[part~="letter"]').find((node) => clean(node.textContent) === letter);

/** The group headings of the list, in order. */
export const headings = (element: HTMLElement) => all(element, '[part~="group-heading"]').map((node) => clean(node.textContent));

/** The names listed under the heading `letter`, in order. */
export const namesUnder = (element: HTMLElement, letter: string): string[] => {
  const heading = all(element, '[part~="group-heading"]').find((node) => clean(node.textContent) === letter);
  if (!heading) return [];
  return [...heading.closest('section')!.querySelectorAll('.entry > a')].map((node) => clean(node.textContent));
};

/** Every entry link of the list (grouped list or search results), in order. */
export const entryLinks = (element: HTMLElement) => all(element, '[part~="list"] .entry a[href]');

/** The names of the listed entries, in order. */
export const entryNames = (element: HTMLElement) => entryLinks(element).map((node) => clean(node.textContent));

/** The text of each list entry (name, alias note and summary), in order. */
export const entryTexts = (element: HTMLElement) => all(element, '[part~="list"] .entry').map((node) => clean(node.textContent));

export const entryLink = (element: HTMLElement, name: string) => entryLinks(element).find((node) => clean(node.textContent) === name);

export const statusText = (element: HTMLElement) => clean(element.shadowRoot!.querySelector('[part~="status"]')?.textContent);

export const marks = (element: HTMLElement) => all(element, 'mark[part~="mark"]').map((node) => node.textContent);

export const searchBox = (element: HTMLElement) => element.shadowRoot!.querySelector<HTMLInputElement>('input');

/** The element focused inside the index's shadow root, if any. */
export const focused = (element: HTMLElement) => element.shadowRoot!.activeElement as HTMLElement | null;
export const focusedText = (element: HTMLElement) => clean(focused(element)?.textContent);

/**
 * Types into the search box as a reader would, then waits for the index to answer: the search keys
 * are built after the list's first paint, so a query typed at once is answered when they are in.
 */
export async function typeInto(element: Index, text: string): Promise<void> {
  const input = searchBox(element)!;
  input.focus();
  await sendKeys({ type: text });
  await element.updateComplete;
  if (input.value.trim()) await waitUntil(() => statusText(element) !== '', `no answer to "${input.value}"`);
}

export async function press(element: Index, key: string): Promise<void> {
  await sendKeys({ press: key });
  await element.updateComplete;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
