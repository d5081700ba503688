// Every public piece of every element must say what it is for and, where it carries a value, what
// type that value has: the IDE data and the README tables are only as good as the JSDoc behind them.
import { customElementsOf, publicFields, publicMethods, slotLabel } from './elements.mjs';

/**
 * One line per gap, such as `glossary-term: attribute "variant" has no description`.
 * @param {any} manifest
 * @returns {string[]}
 */
export function findGaps(manifest) {
  return customElementsOf(manifest).flatMap((element) => {
    const gaps = [];
    const tag = element.tagName;
    const need = (/** @type {string} */ what, /** @type {any} */ item, /** @type {('description' | 'type')[]} */ fields) => {
      if (fields.includes('description') && !item.description?.trim()) gaps.push(`${tag}: ${what} has no description`);
      if (fields.includes('type') && !item.type?.text?.trim()) gaps.push(`${tag}: ${what} has no type`);
    };
    if (!element.summary?.trim() && !element.description?.trim()) gaps.push(`${tag}: the element has no summary or description`);
    for (const attribute of element.attributes ?? []) need(`attribute "${attribute.name}"`, attribute, ['description', 'type']);
    for (const field of publicFields(element)) need(`property "${field.name}"`, field, ['description', 'type']);
    for (const method of publicMethods(element)) need(`method "${method.name}"`, method, ['description']);
    for (const event of element.events ?? []) need(`event "${event.name}"`, event, ['description', 'type']);
    for (const slot of element.slots ?? []) need(`slot "${slotLabel(slot.name)}"`, slot, ['description']);
    for (const part of element.cssParts ?? []) need(`part "${part.name}"`, part, ['description']);
    for (const property of element.cssProperties ?? []) need(`custom property "${property.name}"`, property, ['description']);
    return gaps;
  });
}
