/** The contract's error kinds for loading a glossary or finding a term in it. */
export type GlossaryErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'schema' | 'not-found';

/**
 * Every failure of the data layer is one of these, so callers can switch on `kind`
 * instead of parsing messages.
 */
export class GlossaryError extends Error {
  override name = 'GlossaryError';

  constructor(
    readonly kind: GlossaryErrorKind,
    message: string,
    readonly options: { status?: number; problems?: string[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }

  /** The HTTP status, for `http` errors. */
  get status(): number | undefined {
    return this.options.status;
  }

  /** Every schema problem found, each naming its path (`terms[3].id must …`). */
  get problems(): string[] {
    return this.options.problems ?? [];
  }
}

export const isGlossaryError = (value: unknown): value is GlossaryError =>
  value instanceof GlossaryError;
