import { readFileSync } from 'node:fs';
import { GlossaryError } from '../../src/data/errors.js';
import type { Glossary, GlossaryTermData } from '../../src/data/types.js';
import { validateGlossary } from '../../src/data/validate.js';

/** A term that passes validation; `overrides` change or add fields (any JSON, valid or not). */
export function validTerm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'invoice',
    term: 'Invoice',
    definition: '<p>A bill sent to a client. It lists the work done.</p>',
    ...overrides,
  };
}

/** A glossary document holding `terms` (raw JSON values, so invalid ones are fine too). */
export function withTerms(...terms: unknown[]): Record<string, unknown> {
  return { title: 'Test Glossary', terms };
}

/** A valid glossary built from minimal term data, without warnings. */
export function glossaryOf(...terms: Partial<GlossaryTermData>[]): Glossary {
  const raw = terms.map((term, index) =>
    validTerm({ id: `term-${index}`, term: `Term ${index}`, ...term }),
  );
  return validateGlossary(withTerms(...raw), { warn: () => {} });
}

/** The sample document shared by the demo, the stories and the tests, as parsed JSON. */
export function sampleDocument(): Record<string, unknown> {
  const url = new URL('../../examples/freelance-glossary.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/** The sample glossary, validated. */
export function sampleGlossary(): Glossary {
  return validateGlossary(sampleDocument(), { warn: () => {} });
}

/** Runs `action` and returns the GlossaryError it throws; fails the test when it throws none. */
export function glossaryErrorOf(action: () => unknown): GlossaryError {
  try {
    action();
  } catch (error) {
    if (error instanceof GlossaryError) return error;
    throw error;
  }
  throw new Error('expected a GlossaryError, but nothing was thrown');
}
