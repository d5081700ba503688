import { loadOnce } from '../internal/load-once.js';

/** The hover card's code, once per page: a chunk of its own (inlined in the classic script). */
export const loadHoverCard = loadOnce(() => import('./hover-card.js').then((module) => module.HoverCard));
