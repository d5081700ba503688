import type { SignupView } from '../alert-signup/signup-view.js';
import { importPart } from './parts.js';

/** The signup's view from `glossary-elements.signup.js` beside the bundle. */
export const loadSignupView = (): Promise<typeof SignupView> =>
  importPart<{ SignupView: typeof SignupView }>('./glossary-elements.signup.js').then((part) => part.SignupView);
