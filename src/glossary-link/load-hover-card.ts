import type { HoverCard } from './hover-card.js';

let loading: Promise<typeof HoverCard> | undefined;

/** The hover card's code, once per page: a chunk of its own (inlined in the classic script). */
export const loadHoverCard = (): Promise<typeof HoverCard> =>
  (loading ??= import('./hover-card.js').then(
    (module) => module.HoverCard,
    (error: unknown) => {
      loading = undefined; // the next link asks again
      throw error;
    },
  ));
