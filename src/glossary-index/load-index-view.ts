import type { IndexView } from './index-view.js';

/**
 * The index's view, on first need: bundlers split it into a chunk of its own, and the script-tag
 * bundles swap this module for one that fetches `glossary-elements.index.js` from beside them.
 */
export const loadIndexView = (): Promise<typeof IndexView> => import('./index-view.js').then((module) => module.IndexView);
