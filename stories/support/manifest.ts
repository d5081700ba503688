/**
 * The Custom Elements Manifest, made from src/ as Storybook starts (.storybook/source-manifest.ts),
 * so that the docs' lists of parts and custom properties, and the theming controls with their
 * defaults, come from the elements' own JSDoc, cannot go stale and need no `npm run build`.
 */
import sourceManifest from 'virtual:custom-elements-manifest';

export interface ApiEntry {
  name: string;
  description: string;
  /** The `@cssproperty [--name=default]` default, for custom properties that have one. */
  default?: string;
}

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

export const manifest: unknown = sourceManifest;

export type ElementTag = 'glossary-term' | 'glossary-index' | 'alert-signup';

export const elementTags: ElementTag[] = ['glossary-term', 'glossary-index', 'alert-signup'];

const declarationOf = (tag: ElementTag): Declaration | undefined =>
  (manifest as Manifest | undefined)?.modules
    ?.flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement && declaration.tagName === tag);

const entries = (list: { name: string; description?: string; default?: string }[] | undefined): ApiEntry[] =>
  (list ?? []).map(({ name, description, default: fallback }) => ({ name, description: description ?? '', ...(fallback && { default: fallback }) }));

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
