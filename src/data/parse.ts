import { GlossaryError, isGlossaryError } from './errors.js';
import type { Glossary } from './types.js';
import { validateGlossary, type ValidateOptions } from './validate.js';

/**
 * Parses and validates a glossary document's text. `source` names where it came from
 * (a URL, `#inline-id`) so that every message says which glossary is at fault.
 */
export function parseGlossaryText(text: string, source: string, options: ValidateOptions = {}): Glossary {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GlossaryError('parse', `${source} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return validateFrom(json, source, options);
}

/** Validates an already parsed document, prefixing schema messages with its source. */
export function validateFrom(json: unknown, source: string, options: ValidateOptions = {}): Glossary {
  try {
    return validateGlossary(json, options);
  } catch (error) {
    if (isGlossaryError(error) && error.kind === 'schema') {
      throw new GlossaryError('schema', `${source}: ${error.message}`, { problems: error.problems });
    }
    throw error;
  }
}
