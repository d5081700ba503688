/** The custom elements manifest of `<root>/src/**\/*.ts`, as `cem analyze --litelement` builds it. */
export function analyzeSources(root: string): CustomElementsManifest;

/** The parts of a Custom Elements Manifest (schema 2.x) these scripts read. */
export interface CustomElementsManifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

export interface ManifestItem {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: (ManifestItem & { fieldName?: string })[];
  members?: (ManifestItem & { kind: 'field' | 'method'; static?: boolean; privacy?: string; attribute?: string })[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}
