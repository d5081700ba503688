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

/** What a `glossary-error` reports: a `GlossaryError`, or the same fields. */
export type GlossaryErrorLike = { kind: GlossaryErrorKind; message: string; status?: number | undefined };

/** Announces `glossary-error` with the error's kind and message, and its HTTP status where it has one. */
export function emitGlossaryError(target: EventTarget, { kind, message, status }: GlossaryErrorLike): void {
  emit<GlossaryErrorDetail>(target, 'glossary-error', { kind, message, ...(status !== undefined && { status }) });
}

/**
 * Whether a click on a link is a plain one the element may take over: not already handled, the
 * main button, no modifier (a reader opening the link in a new tab keeps the browser's way).
 */
export const isPlainClick = (event: MouseEvent): boolean =>
  !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

declare global {
  interface GlobalEventHandlersEventMap {
    'glossary-load': CustomEvent<GlossaryLoadDetail>;
    'glossary-error': CustomEvent<GlossaryErrorDetail>;
    'glossary-select': CustomEvent<GlossarySelectDetail>;
  }
}
