import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
}

/**
 * A real `<h1>`–`<h6>` at `level` (clamped to 1–6; anything else gives 2). Lit cannot bind a tag
 * name, and six plain templates are smaller than the static-html machinery.
 */
export function heading(level: number, content: unknown, { id, part, className }: HeadingOptions = {}): TemplateResult {
  const at = Number.isInteger(level) ? Math.min(Math.max(level, 1), 6) : 2;
  const i = ifDefined(id);
  const p = ifDefined(part);
  const c = ifDefined(className);
  switch (at) {
    case 1: return html`<h1 id=${i} part=${p} class=${c}>${content}</h1>`;
    case 2: return html`<h2 id=${i} part=${p} class=${c}>${content}</h2>`;
    case 3: return html`<h3 id=${i} part=${p} class=${c}>${content}</h3>`;
    case 4: return html`<h4 id=${i} part=${p} class=${c}>${content}</h4>`;
    case 5: return html`<h5 id=${i} part=${p} class=${c}>${content}</h5>`;
    default: return html`<h6 id=${i} part=${p} class=${c}>${content}</h6>`;
  }
}
