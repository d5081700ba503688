import { initialState, Task, TaskStatus } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { GlossaryError, isGlossaryError } from '../data/errors.js';
import { glossaryFromObject, loadGlossary } from '../data/load.js';
import { validateFrom } from '../data/parse.js';
import { timeoutOrDefault } from '../data/timeout.js';
import type { Glossary, GlossaryData } from '../data/types.js';
import { emitGlossaryError } from './events.js';

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

/** What a refresh ended with. */
export type RefreshOutcome = Extract<SourceState, { status: 'loaded' | 'error' }>;

/**
 * Loads the glossary an element names through `glossary`, else `src`, and keeps only the latest
 * load: changing either, or removing the element, aborts the one in flight.
 */
export class GlossarySource implements ReactiveController {
  readonly #host: GlossarySourceHost;
  readonly #active: () => boolean;
  readonly #task: Task<[string | null, GlossaryData | null, number | null, boolean], Glossary>;
  /** The next run reads the source again instead of reusing a loaded copy. */
  #reload = false;
  /** What a refresh keeps showing while it runs, and after it fails. */
  #kept: Glossary | undefined;
  /** A load was stopped because the element left the page; it starts again if the element returns. */
  #stopped = false;
  /** The refresh on its way, which later calls join. */
  #refreshing: Promise<RefreshOutcome | undefined> | undefined;
  #lastState: SourceState | undefined;
  #lastError: { cause: unknown; error: GlossaryError } | undefined;

  /** `active` says whether the element wants data at all (a term card with no `term` does not). */
  constructor(host: GlossarySourceHost, active: () => boolean = () => true) {
    this.#host = host;
    this.#active = active;
    host.addController(this);
    this.#task = new Task(host, {
      args: () => [host.src, host.glossary, host.timeout, this.#wanted()],
      task: async ([src, data, timeout, wanted], { signal }) => {
        // Removed before its first update ran (while its view's code loaded, say): load once it is back.
        if (wanted && !host.isConnected) {
          this.#stopped = true;
          return initialState;
        }
        const reload = this.#reload;
        this.#reload = false;
        if (!reload) this.#kept = undefined;
        if (!wanted) return initialState;
        try {
          const glossary = data
            ? await glossaryFromObject(data, undefined, reload)
            : await loadGlossary(src!, {
                signal,
                reload,
                timeout: timeoutOrDefault(timeout),
                root: host.getRootNode() as Document | ShadowRoot,
              });
          this.#kept = undefined; // replaced: no need to hold on to it
          return glossary;
        } catch (error) {
          // Aborted because a newer run replaced this one or the element left: nothing to report.
          if (signal.aborted) return initialState;
          throw error;
        }
      },
    });
  }

  hostConnected(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    void this.#task.run();
  }

  hostDisconnected(): void {
    // Checked a microtask later, so that moving the element elsewhere keeps its load going.
    queueMicrotask(() => {
      if (this.#host.isConnected || this.#task.status !== TaskStatus.PENDING) return;
      this.#stopped = true;
      this.#task.abort();
    });
  }

  #wanted(): boolean {
    return this.#active() && Boolean(this.#host.glossary || this.#host.src);
  }

  /**
   * The state to render now. A load about to start counts as loading, so nothing flashes first;
   * during a refresh, and after one that failed, the glossary shown before stays. The same object
   * comes back until the state changes, so an element can tell an outcome by its identity.
   */
  get state(): SourceState {
    const next = this.#currentState();
    const last = this.#lastState;
    const same =
      last?.status === next.status &&
      ('glossary' in next ? next.glossary === (last as typeof next).glossary : 'error' in next ? next.error === (last as typeof next).error : true);
    if (last && same) return last;
    return (this.#lastState = next);
  }

  #currentState(): SourceState {
    // Lit's server renderer renders once, synchronously, and runs no task: a `glossary` object is
    // validated there and then; a `src` cannot be loaded and shows the loading state.
    if (isServer) return this.#host.glossary && this.#active() ? serverState(this.#host.glossary) : this.#wanted() ? { status: 'loading' } : { status: 'idle' };
    const kept = this.#kept;
    switch (this.#task.status) {
      case TaskStatus.COMPLETE:
        return { status: 'loaded', glossary: this.#task.value! };
      case TaskStatus.ERROR:
        return kept ? { status: 'loaded', glossary: kept } : { status: 'error', error: this.#taskError() };
      case TaskStatus.PENDING:
        return kept ? { status: 'loaded', glossary: kept } : { status: 'loading' };
      default:
        return this.#wanted() ? { status: 'loading' } : { status: 'idle' };
    }
  }

  /** The task's error as a `GlossaryError`, the same object for the same failure. */
  #taskError(): GlossaryError {
    const error = this.#task.error;
    let last = this.#lastError;
    if (!last || last.cause !== error) last = this.#lastError = { cause: error, error: toGlossaryError(error) };
    return last.error;
  }

  /** Loads again (Retry). Failed loads are never cached, so this asks the network anew. */
  retry(): void {
    void this.#task.run();
  }

  /**
   * Reads the source again, bypassing the loaded copy, while the current glossary stays shown.
   * Resolves with the outcome: the new glossary, or the error. Where a failure leaves the old
   * glossary on screen, the element shows no error state, so `glossary-error` is fired here. Never
   * rejects; `undefined` when there was nothing to refresh (no source, or off the page). A refresh
   * asked for while one is on its way joins it: one request, one outcome.
   */
  refresh(): Promise<RefreshOutcome | undefined> {
    return (this.#refreshing ??= this.#refreshOnce().finally(() => (this.#refreshing = undefined)));
  }

  async #refreshOnce(): Promise<RefreshOutcome | undefined> {
    const host = this.#host;
    // Off the page, a refresh has nothing to show its outcome on (nor anyone to announce it).
    if (!this.#wanted() || !host.isConnected) return undefined;
    const shown = this.state;
    this.#kept = shown.status === 'loaded' ? shown.glossary : undefined;
    this.#reload = true;
    await this.#task.run();
    if (this.#task.status === TaskStatus.COMPLETE) return { status: 'loaded', glossary: this.#task.value! };
    if (this.#task.status !== TaskStatus.ERROR) return undefined; // replaced by a newer load
    const error = this.#taskError();
    if (this.#kept) emitGlossaryError(host, error);
    return { status: 'error', error };
  }
}

const serverStates = new WeakMap<object, SourceState>();

function serverState(data: GlossaryData): SourceState {
  let state = serverStates.get(data);
  if (!state) {
    try {
      state = { status: 'loaded', glossary: validateFrom(data, 'the glossary property') };
    } catch (error) {
      state = { status: 'error', error: toGlossaryError(error) };
    }
    serverStates.set(data, state);
  }
  return state;
}

function toGlossaryError(error: unknown): GlossaryError {
  if (isGlossaryError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new GlossaryError('network', message, { cause: error });
}
