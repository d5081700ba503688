// Reading our custom elements out of a Custom Elements Manifest (schema 2.x), the one source that
// the IDE data, the README tables and the completeness check are all generated from.
import { readFileSync } from 'node:fs';

/** @param {string} path */
export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * Every class the manifest marks as a custom element, with its tag name, in manifest order.
 * @param {any} manifest
 */
export function customElementsOf(manifest) {
  return manifest.modules.flatMap((/** @type {any} */ module) =>
    (module.declarations ?? [])
      .filter((/** @type {any} */ declaration) => declaration.customElement && declaration.tagName)
      .map((/** @type {any} */ declaration) => ({ ...declaration, modulePath: module.path })),
  );
}

/** Members a user can touch: not `#private`, not `private`/`protected`, not static. */
const isPublic = (/** @type {any} */ member) =>
  !member.static && !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public';

/** @param {any} element */
export const publicFields = (element) =>
  (element.members ?? []).filter((/** @type {any} */ member) => member.kind === 'field' && isPublic(member));

/** Public methods, static ones included: `static define()` is part of the API. */
export const publicMethods = (element) =>
  (element.members ?? []).filter(
    (/** @type {any} */ member) => member.kind === 'method' && !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public',
  );

/** @param {any} element */
export const fieldFor = (element, /** @type {any} */ attribute) =>
  publicFields(element).find((/** @type {any} */ field) => field.name === attribute.fieldName);

/**
 * The type an attribute's value has in markup: `null` and `undefined` only mean "absent" there.
 * @param {string | undefined} typeText
 */
export function attributeValueType(typeText) {
  if (!typeText) return undefined;
  const kept = unionMembers(typeText).filter((member) => member !== 'null' && member !== 'undefined');
  return kept.join(' | ');
}

/**
 * The allowed values of an enumerated attribute (`'card' | 'full' | null` → card, full), or
 * undefined when the type is anything but a union of string literals.
 * @param {string | undefined} typeText
 */
export function literalValues(typeText) {
  const members = unionMembers(attributeValueType(typeText) ?? '');
  const literal = /^(['"])(.*)\1$/;
  if (members.length === 0 || !members.every((member) => literal.test(member))) return undefined;
  return members.map((member) => member.replace(literal, '$2'));
}

/** @param {string | undefined} typeText */
export const isBooleanType = (typeText) => attributeValueType(typeText) === 'boolean';

/** Splits a type on its top-level `|` (not those inside `<…>`, `{…}`, `(…)` or quotes). */
function unionMembers(/** @type {string} */ typeText) {
  const members = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const char of typeText) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if ('<{(['.includes(char)) depth++;
    else if ('>})]'.includes(char)) depth--;
    else if (char === '|' && depth === 0) {
      members.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  members.push(current.trim());
  return members.filter(Boolean);
}

/** How the default slot is named in messages and tables. */
export const slotLabel = (/** @type {string} */ name) => (name === '' ? '(default)' : name);

/** A one-line form of a JSDoc description (manifests keep the comment's line breaks). */
export const oneLine = (/** @type {string | undefined} */ text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();

/** The element's API tables in the README: the anchor of their heading, "`<tag>` API". */
export const docsLink = (/** @type {string} */ docsUrl, /** @type {string} */ tagName) => `${docsUrl}#${tagName}-api`;

/**
 * An attribute's default as written in markup (`'card'` → `card`), or undefined where the default
 * only means "absent" (`null`, `undefined`, an empty string).
 * @param {string | undefined} defaultText
 */
export function attributeDefault(defaultText) {
  if (defaultText === undefined || defaultText === 'null' || defaultText === 'undefined') return undefined;
  const unquoted = defaultText.replace(/^(['"])(.*)\1$/, '$2');
  return unquoted === '' ? undefined : unquoted;
}
