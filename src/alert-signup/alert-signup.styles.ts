import { themeStyles } from '../internal/theme.styles.js';

/** The signup's own look comes with its view (signup-view.styles.ts). */
export const signupStyles = [themeStyles];
