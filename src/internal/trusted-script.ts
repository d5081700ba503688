import { libraryPolicy } from '../data/trusted-policy.js';

type ScriptWriter = (script: HTMLScriptElement, text: string) => void;

/**
 * How to write a script element's text on this page. Where Trusted Types are available the text
 * goes through the library's policy, `glossary-elements`; where the page's `trusted-types` list
 * forbids that name, `null`: the caller skips the block.
 */
function scriptWriter(): ScriptWriter | null {
  const policy = libraryPolicy();
  if (policy === undefined) return (script, text) => (script.text = text);
  if (policy === null) return null;
  return (script, text) => {
    (script as unknown as { text: TrustedScript }).text = policy.createScript(text);
  };
}

/** Serialises structured data for a `<script type="application/ld+json">`, safe against `</script>`. */
export const jsonLdText = (data: object): string => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * Puts a JSON-LD block into `host`'s light DOM (replacing the one it put there before), or removes
 * it when `data` is undefined. Returns false when the page's Trusted Types policy forbids it.
 */
export function writeJsonLd(host: HTMLElement, data: object | undefined): boolean {
  const existing = host.querySelector(':scope > script[type="application/ld+json"][data-glossary-elements]');
  if (!data) {
    existing?.remove();
    return true;
  }
  const write = scriptWriter();
  if (!write) return false;
  const script = host.ownerDocument.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.glossaryElements = '';
  try {
    write(script, jsonLdText(data));
  } catch {
    // A page policy we could not foresee refused the text: structured data is optional, the card is not.
    return false;
  }
  if (existing) existing.replaceWith(script);
  else host.append(script);
  return true;
}
