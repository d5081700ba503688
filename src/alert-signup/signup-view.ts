import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { timeoutOrDefault } from '../data/timeout.js';
import { emit } from '../internal/events.js';
import { heading } from '../internal/heading.js';
import { pageLanguage } from '../internal/language.js';
import { signupStringsFor, signupWords, type SignupStrings } from './words.js';
import type { ElementView } from '../internal/view-host.js';
import type { AlertSignup, AlertSignupErrorDetail, AlertSignupSubmitDetail, AlertSignupSuccessDetail } from './alert-signup.js';
import { LightForm } from './light-form.js';
import { recall, remember } from './memory.js';
import { interpretResponse, signupRequestInit, type SignupOutcome } from './signup-request.js';
import { signupViewStyles } from './signup-view.styles.js';
import { fieldProblems, type SignupField } from './validate-fields.js';

type Phase =
  | { name: 'idle' }
  | { name: 'pending' }
  | { name: 'done'; status: 'pending' | 'subscribed' }
  | { name: 'remembered' }
  | { name: 'failed'; message: string };

/**
 * What only pages with an `<alert-signup>` need: the form (or the enhanced light-DOM form), its
 * checks, the request and what the reader sees of its outcome. Loaded by the element on first need.
 */
export class SignupView implements ElementView {
  readonly styles = signupViewStyles;
  readonly #host: AlertSignup;
  #phase: Phase = { name: 'idle' };
  #fieldErrors: Partial<Record<SignupField, string>> = {};
  #lightForm: LightForm | undefined;
  #focusAfterUpdate: 'message' | SignupField | undefined;
  /** Aborts the request on its way when the element leaves the page. */
  #removed: AbortController | undefined;

  constructor(host: AlertSignup) {
    this.#host = host;
  }

