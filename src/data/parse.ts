import { GlossaryError, isGlossaryError } from './errors.js';
import { LIMITS } from './limits.js';
import { nestsDeeperThan } from './nesting.js';
import type { Glossary } from './types.js';
import { validateGlossary, validateGlossaryInSlices, type ValidateOptions } from './validate.js';

/**
 * Parses and validates a glossary document's text. `source` names where it came from
 * (a URL, `#inline-id`) so that every message says which glossary is at fault.
 */
export function parseGlossaryText(text: string, source: string, options: ValidateOptions = {}): Glossary {
  return validateFrom(parseJson(text, source), source, options);
}

/**
 * `parseGlossaryText`, validating in slices: for the elements, where a big document must not
 * block. (JSON.parse is one task: the size limit keeps it short.)
 */
export async function parseGlossaryTextInSlices(text: string, source: string, options: ValidateOptions = {}): Promise<Glossary> {
  return validateFromInSlices(parseJson(text, source), source, options);
}

/** Refuses a document over the size limit before anything reads it: `size` in bytes, or characters. */
export function checkSize(size: number, source: string): void {
  if (size > LIMITS.documentBytes) {
    throw new GlossaryError('parse', `${source} is larger than the ${LIMITS.documentBytes / 1024 / 1024} MB a glossary may be (${size} bytes)`);
  }
}

/** Refuses what is too large or too deep to parse quickly, then parses. */
function parseJson(text: string, source: string): unknown {
  checkSize(text.length, source);
  if (nestsDeeperThan(text, LIMITS.nesting)) {
    throw new GlossaryError('parse', `${source} nests arrays and objects more than ${LIMITS.nesting} levels deep`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GlossaryError('parse', `${source} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** Validates an already parsed document, prefixing schema messages with its source. */
export function validateFrom(json: unknown, source: string, options: ValidateOptions = {}): Glossary {
  try {
    return validateGlossary(json, options);
  } catch (error) {
    throw withSource(error, source);
  }
}

/** `validateFrom` in slices. */
export async function validateFromInSlices(json: unknown, source: string, options: ValidateOptions = {}): Promise<Glossary> {
  try {
    return await validateGlossaryInSlices(json, options);
  } catch (error) {
    throw withSource(error, source);
  }
}

function withSource(error: unknown, source: string): unknown {
  return isGlossaryError(error) && error.kind === 'schema'
    ? new GlossaryError('schema', `${source}: ${error.message}`, { problems: error.problems })
    : error;
}
