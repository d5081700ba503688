import { isValidEmail } from '../data/email.js';
import type { SignupStrings } from './words.js';

export type SignupField = 'email' | 'category' | 'consent';

export interface EnteredFields {
  email: string;
  consent?: boolean | undefined;
  consentRequired: boolean;
}

/** What is wrong with the entered fields, in the order they appear; empty when nothing is. */
export function fieldProblems(fields: EnteredFields, strings: SignupStrings): [SignupField, string][] {
  const problems: [SignupField, string][] = [];
  if (fields.email.trim() === '') problems.push(['email', strings.emailMissing]);
  else if (!isValidEmail(fields.email)) problems.push(['email', strings.emailInvalid]);
  if (fields.consentRequired && !fields.consent) problems.push(['consent', strings.consentMissing]);
  return problems;
}