  hostConnected(): void {
    const form = this.#host.querySelector<HTMLFormElement>(':scope > form');
    if (form && this.#lightForm?.form !== form) {
      this.#lightForm = new LightForm(form);
      form.addEventListener('submit', this.#onSubmit);
    }
    const endpoint = this.#endpoint();
    // Once per connection, for the site owner: without an endpoint render() shows only the light DOM.
    if (!endpoint) console.warn('alert-signup needs an action', this.#host);
    const remembered = endpoint && this.#phase.name === 'idle' ? recall(endpoint) : undefined;
    // A signup still waiting for its confirmation reads as pending after a reload too.
    if (remembered) this.#phase = remembered.status === 'pending' ? { name: 'done', status: 'pending' } : { name: 'remembered' };
  }

  hostDisconnected(): void {
    this.#lightForm?.form.removeEventListener('submit', this.#onSubmit);
    this.#lightForm = undefined;
    // A request no one is left to read: the element is gone.
    this.#removed?.abort();
  }

  wordsPending() {
    return [signupWords.pending(pageLanguage(this.#host))];
  }

  #endpoint(): string {
    return this.#host.action ?? this.#lightForm?.action ?? '';
  }

  get #strings(): SignupStrings {
    return signupStringsFor(pageLanguage(this.#host));
  }

  get #choices(): string[] {
    return (this.#host.categories ?? '').split(',').map((choice) => choice.trim()).filter(Boolean);
  }

  render() {
    // Without an endpoint a form could only fail: the light DOM stands alone (hostConnected warns).
    if (!this.#endpoint()) return html`<slot></slot>`;
    const strings = this.#strings;
    if (this.#lightForm) return html`<slot></slot>${this.#renderMessage(strings)}`;
    const phase = this.#phase;
    if (phase.name === 'remembered' || phase.name === 'done') {
      const text = phase.name === 'remembered' ? strings.remembered : phase.status === 'pending' ? strings.pending : strings.subscribed;
      return html`<div part="form" class="form done">
        ${this.#renderHeading(strings)}
        <p part="message" class="message success" role="status" tabindex="-1">${text}</p>
        <button part="button" class="secondary" @click=${this.#subscribeAnother}>${strings.anotherAddress}</button>
      </div>`;
    }
    const pending = phase.name === 'pending';
    const choices = this.#choices;
    return html`<form part="form" class="form" novalidate aria-busy=${pending ? 'true' : 'false'} @submit=${this.#onSubmit}>
      ${this.#renderHeading(strings)}
      <div class="description"><slot></slot></div>
      <div class="fields">
        <div class="field email">
          <label for="email">${strings.email}</label>
          <input
            part="input"
            id="email"
            name="email"
            type="email"
            inputmode="email"
            autocomplete="email"
            required
            aria-invalid=${this.#fieldErrors.email ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.#fieldErrors.email ? 'email-error' : undefined)}
          />
          ${this.#renderFieldError('email')}
        </div>
        ${choices.length > 0
          ? html`<div class="field">
              <label for="category">${strings.category}</label>
              <select
                part="select"
                id="category"
                name="category"
                aria-invalid=${this.#fieldErrors.category ? 'true' : 'false'}
                aria-describedby=${ifDefined(this.#fieldErrors.category ? 'category-error' : undefined)}
              >
                ${choices.map((choice) => html`<option ?selected=${choice === this.#host.category}>${choice}</option>`)}
              </select>
              ${this.#renderFieldError('category')}
            </div>`
          : nothing}
      </div>
      ${this.#host.consent !== null
        ? html`<div class="field consent">
            <input
              part="checkbox"
              id="consent"
              name="consent"
              type="checkbox"
              required
              aria-invalid=${this.#fieldErrors.consent ? 'true' : 'false'}
              aria-describedby=${ifDefined(this.#fieldErrors.consent ? 'consent-error' : undefined)}
            />
            <label for="consent">${this.#host.consent}</label>
            ${this.#renderFieldError('consent')}
          </div>`
        : nothing}
      <div class="actions">
        <button part="button" type="submit" ?disabled=${pending}>${pending ? strings.subscribing : strings.subscribe}</button>
      </div>
      <!-- Out of sight and out of reach for people; bots that fill every field still find it. -->
      <div class="honeypot visually-hidden" aria-hidden="true">
        <label for="website">Website</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      ${this.#renderMessage(strings)}
    </form>`;
  }

  #renderHeading(strings: SignupStrings) {
    return html`<div class="heading-row">
      <slot name="heading">${heading(this.#host.headingLevel, this.#host.heading ?? strings.heading, { part: 'heading', className: 'heading' })}</slot>
    </div>`;
  }

  #renderFieldError(field: SignupField) {
    const message = this.#fieldErrors[field];
    return message ? html`<p part="field-error" class="field-error" id="${field}-error">${message}</p>` : nothing;
  }

  /** One polite live region for pending, success and failure; it is also where focus lands on success. */
  #renderMessage(strings: SignupStrings) {
    const phase = this.#phase;
    const text =
      phase.name === 'pending' ? strings.subscribing
      : phase.name === 'done' ? (phase.status === 'pending' ? strings.pending : strings.subscribed)
      : phase.name === 'remembered' ? strings.remembered
      : phase.name === 'failed' ? phase.message
      : '';
    const tone = phase.name === 'done' || phase.name === 'remembered' ? 'success' : phase.name === 'failed' ? 'error' : '';
    return html`<p part="message" class="message ${tone}" role="status" tabindex="-1">${text}</p>`;
  }

  updated(): void {
    if (this.#lightForm) {
      for (const field of ['email', 'category', 'consent'] as const) this.#lightForm.setError(field, this.#fieldErrors[field]);
      this.#lightForm.setPending(this.#phase.name === 'pending');
    }
    const target = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    if (target === 'message') this.#host.renderRoot.querySelector<HTMLElement>('[part~="message"]')?.focus();
    else if (target) (this.#lightForm?.field(target) ?? this.#host.renderRoot.querySelector<HTMLElement>(`#${target}`))?.focus();
  }

  #read() {
    if (this.#lightForm) return { ...this.#lightForm.read(), consentRequired: this.#lightForm.consentRequired };
    const root = this.#host.renderRoot;
    const value = (id: string) => root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? '';
    const consent = root.querySelector<HTMLInputElement>('#consent');
    return {
      email: value('email'),
      category: this.#choices.length > 0 ? value('category') : undefined,
      consent: consent ? consent.checked : undefined,
      website: value('website'),
      consentRequired: consent !== null,
    };
  }

  #onSubmit = (event: SubmitEvent): void => {
    if (!this.#endpoint()) return; // the site's own form, left to do what its HTML says
    event.preventDefault();
    if (this.#phase.name === 'pending') return; // one request per submit
    const fields = this.#read();
    const strings = this.#strings;
    const problems = fieldProblems(fields, strings);
    this.#fieldErrors = Object.fromEntries(problems);
    if (problems.length > 0) {
      const [field, message] = problems[0]!;
      this.#phase = { name: 'idle' };
      this.#focusAfterUpdate = field;
      this.#host.requestUpdate();
      emit<AlertSignupErrorDetail>(this.#host, 'alert-signup-error', { kind: 'validation', message, field });
      return;
    }
    const email = fields.email.trim();
    const detail: AlertSignupSubmitDetail = { email, ...(fields.category && { category: fields.category }) };
    if (!emit(this.#host, 'alert-signup-submit', detail, { cancelable: true })) return;
    void this.#send({
      email,
      ...(fields.category !== undefined && { category: fields.category }),
      ...(fields.consent !== undefined && { consent: fields.consent }),
      source: this.#host.source === 'full' ? location.href : location.href.split(/[?#]/)[0]!,
      website: fields.website,
    });
  };

  async #send(fields: Parameters<typeof signupRequestInit>[0]): Promise<void> {
    this.#phase = { name: 'pending' };
    this.#host.requestUpdate();
    const endpoint = this.#endpoint();
    // `timeout="abc"` or a negative one would make AbortSignal.timeout throw mid-submit.
    const slow = AbortSignal.timeout(timeoutOrDefault(this.#host.timeout));
    const removed = (this.#removed = new AbortController());
    const signal = AbortSignal.any([slow, removed.signal]);
    const encoding = this.#host.encoding ?? (this.#lightForm ? 'form' : 'json');
    let outcome: SignupOutcome;
    try {
      outcome = await interpretResponse(await fetch(endpoint, signupRequestInit(fields, encoding, signal)));
    } catch {
      outcome = slow.aborted
        ? { ok: false, kind: 'timeout', reason: 'slow' }
        : { ok: false, kind: 'network', reason: 'unreachable' };
    }
    this.#removed = undefined;
    // Removed meanwhile: nothing to report, and the form is ready again should it come back.
    if (removed.signal.aborted) {
      this.#phase = { name: 'idle' };
      this.#host.requestUpdate();
      return;
    }
    this.#settle(outcome, endpoint);
  }

  #settle(outcome: SignupOutcome, endpoint: string): void {
    if (outcome.ok) {
      this.#phase = { name: 'done', status: outcome.status };
      this.#focusAfterUpdate = 'message';
      remember(endpoint, outcome.status);
      this.#host.requestUpdate();
      emit<AlertSignupSuccessDetail>(this.#host, 'alert-signup-success', { status: outcome.status, response: outcome.response });
      return;
    }
    // The server's own words, shown as text; ours where it gave none.
    const message = outcome.message ?? this.#strings.failure(outcome.reason, outcome);
    const field = outcome.field as SignupField | undefined;
    if (field) this.#fieldErrors = { [field]: message };
    // A field's message stands next to the field, read out when focus lands there; the live region
    // carries only messages that belong to no field.
    this.#phase = { name: 'failed', message: field ? '' : message };
    this.#focusAfterUpdate = field ?? 'message';
    this.#host.requestUpdate();
    emit<AlertSignupErrorDetail>(this.#host, 'alert-signup-error', {
      kind: outcome.kind,
      message,
      ...(outcome.status !== undefined && { status: outcome.status }),
      ...(field && { field }),
    });
  }

  #subscribeAnother = (): void => {
    this.#phase = { name: 'idle' };
    this.#focusAfterUpdate = 'email';
    this.#host.requestUpdate();
  };
}
