import type { AlertSignup } from './alert-signup.js';

const warned = new WeakSet<AlertSignup>();

/** Tells the site owner, once per element, why it shows no form. */
export function warnNoEndpoint(host: AlertSignup): void {
  if (warned.has(host)) return;
  warned.add(host);
  console.warn('<alert-signup> has no `action`: it shows only its own content.', host);
}
