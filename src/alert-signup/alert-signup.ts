import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../internal/define.js';
import { emit } from '../internal/events.js';
import { ViewHost } from '../internal/view-host.js';
import { signupStyles } from './alert-signup.styles.js';
import { loadSignupView } from './load-signup-view.js';
import type { SignupEncoding } from './signup-request.js';
import type { SignupView } from './signup-view.js';

export interface AlertSignupSubmitDetail {
  email: string;
  category?: string;
}

export interface AlertSignupSuccessDetail {
  status: 'pending' | 'subscribed';
  response: unknown;
}

export interface AlertSignupErrorDetail {
  kind: 'validation' | 'http' | 'network' | 'timeout' | 'parse';
  message: string;
  status?: number;
  field?: string;
}

/**
 * "Get weekly … by email": an email field, an optional category and consent, posted to the site's
 * endpoint. Wrapping a site's own `<form>` enhances it instead of rendering one.
 *
 * @summary An email-alert signup form that posts to your endpoint.
 * @tagname alert-signup
 *
 * @slot heading - Replaces the heading text.
 * @slot - The description under the heading; or a whole `<form>` to enhance.
 *
 * @event {CustomEvent<AlertSignupSubmitDetail>} alert-signup-submit - About to send. Cancelable: cancel to send it yourself. `detail: { email, category }`.
 * @event {CustomEvent<AlertSignupSuccessDetail>} alert-signup-success - The endpoint accepted. `detail: { status: "pending" | "subscribed", response }`.
 * @event {CustomEvent<AlertSignupErrorDetail>} alert-signup-error - Not sent or not accepted. `detail: { kind, message, status?, field? }`.
 *
 * @csspart form - The form.
 * @csspart heading - The heading.
 * @csspart input - The email field.
 * @csspart select - The category select.
 * @csspart checkbox - The consent checkbox.
 * @csspart button - The Subscribe button.
 * @csspart message - The status message (pending, success, failure).
 * @csspart field-error - A field's error text.
 *
 * @cssproperty [--glossary-font-family=inherit] - Body font. Default: the page's.
 * @cssproperty [--glossary-color-text=light-dark(#1c2024, #e8eaed)] - Text colour.
 * @cssproperty [--glossary-color-muted=light-dark(#5a6069, #a4abb6)] - The description.
 * @cssproperty [--glossary-color-accent=light-dark(#0b57d0, #8ab4f8)] - The button and focus ring.
 * @cssproperty [--glossary-color-surface=light-dark(#ffffff, #1b1e23)] - Background.
 * @cssproperty [--glossary-color-border=light-dark(#dfe3e8, #3a3f47)] - Borders.
 * @cssproperty [--glossary-color-danger=light-dark(#b3261e, #f2b8b5)] - Errors.
 * @cssproperty [--glossary-color-success=light-dark(#1e6b3a, #8fd9a8)] - Success messages.
 * @cssproperty [--glossary-color-scheme=inherit] - `light`, `dark` or `light dark`. Unset, the elements inherit the page's own `color-scheme` (light where it declares none).
 * @cssproperty [--glossary-radius=0.75rem] - Corner radius.
 * @cssproperty [--glossary-spacing=1rem] - The base spacing unit.
 */
export class AlertSignup extends ViewHost<SignupView> {
  static override styles = signupStyles;

  /** Registers this class as `tag` (default `alert-signup`); a second call is a no-op. */
  static define(tag = 'alert-signup', registry: CustomElementRegistry = customElements) {
    return defineElement(tag, this, registry);
  }

  /** The endpoint URL (required; an enhanced `<form>`'s own `action` otherwise). */
  @property() action: string | null = null;

  /** Comma-separated choices; when present, a labelled select is shown. */
  @property() categories: string | null = null;

  /** The preselected choice. */
  @property() category: string | null = null;

  /** The heading text (the `heading` slot may replace it). */
  @property() heading: string | null = null;

  /** The level (1–6) of the heading; default 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** When present, a required checkbox labelled with this text. */
  @property() consent: string | null = null;

  // The `@type` spells out `SignupEncoding` so the custom elements manifest (and IDEs) list the values.
  /**
   * `json` (default) or `form` (`application/x-www-form-urlencoded`; the default for an enhanced form).
   * @type {'json' | 'form' | null}
   */
  @property() encoding: SignupEncoding | null = null;

  /**
   * What `source` carries: by default the page's origin and path only, since a query or fragment can
   * hold a reset token or an address (`?token=…`, `#access_token=…`) that the endpoint must never
   * see; `full` sends the whole URL.
   * @type {'full' | null}
   */
  @property() source: 'full' | null = null;

  /** Milliseconds before a request fails with a `timeout` error (default 10 000). */
  @property({ type: Number }) timeout: number | null = null;

  /** The light DOM while the view loads: an enhanced form stays in place, a description shows. */
  protected override placeholder() {
    return html`<slot></slot>`;
  }

  protected override createView(): Promise<SignupView> {
    return loadSignupView().then((SignupView) => new SignupView(this));
  }

  protected override viewFailed(reason: string): void {
    emit<AlertSignupErrorDetail>(this, 'alert-signup-error', {
      kind: 'network',
      message: `The signup form could not load its code (${reason})`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alert-signup': AlertSignup;
  }
  interface GlobalEventHandlersEventMap {
    'alert-signup-submit': CustomEvent<AlertSignupSubmitDetail>;
    'alert-signup-success': CustomEvent<AlertSignupSuccessDetail>;
    'alert-signup-error': CustomEvent<AlertSignupErrorDetail>;
  }
}
