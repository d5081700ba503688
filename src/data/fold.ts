/**
 * Folds text for matching: compatibility-normalised, accents dropped, lower-cased.
 * "Résumé" and "RESUME" fold alike; so do "ﬁle" and "file".
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();
}

/** Folds and drops everything but letters and digits, so "Back-End", "back end" and "backend" meet. */
export function compact(text: string): string {
  return compactFolded(fold(text));
}

/** `compact` of text already folded. */
export function compactFolded(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, '');
}
