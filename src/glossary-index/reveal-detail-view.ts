type TermView = HTMLElement & { term: string | null; updateComplete: Promise<unknown> };

/** The wait of each view's latest choice; a newer choice replaces it. */
const waits = new WeakMap<TermView, AbortController>();

/**
 * Once `view` shows `termId`: where its heading is off screen (a one-column phone layout puts the
 * view far below the index), scrolls the view into view and moves focus to its heading, as a page
 * navigation would. A view already on screen, like a desktop's sticky panel, is left as it is.
 */
export function revealWhenShown(view: TermView, termId: string): void {
  waits.get(view)?.abort();
  const wait = new AbortController();
  const { signal } = wait;
  waits.set(view, wait);
  const done = (event?: Event) => {
    if (event?.type === 'glossary-load' && (event as CustomEvent).detail.term.id !== termId) return;
    wait.abort();
    reveal(view);
  };
  if (view.term === termId) void view.updateComplete.then(() => signal.aborted || done());
  else for (const type of ['glossary-load', 'glossary-error']) view.addEventListener(type, done, { signal });
}

function reveal(view: TermView): void {
  const heading = view.shadowRoot?.querySelector<HTMLElement>('[part~="heading"]');
  const target = heading ?? view;
  if (onScreen(target)) return;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  view.scrollIntoView({ behavior: still ? 'auto' : 'smooth' });
  // Index groups rendered on the way can move the view while a smooth scroll runs: land on it again.
  if (!still) addEventListener('scrollend', () => onScreen(target) || view.scrollIntoView(), { once: true });
  heading?.setAttribute('tabindex', '-1');
  heading?.focus({ preventScroll: true });
}

function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight;
}
