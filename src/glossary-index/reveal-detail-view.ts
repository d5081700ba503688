/**
 * Once `view` shows `termId`: where its heading is off screen (a one-column phone layout puts the
 * view far below the index), moves focus to the heading, which brings it into view, as a page
 * navigation would. A view already on screen, like a desktop's sticky panel, is left as it is.
 * Focus scrolls with an instant jump: no motion for anyone (reduced motion is respected by
 * construction), and no smooth scroll for index groups rendered on the way to cut short.
 */
export function revealWhenShown(view: HTMLElement & { term: string | null }, termId: string): void {
  const reveal = () => {
    const heading = view.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]');
    const box = heading?.getBoundingClientRect();
    if (!box || (box.top >= 0 && box.bottom <= innerHeight)) return;
    heading!.tabIndex = -1;
    heading!.focus();
  };
  // The term is set right after this, so the view's next load is its. (Quick choices may each
  // reveal that one: a second reveal finds the heading on screen and does nothing.)
  if (view.term === termId) reveal();
  else view.addEventListener('glossary-load', reveal, { once: true });
}
