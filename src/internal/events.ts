import type { GlossaryErrorKind } from '../data/errors.js';
import type { Glossary, Term } from '../data/types.js';

export interface GlossaryLoadDetail {
  glossary: Glossary;
  /** The term shown, for `<glossary-term>`. */
  term?: Term;
}

export interface GlossaryErrorDetail {
  kind: GlossaryErrorKind;
  message: string;
  /** The HTTP status, for `http` errors. */
  status?: number;
}

export interface GlossarySelectDetail {
  term: Term;
}

/** Dispatches a bubbling, composed event; returns false when a listener cancelled it. */
export function emit<T>(target: EventTarget, type: string, detail: T, { cancelable = false } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'glossary-load': CustomEvent<GlossaryLoadDetail>;
    'glossary-error': CustomEvent<GlossaryErrorDetail>;
    'glossary-select': CustomEvent<GlossarySelectDetail>;
  }
}
