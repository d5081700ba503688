import type { IndexView } from './index-view.js';

/** The index's view, on first need: a chunk of its own (inlined in the classic script). */
export const loadIndexView = (): Promise<typeof IndexView> => import('./index-view.js').then((module) => module.IndexView);
