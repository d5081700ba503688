import { loadOnce } from '../internal/load-once.js';

/** The auto-linker and the matcher, once per page: a chunk of their own (inlined in the classic script). */
export const loadAutoLinker = loadOnce(() => import('./auto-linker.js').then((module) => module.AutoLinker));
