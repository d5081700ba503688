import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withLocalLinks } from '../../demo/local-links.js';

const sample = JSON.parse(readFileSync('examples/freelance-glossary.json', 'utf8'));

// Issue 11, point 12: nearly every demo link left for example.com.
describe('the demo glossary', () => {
  it('links only inside the demo: the index, the term pages and a marked placeholder for articles', () => {
    const local = withLocalLinks(sample);
    const text = JSON.stringify(local);

    expect(text).not.toContain('example.com');
    expect(local.url).toBe('/glossary.html');
    const backEnd = local.terms.find((term: { id: string }) => term.id === 'back-end');
    expect(backEnd.url).toBe('/term.html?term=back-end');
    expect(backEnd.articles[0].url).toMatch(/^\/article\.html#[a-z0-9-]+$/);
    const ids = new Set(local.terms.map((term: { id: string }) => term.id));
    for (const [, id] of text.matchAll(/term\.html\?term=([a-z0-9-]+)/g)) expect(ids.has(id!), id).toBe(true);
  });

  it('leaves the sample itself as it is', () => {
    withLocalLinks(sample);
    expect(sample.url).toBe('https://example.com/glossary/');
  });
});
