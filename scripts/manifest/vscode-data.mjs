// VS Code's HTML custom data (format version 1.1): completion and hover for our tags, their
// attributes and the values of enumerated attributes. VS Code has no place for events, slots,
// parts or custom properties, so the tag's hover text lists them.
import { attributeDefault, attributeValueType, customElementsOf, docsLink, isBooleanType, literalValues, oneLine, slotLabel } from './elements.mjs';

/**
 * @param {any} manifest
 * @param {{ docsUrl: string }} options where each tag's "API reference" link points
 */
export function vscodeCustomData(manifest, { docsUrl }) {
  return {
    version: 1.1,
    tags: customElementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: markdown(tagDescription(element)),
      attributes: (element.attributes ?? []).map((/** @type {any} */ attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: markdown(attributeDescription(attribute)),
          ...(values && { values: values.map((name) => ({ name })) }),
          // The "v" value set marks an attribute that takes no value.
          ...(isBooleanType(attribute.type?.text) && { valueSet: 'v' }),
        };
      }),
      references: [{ name: 'API reference', url: docsLink(docsUrl, element.tagName) }],
    })),
  };
}

const markdown = (/** @type {string} */ value) => ({ kind: 'markdown', value });

/** @param {any} attribute */
function attributeDescription(attribute) {
  const type = attributeValueType(attribute.type?.text);
  const fallback = attributeDefault(attribute.default);
  const facts = [type && `Type: \`${type}\``, fallback !== undefined && `default \`${fallback}\``].filter(Boolean);
  return [oneLine(attribute.description), facts.join(', ')].filter(Boolean).join('\n\n');
}

/** @param {any} element */
function tagDescription(element) {
  const list = (/** @type {string} */ title, /** @type {any[] | undefined} */ items, label = (/** @type {any} */ item) => item.name) =>
    items?.length ? `**${title}**\n\n${items.map((item) => `- \`${label(item)}\` — ${oneLine(item.description)}`).join('\n')}` : '';
  return [
    oneLine(element.summary ?? element.description),
    list('Events', element.events),
    list('Slots', element.slots, (slot) => slotLabel(slot.name)),
    list('CSS parts', element.cssParts),
    list('CSS custom properties', element.cssProperties),
  ]
    .filter(Boolean)
    .join('\n\n');
}
