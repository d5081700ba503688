import { describe, expect, it } from 'vitest';
import { parseGlossaryText, validateFrom } from '../../src/data/parse.js';
import { glossaryErrorOf, validTerm, withTerms } from './fixtures.js';

const SOURCE = 'https://x/g.json';

describe('parseGlossaryText', () => {
  it('parses and validates a document', () => {
    const text = JSON.stringify(withTerms(validTerm()));

    const glossary = parseGlossaryText(text, SOURCE, { baseUrl: SOURCE });

    expect(glossary.terms.map((term) => term.id)).toEqual(['invoice']);
    expect(glossary.baseUrl).toBe(SOURCE);
  });

  it('reports text that is not JSON as a parse error naming the source', () => {
    const error = glossaryErrorOf(() => parseGlossaryText('{"title": ', SOURCE));

    expect(error.kind).toBe('parse');
    expect(error.message.startsWith(`${SOURCE} is not valid JSON: `)).toBe(true);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('reports an empty body as a parse error', () => {
    expect(glossaryErrorOf(() => parseGlossaryText('', '#inline')).kind).toBe('parse');
  });

  it('prefixes schema messages with the source and keeps the problems', () => {
    const text = JSON.stringify(withTerms(validTerm({ id: undefined })));

    const error = glossaryErrorOf(() => parseGlossaryText(text, SOURCE));

    expect(error.kind).toBe('schema');
    expect(error.message).toBe(`${SOURCE}: terms[0].id must be a non-empty string, got nothing`);
    expect(error.problems).toEqual(['terms[0].id must be a non-empty string, got nothing']);
  });
});

describe('validateFrom', () => {
  it('prefixes schema messages with the source', () => {
    const error = glossaryErrorOf(() => validateFrom({ terms: [] }, '#inline-glossary'));

    expect(error.kind).toBe('schema');
    expect(error.message).toBe('#inline-glossary: title must be a non-empty string, got nothing');
  });

  it('passes the options on to validation', () => {
    const warnings: string[] = [];
    const input = withTerms(validTerm({ seeAlso: ['ghost'] }));

    const glossary = validateFrom(input, SOURCE, { baseUrl: SOURCE, warn: (message) => warnings.push(message) });

    expect(glossary.baseUrl).toBe(SOURCE);
    expect(warnings).toEqual(['glossary-elements: terms[0].seeAlso names "ghost", which matches no term; it is dropped']);
  });
});
