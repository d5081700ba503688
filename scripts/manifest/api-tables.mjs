// The README's API reference for one element, as Markdown tables generated from the manifest.
import { fieldFor, oneLine, publicFields, publicMethods, slotLabel } from './elements.mjs';

/** @param {any} element a custom element declaration from the manifest */
export function apiTables(element) {
  const attributeOf = (/** @type {any} */ field) => (element.attributes ?? []).find((/** @type {any} */ a) => a.fieldName === field.name);
  // Attributes whose property the manifest does not list (declared with `@attr` only) still get a row.
  const attributeOnly = (element.attributes ?? []).filter((/** @type {any} */ attribute) => !fieldFor(element, attribute));
  const sections = [
    table('Attributes and properties', ['attribute', 'property', 'type', 'default', 'description'], [
      ...publicFields(element).map((/** @type {any} */ field) => {
        const attribute = attributeOf(field);
        return [attribute ? code(attribute.name) : '—', code(field.name), code(field.type?.text), code(field.default), field.description];
      }),
      ...attributeOnly.map((/** @type {any} */ a) => [code(a.name), '', code(a.type?.text), code(a.default), a.description]),
    ]),
    table('Methods', ['method', 'description'], publicMethods(element).map((/** @type {any} */ method) => [code(signature(method)), method.description])),
    table('Events', ['event', 'type', 'description'], (element.events ?? []).map((/** @type {any} */ e) => [code(e.name), code(e.type?.text), e.description])),
    table('Slots', ['slot', 'description'], (element.slots ?? []).map((/** @type {any} */ s) => [s.name ? code(s.name) : slotLabel(s.name), s.description])),
    table('CSS parts', ['part', 'description'], (element.cssParts ?? []).map((/** @type {any} */ p) => [code(p.name), p.description])),
    table('CSS custom properties', ['property', 'description'], (element.cssProperties ?? []).map((/** @type {any} */ p) => [code(p.name), p.description])),
  ];
  const intro = [element.summary, element.description].map(oneLine).filter(Boolean);
  return [`### \`<${element.tagName}>\` API`, ...intro, ...sections.filter(Boolean)].join('\n\n');
}

/** `static define(tag, registry)` */
function signature(/** @type {any} */ method) {
  const parameters = (method.parameters ?? []).map((/** @type {any} */ parameter) => parameter.name).join(', ');
  return `${method.static ? 'static ' : ''}${method.name}(${parameters})`;
}

/** @param {string} title @param {string[]} header @param {(string | undefined)[][]} rows */
function table(title, header, rows) {
  if (rows.length === 0) return '';
  const line = (/** @type {(string | undefined)[]} */ cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [`**${title}**`, '', line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A table cell: one line, and a `|` never ends the cell (GFM wants it escaped even inside code). */
const cell = (/** @type {string | undefined} */ text) => oneLine(text).replaceAll('|', '\\|');

/** @param {string | undefined} text */
const code = (text) => (text ? `\`${text}\`` : '');
