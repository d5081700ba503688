import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateGlossary } from '../../src/data/validate.js';
import { fullGlossary, minimalGlossary } from '../../stories/support/data-format-examples.js';

// The Data format page in the Storybook shows these documents; a reader copies them.
const schema = JSON.parse(readFileSync(new URL('../../glossary.schema.json', import.meta.url), 'utf8'));
const matchesSchema = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe.each([
  ['the minimal example', minimalGlossary],
  ['the full example', fullGlossary],
])('Data format page: %s', (_name, document) => {
  it('is accepted by the elements’ validator, every term intact', () => {
    const glossary = validateGlossary(document, { warn: () => expect.fail('no warnings expected') });
    expect(glossary.terms.map((term) => term.id)).toEqual(document.terms.map((term) => term.id));
  });

  it('matches glossary.schema.json', () => {
    expect(matchesSchema(document), JSON.stringify(matchesSchema.errors)).toBe(true);
  });
});

it('the full example uses every field of a term that the schema names', () => {
  const termFields = Object.keys((schema.$defs.term as { properties: object }).properties);
  const used = new Set(fullGlossary.terms.flatMap((term) => Object.keys(term)));
  expect(termFields.filter((field) => !used.has(field))).toEqual([]);
});
