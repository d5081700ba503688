/// <reference types="vite/client" />
/**
 * The Custom Elements Manifest that `npm run build` writes, read at build time, so that the docs'
 * lists of parts and custom properties come from the elements' own JSDoc and cannot go stale.
 * Without a build the book still works; the lists are empty and the pages say how to fill them.
 */

export interface ApiEntry {
  name: string;
  description: string;
}

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

const found = import.meta.glob<unknown>('../../dist/custom-elements.json', { eager: true, import: 'default' });

/** The manifest, or undefined before the first `npm run build`. */
export const manifest: unknown = Object.values(found)[0];

export type ElementTag = 'glossary-term' | 'glossary-index' | 'alert-signup';

export const elementTags: ElementTag[] = ['glossary-term', 'glossary-index', 'alert-signup'];

const declarationOf = (tag: ElementTag): Declaration | undefined =>
  (manifest as Manifest | undefined)?.modules
    ?.flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement && declaration.tagName === tag);

const entries = (list: { name: string; description?: string }[] | undefined): ApiEntry[] =>
  (list ?? []).map(({ name, description }) => ({ name, description: description ?? '' }));

/** The `::part()` names an element exposes, in the order its JSDoc lists them. */
export const partsOf = (tag: ElementTag): ApiEntry[] => entries(declarationOf(tag)?.cssParts);

/** The `--glossary-*` custom properties an element reads, in the order its JSDoc lists them. */
export const customPropertiesOf = (tag: ElementTag): ApiEntry[] => entries(declarationOf(tag)?.cssProperties);

/** Every custom property of any element, each with the elements that read it. */
export function allCustomProperties(): (ApiEntry & { elements: ElementTag[] })[] {
  const byName = new Map<string, ApiEntry & { elements: ElementTag[] }>();
  for (const tag of elementTags) {
    for (const property of customPropertiesOf(tag)) {
      const known = byName.get(property.name);
      if (known) known.elements.push(tag);
      else byName.set(property.name, { ...property, elements: [tag] });
    }
  }
  return [...byName.values()];
}
