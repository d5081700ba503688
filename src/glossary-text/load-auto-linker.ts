import type { AutoLinker } from './auto-linker.js';

let loading: Promise<typeof AutoLinker> | undefined;

/** The auto-linker and the matcher, once per page: a chunk of their own (inlined in the classic script). */
export const loadAutoLinker = (): Promise<typeof AutoLinker> =>
  (loading ??= import('./auto-linker.js').then(
    (module) => module.AutoLinker,
    (error: unknown) => {
      loading = undefined; // the next element asks again
      throw error;
    },
  ));
