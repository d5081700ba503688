/** Helpers for the `<alert-signup>` stories: canned endpoint answers, remembered signups, auto-submit. */

/** The prefix `<alert-signup>` keeps its remembered signups under in localStorage (one key per `action`). */
const MEMORY_PREFIX = 'glossary-elements:alert-signup:';

const resolved = (input: RequestInfo | URL) =>
  new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;

/**
 * Makes `fetch` of exactly `url` answer `status` with `body` (an object becomes JSON, a string is
 * sent as HTML) after `delayMs`, so a story can show a real response without a server. Other URLs
 * go through. Returns the undo, for a story's `beforeEach`.
 */
export function stubSignupEndpoint(
  url: string,
  { status = 200, body = {}, headers = {}, delayMs = 400 }: { status?: number; body?: unknown; headers?: Record<string, string>; delayMs?: number },
): () => void {
  const target = resolved(url);
  const original = window.fetch;
  const stubbed: typeof fetch = (input, init) => {
    if (resolved(input) !== target) return original.call(window, input, init);
    const signal = init?.signal ?? undefined;
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        const type = typeof body === 'string' ? 'text/html' : 'application/json';
        resolve(new Response(text, { status, headers: { 'Content-Type': type, ...headers } }));
      }, delayMs);
      signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
    });
  };
  window.fetch = stubbed;
  return () => {
    // Only undo our own wrapper; another story may have wrapped fetch since.
    if (window.fetch === stubbed) window.fetch = original;
  };
}

/** Forgets a remembered signup for `action` (so a story starts from the form). */
export function forgetSignup(action: string | null | undefined): void {
  if (!action) return;
  try {
    localStorage.removeItem(MEMORY_PREFIX + action);
    localStorage.removeItem(MEMORY_PREFIX + resolved(action));
  } catch {
    // No storage: nothing was remembered.
  }
}

/** Remembers a signup for `action`, as a past success would have; returns the undo. */
export function rememberSignup(action: string, status: 'pending' | 'subscribed' = 'subscribed'): () => void {
  localStorage.setItem(MEMORY_PREFIX + action, JSON.stringify({ status, at: new Date().toISOString() }));
  return () => forgetSignup(action);
}

/**
 * For a story's `play`: types `email` into the first `<alert-signup>` in `canvas` (its own field or an
 * enhanced light-DOM form's), clicks Subscribe, and waits for the answer unless `wait` is false.
 * Returns the element. Fails the story when there is no field or button to use.
 */
export async function submitSignup(canvas: HTMLElement, email: string, { wait = true } = {}): Promise<HTMLElementTagNameMap['alert-signup']> {
  const element = canvas.querySelector('alert-signup');
  if (!element) throw new Error('No <alert-signup> in the story');
  await element.updateComplete;
  const root: ParentNode = element.querySelector(':scope > form') ? element : element.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('input[name="email"]');
  const button = root.querySelector<HTMLButtonElement>('button[type="submit"], form button:not([type])');
  if (!input || !button) throw new Error('<alert-signup> shows no email field or Subscribe button');
  input.value = email;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const answered = new Promise<void>((resolve) => {
    const done = () => resolve();
    element.addEventListener('alert-signup-success', done, { once: true });
    element.addEventListener('alert-signup-error', done, { once: true });
  });
  button.click();
  if (wait) await answered;
  await element.updateComplete;
  return element;
}
