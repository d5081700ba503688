import type { IndexView } from '../glossary-index/index-view.js';
import { importPart } from './parts.js';

/** The index's view from `glossary-elements.index.js` beside the bundle. */
export const loadIndexView = (): Promise<typeof IndexView> =>
  importPart<{ IndexView: typeof IndexView }>('./glossary-elements.index.js').then((part) => part.IndexView);
