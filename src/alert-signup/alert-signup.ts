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
 * @cssproperty --glossary-font-family - Body font. Default: the page's.
 * @cssproperty --glossary-color-text - Text colour.
 * @cssproperty --glossary-color-muted - The description.
 * @cssproperty --glossary-color-accent - The button and focus ring.
 * @cssproperty --glossary-color-surface - Background.
 * @cssproperty --glossary-color-border - Borders.
 * @cssproperty --glossary-color-danger - Errors.
 * @cssproperty --glossary-color-success - Success messages.
 * @cssproperty --glossary-color-scheme - `light`, `dark` or `light dark`. Default: the page's own `color-scheme` (light where it declares none).
 * @cssproperty --glossary-radius - Corner radius.
 * @cssproperty --glossary-spacing - The base spacing unit.
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
