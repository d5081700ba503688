import type { Lent } from './parts.js';

// In the build of a part (vite.config.ts), `lit`, its directives, `@lit/task` and the words module
// resolve to this module: the part renders with the Lit of the bundle that loaded it. These are live
// bindings, set by `borrow` before anything in the part runs.
export let html: Lent['html'];
export let nothing: Lent['nothing'];
export let guard: Lent['guard'];
export let ifDefined: Lent['ifDefined'];
export let initialState: Lent['initialState'];
export let Task: Lent['Task'];
export let wordsIn: Lent['wordsIn'];

/** Called by the bundle as it loads the part. */
export function borrow(lent: Lent): void {
  ({ html, nothing, guard, ifDefined, initialState, Task, wordsIn } = lent);
}
