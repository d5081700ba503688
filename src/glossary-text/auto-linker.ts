import { lookupFor } from '../data/lookup.js';
import { matcherFor, type Mention } from '../data/matcher.js';
import { yieldToPage } from '../data/slices.js';
import type { Glossary } from '../data/types.js';
import { emit } from '../internal/events.js';
import type { GlossaryLinkedDetail, GlossaryText } from './glossary-text.js';
import { textNodesIn } from './skip-zones.js';

/** The longest a slice of linking runs before the page gets the main thread back. */
const SLICE_MS = 5;
/**
 * The most links a slice makes: each renders (and reads its glossary) in the microtasks after the
 * slice, which its clock does not see.
 */
const LINKS_PER_SLICE = 10;

/** Which mentions a pass links: none of the `excluded` terms; with `every`, not only first mentions. */
interface LinkRules {
  excluded: Set<string>;
  every: boolean;
}

/**
 * Wraps the mentions of a glossary's terms in a `<glossary-text>`'s content in `<glossary-link>`
 * elements, in slices, and again for content added later (a `MutationObserver`, which it never
 * feeds itself: it stops observing while it writes). Only text nodes are split, from the end, so
 * the node that held the text keeps its first part and every element stays as it was.
 */
export class AutoLinker {
  readonly #host: GlossaryText;
  readonly #glossary: Glossary;
  readonly #observer = new MutationObserver((records) => this.#queue(records));
  /** Terms mentioned so far (linked here, or placed by hand): with `first`, later mentions stay text. */
  readonly #mentioned = new Set<string>();
  /** What waits for a pass: the whole element at first, then what was added or changed. */
  #pending: Node[] = [];
  #running = false;
  #stopped = true;

  constructor(host: GlossaryText, glossary: Glossary) {
    this.#host = host;
    this.#glossary = glossary;
  }

  /** Starts (or starts again, once the element is back on the page): the whole content, then what changes. */
  resume(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#pending = [this.#host];
    this.#observe();
    void this.#run();
  }

  /** Stops for now: the element left the page, or a new glossary replaces this one. */
  stop(): void {
    this.#stopped = true;
    this.#observer.disconnect();
  }

  #observe(): void {
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  #queue(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') this.#pending.push(record.target);
      else this.#pending.push(...record.addedNodes);
    }
    void this.#run();
  }

  /** One pass per batch of pending content, each ending with `glossary-linked`. */
  async #run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      // The matcher is built once per glossary, in a task of its own.
      matcherFor(this.#glossary);
      await yieldToPage();
      while (this.#pending.length > 0 && !this.#stopped) {
        const roots = this.#pending.splice(0);
        const linked = new Map<string, number>();
        // The element's `exclude` and `link` as this pass begins: read once, not per text node.
        const rules: LinkRules = { excluded: new Set(this.#host.exclude.split(/\s+/).filter(Boolean)), every: this.#host.link === 'all' };
        this.#countLinksPlacedByHand(roots);
        const nodes = roots.flatMap((root) => textNodesIn(root, this.#host));
        let sliceEnd = performance.now() + SLICE_MS;
        let made = 0;
        for (const node of nodes) {
          if (performance.now() > sliceEnd || made >= LINKS_PER_SLICE) {
            await yieldToPage();
            if (this.#stopped) return;
            sliceEnd = performance.now() + SLICE_MS;
            made = 0;
          }
          if (this.#host.contains(node)) made += this.#link(node, rules, linked);
        }
        const terms = [...linked].map(([id, count]) => ({ id, count }));
        emit<GlossaryLinkedDetail>(this.#host, 'glossary-linked', { terms });
      }
    } finally {
      this.#running = false;
    }
  }

  /** A `<glossary-link>` the author placed counts as that term's first mention. */
  #countLinksPlacedByHand(roots: Node[]): void {
    const lookup = lookupFor(this.#glossary);
    for (const root of roots) {
      if (!(root instanceof Element)) continue;
      const links = root.matches('glossary-link') ? [root] : root.querySelectorAll('glossary-link');
      for (const link of links) {
        const term = lookup.find(link.getAttribute('term') ?? '');
        if (term) this.#mentioned.add(term.id);
      }
    }
  }

  /** Links the mentions in `node`; returns how many links it made. */
  #link(node: Text, { excluded, every }: LinkRules, linked: Map<string, number>): number {
    const mentions = matcherFor(this.#glossary).find(node.data);
    if (mentions.length === 0) return 0;
    // Every mention is read, linked or not, so that a term already linked (or excluded) keeps
    // the shorter names inside it from being linked instead.
    const chosen: Mention[] = [];
    for (const mention of mentions) {
      const { id } = mention.term;
      if (excluded.has(id) || (!every && this.#mentioned.has(id))) continue;
      this.#mentioned.add(id);
      chosen.push(mention);
      linked.set(id, (linked.get(id) ?? 0) + 1);
    }
    if (chosen.length === 0) return 0;
    // The page's own changes not yet delivered are kept; what this pass writes is never observed.
    this.#queue(this.#observer.takeRecords());
    this.#observer.disconnect();
    try {
      for (const { start, end, term } of chosen.reverse()) {
        node.splitText(end);
        const words = node.splitText(start);
        const link = this.#linkFor(term.id);
        words.before(link);
        link.append(words);
      }
    } finally {
      if (!this.#stopped) this.#observe();
    }
    return chosen.length;
  }

  /** A `<glossary-link>` for `id`, reading the glossary from where this element does. */
  #linkFor(id: string): HTMLElement {
    const host = this.#host;
    const link = document.createElement('glossary-link');
    link.setAttribute('term', id);
    if (host.glossary) link.glossary = host.glossary;
    else if (host.src) link.setAttribute('src', host.src);
    if (host.timeout !== null) link.setAttribute('timeout', String(host.timeout));
    return link;
  }
}
