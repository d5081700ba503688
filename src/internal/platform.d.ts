// Platform APIs newer than TypeScript's DOM library.

interface SanitizerElementNamespace {
  name: string;
  namespace?: string | null;
}

interface SanitizerConfig {
  elements?: (string | SanitizerElementNamespace)[];
  removeElements?: (string | SanitizerElementNamespace)[];
  replaceWithChildrenElements?: (string | SanitizerElementNamespace)[];
  attributes?: string[];
  removeAttributes?: string[];
  comments?: boolean;
  dataAttributes?: boolean;
}

interface SetHTMLOptions {
  sanitizer?: SanitizerConfig | 'default';
}

interface Element {
  /** The HTML Sanitizer API: parses `html`, drops anything that runs, applies `options.sanitizer`. */
  setHTML?(html: string, options?: SetHTMLOptions): void;
}

interface TrustedScript {
  readonly __brand: 'TrustedScript';
}

interface TrustedTypePolicy {
  createScript(input: string): TrustedScript;
}

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScript?: (input: string) => string }): TrustedTypePolicy;
}

interface Window {
  trustedTypes?: TrustedTypePolicyFactory;
}
