import type { SignupView } from './signup-view.js';

/**
 * The signup's view, on first need: bundlers split it into a chunk of its own, and the script-tag
 * bundles swap this module for one that fetches `glossary-elements.signup.js` from beside them.
 */
export const loadSignupView = (): Promise<typeof SignupView> => import('./signup-view.js').then((module) => module.SignupView);
