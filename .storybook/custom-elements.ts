/** The parts of a Custom Elements Manifest (schema 2.x) that Storybook reads. */
interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { name: string; kind: string; privacy?: string; static?: boolean }[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

const kebab = (name: string) => name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '-').toLowerCase();

/**
 * Fits the analyzer's manifest to Storybook's docs table. Elements registered through
 * `static define()` carry no `tagName` (Storybook finds elements by tag), so the class name
 * stands in for it: GlossaryTerm → glossary-term. Private and static members and properties
 * that merely mirror an attribute are dropped so each control appears once.
 */
export function forStorybook(manifest: unknown): Manifest {
  const copy = structuredClone(manifest) as Manifest;
  for (const declaration of copy.modules?.flatMap((module) => module.declarations ?? []) ?? []) {
    if (!declaration.customElement) continue;
    declaration.tagName ??= kebab(declaration.name);
    const mirrored = new Set(declaration.attributes?.map((attribute) => attribute.fieldName));
    declaration.members = declaration.members?.filter(
      (member) =>
        member.kind === 'field' &&
        !member.static &&
        !member.name.startsWith('#') &&
        (member.privacy ?? 'public') === 'public' &&
        !mirrored.has(member.name),
    );
  }
  return copy;
}
