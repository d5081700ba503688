export interface ValidSubmission {
  /** Trimmed and lower-case. */
  email: string;
  /** The configured spelling, or '' when none was chosen. */
  category: string;
  consent: boolean;
  source: string;
}

export type Validation =
  | { ok: true; value: ValidSubmission }
  | { ok: false; field: 'email' | 'category' | 'consent'; message: string };

export declare const MESSAGES: {
  readonly emailMissing: string;
  readonly emailInvalid: string;
  readonly consentMissing: string;
  readonly categoryUnknown: (categories: string[]) => string;
};

export declare function validateSubmission(
  fields: Record<string, unknown>,
  rules: { categories: string[]; requireConsent: boolean },
): Validation;

export declare function isHoneypotFilled(fields: Record<string, unknown>): boolean;
