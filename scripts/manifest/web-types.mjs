// JetBrains Web-Types: completion, docs and navigation for our tags in WebStorm and friends.
// No `framework` is named, so the contributions apply in plain HTML and in Lit templates alike.
import { attributeDefault, attributeValueType, customElementsOf, docsLink, fieldFor, isBooleanType, oneLine, publicFields } from './elements.mjs';

/**
 * @param {any} manifest
 * @param {{ name: string, version: string, docsUrl: string }} pkg
 */
export function webTypes(manifest, { name, version, docsUrl }) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: { elements: customElementsOf(manifest).map((element) => elementEntry(element, docsUrl)) },
    },
  };
}

/** @param {any} element @param {string} docsUrl */
function elementEntry(element, docsUrl) {
  const named = (/** @type {any} */ item) => ({ name: item.name, description: oneLine(item.description) });
  return {
    name: element.tagName,
    description: oneLine(element.summary ?? element.description),
    'doc-url': docsLink(docsUrl, element.tagName),
    // The package root exports every element class, so the symbol alone locates it.
    source: { symbol: element.name },
    attributes: (element.attributes ?? []).map((/** @type {any} */ attribute) => attributeEntry(element, attribute)),
    slots: (element.slots ?? []).map(named),
    js: {
      properties: publicFields(element).map((/** @type {any} */ field) => ({
        ...named(field),
        type: field.type?.text,
        ...(field.default !== undefined && { default: field.default }),
      })),
      events: (element.events ?? []).map((/** @type {any} */ event) => ({ ...named(event), type: event.type?.text })),
    },
    css: {
      parts: (element.cssParts ?? []).map(named),
      properties: (element.cssProperties ?? []).map(named),
    },
  };
}

/** @param {any} element @param {any} attribute */
function attributeEntry(element, attribute) {
  const boolean = isBooleanType(attribute.type?.text);
  const field = fieldFor(element, attribute);
  const fallback = attributeDefault(attribute.default);
  return {
    name: attribute.name,
    description: oneLine(attribute.description ?? field?.description),
    ...(fallback !== undefined && { default: fallback }),
    value: boolean ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: attributeValueType(attribute.type?.text) },
  };
}
