import type { CustomElementsManifest } from './analyze.mjs';

/** One line per undocumented item, such as `glossary-term: attribute "variant" has no description`. */
export function findGaps(manifest: CustomElementsManifest): string[];
