import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { GlossaryError, isGlossaryError } from '../data/errors.js';
import { glossaryFromObject, loadGlossary } from '../data/load.js';
import type { Glossary, GlossaryData } from '../data/types.js';

/** What an element that shows a glossary exposes to its source. */
export interface GlossarySourceHost extends ReactiveControllerHost, HTMLElement {
  src: string | null;
  glossary: GlossaryData | null;
  timeout: number | null;
}

export type SourceState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; glossary: Glossary }
  | { status: 'error'; error: GlossaryError };

/**
 * Loads the glossary an element names through `glossary`, else `src`, and keeps only the latest
 * load: changing either, or removing the element, aborts the one in flight.
 */
export class GlossarySource {
  readonly #host: GlossarySourceHost;
  readonly #active: () => boolean;
  readonly #task: Task<[string | null, GlossaryData | null, number | null, boolean], Glossary>;

  /** `active` says whether the element wants data at all (a term card with no `term` does not). */
  constructor(host: GlossarySourceHost, active: () => boolean = () => true) {
    this.#host = host;
    this.#active = active;
    this.#task = new Task(host, {
      args: () => [host.src, host.glossary, host.timeout, this.#wanted()],
      task: async ([src, data, timeout, wanted], { signal }) => {
        if (!wanted) return initialState;
        if (data) return glossaryFromObject(data);
        return loadGlossary(src!, {
          signal,
          ...(timeout !== null && timeout >= 0 && { timeout }),
          root: host.getRootNode() as Document | ShadowRoot,
        });
      },
    });
  }

  #wanted(): boolean {
    return this.#active() && Boolean(this.#host.glossary || this.#host.src);
  }

  /** The state to render now. A load about to start counts as loading, so nothing flashes first. */
  get state(): SourceState {
    switch (this.#task.status) {
      case TaskStatus.COMPLETE:
        return { status: 'loaded', glossary: this.#task.value! };
      case TaskStatus.ERROR:
        return { status: 'error', error: toGlossaryError(this.#task.error) };
      case TaskStatus.PENDING:
        return { status: 'loading' };
      default:
        return this.#wanted() ? { status: 'loading' } : { status: 'idle' };
    }
  }

  /** Loads again (Retry). Failed loads are never cached, so this asks the network anew. */
  retry(): void {
    void this.#task.run();
  }
}

function toGlossaryError(error: unknown): GlossaryError {
  if (isGlossaryError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new GlossaryError('network', message, { cause: error });
}
