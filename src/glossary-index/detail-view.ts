import type { GlossaryData, Term } from '../data/types.js';

type DetailView = HTMLElement & { term: string | null; src: string | null; glossary: GlossaryData | null };

/**
 * Shows `term` in the `<glossary-term>` whose id is `forId`, in the same tree as `index` (else the
 * document). A detail view without data of its own shares the index's. False when there is none.
 */
export function showInDetailView(
  index: HTMLElement,
  forId: string | null,
  term: Term,
  data: { glossary: GlossaryData | null; src: string | null },
): boolean {
  if (!forId) return false;
  const root = index.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById?.(forId) ?? document.getElementById(forId);
  if (target?.localName !== 'glossary-term') return false;
  const view = target as DetailView;
  if (!view.glossary && !view.src) {
    if (data.glossary) view.glossary = data.glossary;
    else view.src = data.src;
  }
  view.term = term.id;
  return true;
}
