import type { SignupField } from './validate-fields.js';

const ERROR_CLASS = 'alert-signup-error';
let formsSeen = 0;

/**
 * A site's own `<form>` inside `<alert-signup>`: the snippet that posts without JavaScript. The
 * element reads its fields by name (`email`, `category`, `consent`, `website`) and writes field
 * errors next to them in the light DOM, where `aria-describedby` can reach them.
 */
export class LightForm {
  /** Prefix of the error notes' ids: unique per form, so several forms on a page never share one. */
  readonly #idPrefix: string;

  constructor(readonly form: HTMLFormElement) {
    this.#idPrefix = form.id || `alert-signup-${++formsSeen}`;
    // With JavaScript the element checks the fields and says what is wrong next to them; without
    // it the browser's own checks still apply.
    form.noValidate = true;
  }

  field(name: string): HTMLInputElement | HTMLSelectElement | null {
    const element = this.form.elements.namedItem(name);
    return element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element : null;
  }

  get action(): string {
    return this.form.getAttribute('action') ? this.form.action : '';
  }

  get consentRequired(): boolean {
    return this.field('consent') !== null;
  }

  read() {
    const consent = this.field('consent') as HTMLInputElement | null;
    return {
      email: this.field('email')?.value ?? '',
      category: this.field('category')?.value || undefined,
      consent: consent ? consent.checked : undefined,
      website: this.field('website')?.value ?? '',
    };
  }

  /** Marks a field invalid with `message` (as text), or clears it. */
  setError(name: SignupField, message: string | undefined): void {
    const field = this.field(name);
    if (!field) return;
    const id = `${this.#idPrefix}-${name}-error`;
    let note = this.form.querySelector<HTMLElement>(`.${ERROR_CLASS}[data-field="${name}"]`);
    if (!message) {
      note?.remove();
      field.removeAttribute('aria-invalid');
      field.setAttribute('aria-describedby', describedBy(field).filter((token) => token !== id).join(' '));
      if (field.getAttribute('aria-describedby') === '') field.removeAttribute('aria-describedby');
      return;
    }
    if (!note) {
      note = document.createElement('p');
      note.className = ERROR_CLASS;
      note.dataset.field = name;
      note.id = id;
      (field.closest('label') ?? field).after(note);
    }
    note.textContent = message;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', [...new Set([...describedBy(field), id])].join(' '));
  }

  setPending(pending: boolean): void {
    for (const button of this.form.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input[type="submit"]')) {
      button.disabled = pending;
    }
    this.form.toggleAttribute('aria-busy', pending);
  }
}

const describedBy = (element: Element) => (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
