/** The one Trusted Types policy name the library uses; a strict page lists it in `trusted-types`. */
export const POLICY_NAME = 'glossary-elements';

let policy: TrustedTypePolicy | null | undefined;
let created = false;

/**
 * The library's policy, created once per page on first need: `undefined` where the browser has
 * no Trusted Types, `null` where the page's `trusted-types` list forbids the name. (The browser
 * reports that refusal once: no API tells a script which names a page allows.)
 *
 * Its callbacks pass strings through: it is handed only to DOMPurify, whose input is the data it
 * is about to sanitize, and to the JSON-LD writer, whose input `jsonLdText` serialised. It never
 * vouches for a script URL.
 */
export function libraryPolicy(): TrustedTypePolicy | null | undefined {
  if (created) return policy;
  created = true;
  const factory = typeof window === 'undefined' ? undefined : window.trustedTypes;
  if (!factory) return (policy = undefined);
  try {
    policy = factory.createPolicy(POLICY_NAME, {
      createHTML: (input) => input,
      createScript: (input) => input,
      createScriptURL: () => '',
    });
  } catch {
    policy = null;
  }
  return policy;
}
