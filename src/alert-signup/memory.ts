const PREFIX = 'glossary-elements:alert-signup:';

export interface RememberedSignup {
  status: 'pending' | 'subscribed';
  /** When, as an ISO date; the address itself is never stored. */
  at: string;
}

/**
 * Remembers a successful signup per endpoint, so a returning reader sees "subscribed" instead of
 * the form. Storage can be unavailable (private windows, sandboxed frames): then nothing is kept.
 */
export function remember(action: string, status: RememberedSignup['status']): void {
  try {
    localStorage.setItem(PREFIX + action, JSON.stringify({ status, at: new Date().toISOString() }));
  } catch {
    // Not remembering is the only consequence.
  }
}

export function recall(action: string): RememberedSignup | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(PREFIX + action) ?? 'null') as Partial<RememberedSignup> | null;
    return value && (value.status === 'pending' || value.status === 'subscribed') && typeof value.at === 'string'
      ? { status: value.status, at: value.at }
      : undefined;
  } catch {
    return undefined;
  }
}
