/**
 * Where a key moves focus among `count` items from `at` (letters in a row, entries in a list):
 * the new index, `-1` for "before the first" (back to the search field), or `undefined` when the
 * key does not move focus. In right-to-left text the arrow keys follow the reading direction.
 */
export function letterTarget(key: string, at: number, count: number, rtl: boolean): number | undefined {
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'ArrowRight':
      return (at + (rtl ? -1 : 1) + count) % count;
    case 'ArrowLeft':
      return (at + (rtl ? 1 : -1) + count) % count;
    default:
      return undefined;
  }
}

/** Up and down through a list of entries; up from the first leaves the list (-1). */
export function entryTarget(key: string, at: number, count: number): number | undefined {
  if (key === 'ArrowDown') return Math.min(at + 1, count - 1);
  if (key === 'ArrowUp') return at - 1;
  return undefined;
}

/** What the location's hash asks the index for: a letter (`#letter-B`) or a term (`#back-end`). */
export function readHash(hash: string): { letter: string } | { termId: string } | undefined {
  let text: string;
  try {
    text = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  if (text === '') return undefined;
  return text.startsWith('letter-') ? { letter: text.slice('letter-'.length) } : { termId: text };
}
