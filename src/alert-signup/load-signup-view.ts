import type { SignupView } from './signup-view.js';

/** The signup's view, on first need: a chunk of its own (inlined in the classic script). */
export const loadSignupView = (): Promise<typeof SignupView> => import('./signup-view.js').then((module) => module.SignupView);
