// Letters that Unicode decomposition does not fold to ASCII.
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŧ: 't',
};

/**
 * An id for a term name: ASCII-folded (`Café Working` → `cafe-working`), lower case, runs of
 * anything else as one `-`. A name with no Latin letter or digit gives `term`.
 */
export function slugOf(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/[ßæœøđðþłıħŧ]/g, (letter) => SPECIAL[letter]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'term';
}

/** Makes ids unique in the order asked: the second `net-30` becomes `net-30-2`, then `net-30-3`. */
export class UniqueIds {
  readonly #taken = new Set<string>();

  /** Marks an id as taken (an id the source gives), so that derived ids avoid it. */
  reserve(id: string): void {
    this.#taken.add(id);
  }

  /** A free id made from `name`. */
  derive(name: string): string {
    const base = slugOf(name);
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base}-${n}`;
    this.#taken.add(id);
    return id;
  }
}
