import { html } from 'lit';

/**
 * Fills the `{name}` slots of a UI sentence, ready to render. Text from the data comes isolated in
 * `<bdi>`, so a name in either direction reads right inside the other; other values as they are.
 */
export const sentence = (template: string, values: Record<string, unknown>): unknown[] =>
  template.split(/\{(\w+)\}/).map((part, index) => {
    if (index % 2 === 0) return part;
    const value = values[part];
    return typeof value === 'string' ? html`<bdi>${value}</bdi>` : value;
  });
