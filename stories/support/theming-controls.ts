import type { ApiEntry } from './manifest.js';

/** The values `--glossary-color-scheme` takes; empty follows the page's own `color-scheme`. */
export const COLOR_SCHEMES = ['', 'light', 'dark', 'light dark'];

/** What the Controls panel shows for one `--glossary-*` property: its kind of input and its default. */
export interface PropertyControl {
  name: string;
  description: string;
  control: { type: 'select' | 'color' | 'text' };
  /** Select values sit on the arg type itself: a `control.options` list renders an empty select. */
  options?: string[];
  table: { category: string; defaultValue?: { summary: string } };
}

/** A control for a custom property, with the default its `@cssproperty` JSDoc names. */
export function propertyControl({ name, description, default: fallback }: ApiEntry): PropertyControl {
  const scheme = name === '--glossary-color-scheme';
  return {
    name,
    description,
    control: { type: scheme ? 'select' : name.startsWith('--glossary-color-') ? 'color' : 'text' },
    ...(scheme && { options: COLOR_SCHEMES }),
    table: { category: 'Custom properties', ...(fallback && { defaultValue: { summary: fallback } }) },
  };
}
