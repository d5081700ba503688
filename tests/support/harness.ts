import { waitUntil } from '@open-wc/testing';
import type { GlossaryData } from '../../src/data/types.js';
import type { GlossaryErrorDetail, GlossaryLoadDetail } from '../../src/internal/events.js';
import { clearGlossaryCache } from '../../src/data/load.js';
import '../../src/index.js';
import type { GlossaryTerm } from '../../src/glossary-term/glossary-term.js';

/** The sample glossary as served by the test server (same file as the demo and stories use). */
export const SAMPLE_URL = '/examples/freelance-glossary.json';

let sampleData: GlossaryData | undefined;

/** A fresh deep copy of the sample glossary document. */
export async function sampleGlossary(): Promise<GlossaryData> {
  sampleData ??= (await (await fetch(SAMPLE_URL)).json()) as GlossaryData;
  return structuredClone(sampleData);
}

export interface Mounted<E extends HTMLElement> {
  element: E;
  loads: CustomEvent<GlossaryLoadDetail>[];
  errors: CustomEvent<GlossaryErrorDetail>[];
}

const containers: HTMLElement[] = [];

/**
 * Creates an element with attributes, properties and light-DOM children, records its events
 * from the very start, and puts it on the page.
 */
export function mount<E extends HTMLElement = GlossaryTerm>(
  tag: string,
  { attributes = {}, properties = {}, children = '' }: {
    attributes?: Record<string, string>;
    properties?: Record<string, unknown>;
    children?: string;
  } = {},
): Mounted<E> {
  const element = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  element.innerHTML = children;
  const mounted: Mounted<E> = { element, loads: [], errors: [] };
  element.addEventListener('glossary-load', (event) => mounted.loads.push(event));
  element.addEventListener('glossary-error', (event) => mounted.errors.push(event));
  const container = document.createElement('div');
  container.append(element);
  document.body.append(container);
  containers.push(container);
  return mounted;
}

/** Removes everything `mount` added and forgets cached glossaries, between tests. */
export function cleanup(): void {
  for (const container of containers.splice(0)) container.remove();
  clearGlossaryCache();
}

export const settled = (mounted: Mounted<HTMLElement>, timeout = 5000) =>
  waitUntil(() => mounted.loads.length + mounted.errors.length > 0, 'the element neither loaded nor failed', {
    timeout,
  });

/** The text a reader sees in the element's shadow root, white space collapsed. */
export const shadowText = (element: HTMLElement): string =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether the element's light-DOM link (its fallback) is rendered: slotted into a visible slot. */
export const fallbackShown = (element: HTMLElement): boolean => {
  const slot = element.shadowRoot!.querySelector('slot');
  const link = element.querySelector('a')!;
  return slot !== null && slot.assignedElements().includes(link) && link.getClientRects().length > 0;
};

export const part = (element: HTMLElement, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** How many requests the test server saw for a /test-api/ route. */
export async function hitsFor(route: string): Promise<number> {
  const response = await fetch(`/test-api/hits/${route}`);
  return ((await response.json()) as { hits: number }).hits;
}
