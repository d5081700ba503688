import { primaryLanguage } from '../data/language.js';

/**
 * One element's UI words: English built in, every other language it has in a chunk of the
 * element's own, loaded on first need, so a page in English never downloads them.
 */
export class Words<W> {
  readonly #english: W;
  readonly #load: () => Promise<Record<string, W>>;
  #translations: Record<string, W> | undefined;
  #arriving: Promise<void> | undefined;

  /**
   * @param languages The primary languages `load` has words for (a test keeps the two equal), so
   *   that no page waits for words that do not exist.
   */
  constructor(english: W, readonly languages: ReadonlySet<string>, load: () => Promise<Record<string, W>>) {
    this.#english = english;
    this.#load = load;
  }

  #translated(language: string | undefined): string | undefined {
    const primary = primaryLanguage(language ?? 'en');
    return this.languages.has(primary) ? primary : undefined;
  }

  /**
   * Resolves once the words for `language` are here; `undefined` when nothing has to load (English,
   * a language without words, or words already loaded). It never rejects: English stands in.
   */
  pending(language: string | undefined): Promise<void> | undefined {
    if (this.#translations || !this.#translated(language)) return undefined;
    return (this.#arriving ??= this.#load().then(
      (loaded) => {
        this.#translations = loaded;
      },
      (error: unknown) => console.warn(`glossary-elements: showing English, the other languages did not load (${error})`),
    ));
  }

  /** The words in `language`, or English where there are none (or none yet). */
  in(language: string | undefined): W {
    const translated = this.#translated(language);
    return (translated && this.#translations?.[translated]) || this.#english;
  }
}

/**
 * Runs an element's `update` now, or once the words it waits for have loaded, so that a page in
 * French never shows English first. Meant for Lit's `scheduleUpdate`.
 */
export function afterWords(
  pending: (Promise<void> | undefined)[],
  update: () => void | Promise<unknown>,
): void | Promise<unknown> {
  const waiting = pending.find(Boolean);
  return waiting ? waiting.then(update) : update();
}
