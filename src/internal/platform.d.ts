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

interface TrustedHTML {
  readonly __brand: 'TrustedHTML';
}

interface TrustedScriptURL {
  readonly __brand: 'TrustedScriptURL';
}

interface TrustedTypePolicy {
  readonly name: string;
  createHTML(input: string): TrustedHTML;
  createScript(input: string): TrustedScript;
  createScriptURL(input: string): TrustedScriptURL;
}

interface TrustedTypePolicyFactory {
  createPolicy(
    name: string,
    rules: { createHTML?: (input: string) => string; createScript?: (input: string) => string; createScriptURL?: (input: string) => string },
  ): TrustedTypePolicy;
}

interface Window {
  trustedTypes?: TrustedTypePolicyFactory;
}
