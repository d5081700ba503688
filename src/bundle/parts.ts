import { initialState, Task } from '@lit/task';
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { wordsIn } from '../internal/words.js';
import { importBesideBundle } from './bundle-url.js';

/**
 * What the bundle lends the parts it loads: its own Lit, so that a page runs one copy (a second
 * would also ask Trusted Types for a second `lit-html` policy), and the words it has loaded.
 */
const lent = { html, nothing, guard, ifDefined, initialState, Task, wordsIn };
export type Lent = typeof lent;

/** Imports a part built beside the bundle (vite.config.ts) and lends it what it borrows. */
export async function importPart<T>(file: string): Promise<T> {
  const part = await importBesideBundle<T & { borrow(lent: Lent): void }>(file);
  part.borrow(lent);
  return part;
}
