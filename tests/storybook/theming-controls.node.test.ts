import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../.storybook/source-manifest.js';
import { propertyControl } from '../../stories/support/theming-controls.js';

interface Declaration {
  customElement?: boolean;
  name: string;
  cssProperties?: { name: string; description?: string; default?: string }[];
}

const declarations = () =>
  (analyzeSources() as { modules: { declarations?: Declaration[] }[] }).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement);

// Issue 11, point 11: right after `npm ci` (no dist/), the Theming controls were empty, the
// colour-scheme select had no options and every Default read "-".
describe('Storybook theming controls', () => {
  it('read a manifest made from src/, not one that only `npm run build` writes', () => {
    expect(readFileSync('stories/support/manifest.ts', 'utf8')).not.toMatch(/dist\/custom-elements\.json/);
    expect(declarations().map((declaration) => declaration.name).sort()).toEqual([
      'AlertSignup',
      'GlossaryIndex',
      'GlossaryLink',
      'GlossaryTerm',
      'GlossaryText',
    ]);
  });

  it('give every custom property of every element a control with its default', () => {
    for (const declaration of declarations()) {
      // <glossary-text> has no shadow root to style: its links are <glossary-link>s.
      if (declaration.name !== 'GlossaryText') expect(declaration.cssProperties?.length, declaration.name).toBeGreaterThan(4);
      for (const property of declaration.cssProperties ?? []) {
        const control = propertyControl({ name: property.name, description: property.description ?? '', ...(property.default && { default: property.default }) });
        expect(control.table.defaultValue?.summary, `${declaration.name} ${property.name}`).toBeTruthy();
      }
    }
  });

  it('offer the colour schemes as options of the --glossary-color-scheme select', () => {
    const control = propertyControl({ name: '--glossary-color-scheme', description: '', default: 'inherit' });

    expect(control.control.type).toBe('select');
    expect(control.options).toEqual(['', 'light', 'dark', 'light dark']);
  });
});
