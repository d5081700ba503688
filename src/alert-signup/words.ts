import { Words } from '../internal/words.js';
import { minutes } from './minutes.js';
import type { FailureReason } from './signup-request.js';

/** The words `<alert-signup>` shows, in one language. */
export interface SignupStrings {
  heading: string;
  email: string;
  category: string;
  subscribe: string;
  subscribing: string;
  emailMissing: string;
  emailInvalid: string;
  consentMissing: string;
  pending: string;
  subscribed: string;
  remembered: string;
  anotherAddress: string;
  failure: (reason: FailureReason, detail: { status?: number; retryAfterSeconds?: number }) => string;
}

const en: SignupStrings = {
  heading: 'Get new articles by email',
  email: 'Email address',
  category: 'Category',
  subscribe: 'Subscribe',
  subscribing: 'Subscribing…',
  emailMissing: 'Enter your email address.',
  emailInvalid: 'Enter a valid email address, like name@example.com.',
  consentMissing: 'Tick the box to agree before subscribing.',
  pending: 'Almost done: check your inbox and confirm your address.',
  subscribed: 'You’re subscribed. Thank you!',
  remembered: 'You’re subscribed to these emails on this device.',
  anotherAddress: 'Subscribe another address',
  failure: (reason, { retryAfterSeconds }) =>
    ({
      refused: 'The subscription was not accepted. Please check your details.',
      'rate-limited':
        retryAfterSeconds === undefined
          ? 'Too many attempts. Please wait a moment and try again.'
          : `Too many attempts. Please wait ${minutes(retryAfterSeconds) === 1 ? 'a minute' : `${minutes(retryAfterSeconds)} minutes`} and try again.`,
      unavailable: 'The service is unavailable right now. Your details are kept: please try again.',
      'not-json': 'The service sent a reply we could not read. Please try again later.',
      unreachable: 'Could not reach the service. Check your connection and try again.',
      slow: 'The service took too long to answer. Please try again.',
    })[reason],
};

/** `<alert-signup>`'s words; ./translations.ts has the same languages. */
export const signupWords = new Words<SignupStrings>(en, new Set(['de', 'fr']), () =>
  import('./translations.js').then((module) => module.translations),
);

export const signupStringsFor = (language: string | undefined): SignupStrings => signupWords.in(language);
