import type { GlossaryData, Term } from '../data/types.js';
import { revealWhenShown } from './reveal-detail-view.js';

type DetailView = HTMLElement & { term: string | null; src: string | null; glossary: GlossaryData | null };

/** The term each detail view showed before an index first chose one, to return to on "back". */
const originalTerms = new WeakMap<DetailView, string | null>();

function detailView(index: HTMLElement, forId: string | null): DetailView | undefined {
  if (!forId) return undefined;
  const root = index.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById?.(forId) ?? document.getElementById(forId);
  return target?.localName === 'glossary-term' ? (target as DetailView) : undefined;
}

/**
 * Shows `term` in the `<glossary-term>` whose id is `forId`, in the same tree as `index` (else the
 * document), and brings it into view where it is off screen (one-column layouts). A detail view
 * without data of its own shares the index's. False when there is none.
 */
export function showInDetailView(
  index: HTMLElement,
  forId: string | null,
  term: Term,
  data: { glossary: GlossaryData | null; src: string | null },
): boolean {
  const view = detailView(index, forId);
  if (!view) return false;
  if (!originalTerms.has(view)) originalTerms.set(view, view.term);
  if (!view.glossary && !view.src) {
    if (data.glossary) view.glossary = data.glossary;
    else view.src = data.src;
  }
  revealWhenShown(view, term.id);
  view.term = term.id;
  return true;
}

/** Puts back the term the detail view showed before the index chose one. */
export function restoreDetailView(index: HTMLElement, forId: string | null): void {
  const view = detailView(index, forId);
  if (view && originalTerms.has(view)) view.term = originalTerms.get(view)!;
}
