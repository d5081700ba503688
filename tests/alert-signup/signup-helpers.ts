import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AlertSignup, AlertSignupErrorDetail, AlertSignupSubmitDetail, AlertSignupSuccessDetail } from '../../src/index.js';
import { cleanup, mount } from '../support/harness.js';

export type { AlertSignup };

/** Where the two signup servers started by web-test-runner listen (see tests/support/signup-servers.mjs). */
export interface Origins {
  /** The stand-in with canned answers and GET /last. */
  endpoints: string;
  /** The real reference back-end (server/), on another origin, CORS-allowed for this page. */
  backend: string;
}

let origins: Origins | undefined;
export async function signupOrigins(): Promise<Origins> {
  origins ??= (await (await fetch('/test-api/origins')).json()) as Origins;
  return origins;
}

/** The stand-in's URL for one of its routes, e.g. `await endpoint('/pending')`. */
export const endpoint = async (route: string) => `${(await signupOrigins()).endpoints}${route}`;

/** The real back-end's subscribe URL. */
export const backendSubscribe = async () => `${(await signupOrigins()).backend}/api/subscribe`;

export interface LastPost {
  count: number;
  path?: string;
  contentType?: string;
  accept?: string;
  body?: string;
}

/** What the stand-in received last, and how many POSTs it has seen in all. */
export async function lastPost(): Promise<LastPost> {
  return (await (await fetch(await endpoint('/last'))).json()) as LastPost;
}

export interface MountedSignup {
  element: AlertSignup;
  submits: CustomEvent<AlertSignupSubmitDetail>[];
  successes: CustomEvent<AlertSignupSuccessDetail>[];
  errors: CustomEvent<AlertSignupErrorDetail>[];
}

/** Mounts `<alert-signup>` (via the shared harness) and records its events from the start. */
export async function mountSignup(attributes: Record<string, string>, children = ''): Promise<MountedSignup> {
  const { element } = mount<AlertSignup>('alert-signup', { attributes, children });
  const mounted: MountedSignup = { element, submits: [], successes: [], errors: [] };
  element.addEventListener('alert-signup-submit', (event) => mounted.submits.push(event));
  element.addEventListener('alert-signup-success', (event) => mounted.successes.push(event));
  element.addEventListener('alert-signup-error', (event) => mounted.errors.push(event));
  await element.updateComplete;
  return mounted;
}

const MEMORY_PREFIX = 'glossary-elements:alert-signup:';

/** Forgets every remembered signup. */
export function forgetSignups(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(MEMORY_PREFIX)) localStorage.removeItem(key);
}

export const rememberedFor = (action: string) => localStorage.getItem(MEMORY_PREFIX + action);

/** The afterEach for every signup test: page and memory back to empty. */
export function resetSignups(): void {
  cleanup();
  forgetSignups();
}

export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export const shadow = <T extends Element = HTMLElement>(element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);

export const emailInput = (element: HTMLElement) => shadow<HTMLInputElement>(element, '#email')!;
export const honeypotInput = (element: HTMLElement) => shadow<HTMLInputElement>(element, '#website')!;
export const submitButton = (element: HTMLElement) => shadow<HTMLButtonElement>(element, 'button[type="submit"]')!;
export const messageOf = (element: HTMLElement) => shadow(element, '[part~="message"]')!;
export const messageText = (element: HTMLElement) => clean(messageOf(element)?.textContent);
export const fieldErrorText = (element: HTMLElement, field: string) => clean(shadow(element, `#${field}-error`)?.textContent);

/** Whether the element's shadow root has `node` focused (compared by identity). */
export const focusIsOn = (element: HTMLElement, node: Element | null) =>
  node !== null && element.shadowRoot!.activeElement === node;

/** Types into a field as a reader would: focus it, then real key presses. */
export async function typeInto(field: HTMLElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
}

export const typeEmail = (element: HTMLElement, text: string) => typeInto(emailInput(element), text);

/** Clicks Subscribe and waits for the render that follows. */
export async function clickSubscribe(element: AlertSignup): Promise<void> {
  submitButton(element).click();
  await element.updateComplete;
}

/** Waits until the element has answered `n` submits in all (success or error). */
export async function settled(mounted: MountedSignup, n = 1, timeout = 5000): Promise<void> {
  await waitUntil(
    () => mounted.successes.length + mounted.errors.length >= n,
    'the signup neither succeeded nor failed',
    { timeout },
  );
  await mounted.element.updateComplete;
}

/** An address no other test (or earlier run against the same back-end) has used. */
export const freshAddress = (tag = 'reader') =>
  `${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;

/** Mounts, types an address, clicks Subscribe and waits for the answer. */
export async function signUp(attributes: Record<string, string>, email = 'reader@example.com'): Promise<MountedSignup> {
  const mounted = await mountSignup(attributes);
  await typeEmail(mounted.element, email);
  await clickSubscribe(mounted.element);
  await settled(mounted);
  return mounted;
}


/** What `source` carries by default: the page's URL without its query and fragment. */
export const pageWithoutQuery = () => location.href.split(/[?#]/)[0]!;
