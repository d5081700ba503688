import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { forgetSignup, rememberSignup, stubSignupEndpoint, submitSignup } from './support/signup-stories.js';
import { stallFetch } from './support/stall-fetch.js';
import { elementIn, shows, showsText } from './support/story-checks.js';

/** The story args: the element's attributes by their attribute names, plus event handlers. */
interface SignupArgs {
  action?: string;
  categories?: string;
  category?: string;
  heading?: string;
  'heading-level'?: number;
  consent?: string;
  encoding?: 'json' | 'form';
  timeout?: number;
  onAlertSignupSubmit?: (event: Event) => void;
  onAlertSignupSuccess?: (event: Event) => void;
  onAlertSignupError?: (event: Event) => void;
}

/**
 * Story endpoints. None is a real server: each story that submits stubs `fetch` for its own URL in
 * `beforeEach` (and undoes it when left), so the element's real request and response handling run.
 */
const API = 'https://api.example.com/subscribe';
const endpointFor = (name: string) => `${API}/${name}`;

/** An empty control means "attribute absent", not `attr=""`. */
const attr = <T>(value: T | undefined | null | '') => (value === undefined || value === null || value === '' ? nothing : value);

/** `<alert-signup>` from the args; `style` and light-DOM `children` for the stories that need them. */
function alertSignup(args: SignupArgs, { style, children }: { style?: string; children?: TemplateResult } = {}) {
  return html`<alert-signup
    action=${attr(args.action)}
    categories=${attr(args.categories)}
    category=${attr(args.category)}
    heading=${attr(args.heading)}
    heading-level=${attr(args['heading-level'])}
    consent=${attr(args.consent)}
    encoding=${attr(args.encoding)}
    timeout=${attr(args.timeout)}
    style=${attr(style)}
    @alert-signup-submit=${args.onAlertSignupSubmit}
    @alert-signup-success=${args.onAlertSignupSuccess}
    @alert-signup-error=${args.onAlertSignupError}
    >${children ?? nothing}</alert-signup
  >`;
}

const blurb = html`<p>One email a week with new freelance gigs. Unsubscribe with one click.</p>`;

const darkBackground: Decorator = (story) =>
  html`<div style="background: #121417; color: #e8eaed; color-scheme: dark; padding: 2rem; border-radius: 0.5rem">
    ${story()}
  </div>`;

const meta = {
  title: 'Elements/alert-signup',
  component: 'alert-signup',
  render: (args) => alertSignup(args, { children: blurb }),
  args: { action: API, heading: 'Get weekly freelance gigs by email', 'heading-level': 2 },
  argTypes: {
    action: { control: 'text', description: 'The endpoint URL (required). Gets `POST` with `Accept: application/json`.' },
    categories: { control: 'text', description: 'Comma-separated choices; when set, a labelled select is shown.' },
    category: { control: 'text', description: 'The preselected choice.' },
    heading: { control: 'text', description: 'The heading text (the `heading` slot may replace it).' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 }, description: 'Level (1–6) of the heading.' },
    consent: { control: 'text', description: 'When set, a required checkbox labelled with this text.' },
    encoding: {
      control: 'select',
      options: ['json', 'form'],
      description: '`json` (default) or `form` (`application/x-www-form-urlencoded`).',
    },
    timeout: { control: { type: 'number', min: 0, step: 500 }, description: 'Milliseconds before a request fails.' },
    onAlertSignupSubmit: { action: 'alert-signup-submit', table: { disable: true } },
    onAlertSignupSuccess: { action: 'alert-signup-success', table: { disable: true } },
    onAlertSignupError: { action: 'alert-signup-error', table: { disable: true } },
  },
  // Each story starts from the form: a success in an earlier visit is forgotten, before and after.
  beforeEach: ({ args }) => {
    forgetSignup(args.action);
    return () => forgetSignup(args.action);
  },
} satisfies Meta<SignupArgs>;

export default meta;
type Story = StoryObj<SignupArgs>;

/** The form as a reader first meets it: a labelled email field (`autocomplete="email"`) and Subscribe. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const signup = await elementIn(canvasElement, 'alert-signup');
    await showsText(signup, 'label[for="email"]', 'Email address');
    await showsText(signup, '[part~="button"]', 'Subscribe');
  },
};

/** Subscribe pressed with the field empty: the field says why, is marked invalid and takes focus. Nothing is sent. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const signup = await submitSignup(canvasElement, '');
    await showsText(signup, '[part~="field-error"]', 'Enter your email address.');
    const input = await shows(signup, '[part~="input"]');
    await expect(input.getAttribute('aria-invalid')).toBe('true');
    await expect(signup.shadowRoot!.activeElement).toBe(input);
  },
};

/** While the request is out: Subscribe is disabled and the live region says "Subscribing…". This story's endpoint never answers. */
export const Pending: Story = {
  args: { action: endpointFor('never-answers'), timeout: 86_400_000 },
  beforeEach: () => stallFetch('/never-answers'),
  play: async ({ canvasElement }) => {
    const signup = await submitSignup(canvasElement, 'reader@example.com', { wait: false });
    const button = await showsText(signup, '[part~="button"]', 'Subscribing…');
    await expect(button).toBeDisabled();
    await showsText(signup, '[part~="message"][role="status"]', 'Subscribing…');
  },
};

/** The endpoint answered `{"status":"pending"}`: the reader is asked to confirm, and focus moves to that message. */
export const SuccessPendingConfirmation: Story = {
  args: { action: endpointFor('pending') },
  beforeEach: () => stubSignupEndpoint(endpointFor('pending'), { body: { status: 'pending' } }),
  play: async ({ canvasElement }) => {
    const signup = await submitSignup(canvasElement, 'reader@example.com');
    const message = await showsText(signup, '[part~="message"]', 'check your inbox');
    await expect(signup.shadowRoot!.activeElement).toBe(message);
  },
};

/** The endpoint answered `{"status":"subscribed"}` (no double opt-in). */
export const Subscribed: Story = {
  args: { action: endpointFor('subscribed') },
  beforeEach: () => stubSignupEndpoint(endpointFor('subscribed'), { body: { status: 'subscribed' } }),
  play: async ({ canvasElement }) => {
    const signup = await submitSignup(canvasElement, 'reader@example.com');
    await showsText(signup, '[part~="message"]', 'You’re subscribed. Thank you!');
  },
};

/** A returning reader who subscribed on this device before (remembered per `action` in localStorage), with a way to subscribe another address. */
export const Remembered: Story = {
  args: { action: endpointFor('remembered') },
  beforeEach: () => rememberSignup(endpointFor('remembered')),
  play: async ({ canvasElement }) => {
    const signup = await elementIn(canvasElement, 'alert-signup');
    await showsText(signup, '[part~="message"]', 'You’re subscribed to these emails on this device.');
    await showsText(signup, '[part~="button"]', 'Subscribe another address');
  },
};

/** A 503: a plain retryable message; what the reader typed stays in the field. */
export const ServerError: Story = {
  args: { action: endpointFor('unavailable') },
  beforeEach: () => stubSignupEndpoint(endpointFor('unavailable'), { status: 503, body: '<h1>Down for maintenance</h1>' }),
  play: async ({ canvasElement }) => {
    const signup = await submitSignup(canvasElement, 'reader@example.com');
    await showsText(signup, '[part~="message"]', 'The service is unavailable right now.');
    const input = await shows(signup, '[part~="input"]');
    await expect(input).toHaveValue('reader@example.com');
  },
};

/**
 * A real network failure: this story's endpoint is on port 9 of this machine, which browsers refuse
 * to connect to, so the request fails at once, as it would for a reader who is offline.
 */
export const NetworkError: Story = {
  args: { action: 'http://127.0.0.1:9/subscribe' },
  play: async ({ canvasElement }) => {
    const signup = await submitSignup(canvasElement, 'reader@example.com');
    await showsText(signup, '[part~="message"]', 'Could not reach the service.');
    const input = await shows(signup, '[part~="input"]');
    await expect(input).toHaveValue('reader@example.com');
    await expect(signup.shadowRoot!.querySelector('[part~="button"]')).toBeEnabled();
  },
};

/** A 422 with `{"error":{"message":"…","field":"email"}}`: the server's words, as text, on the email field. */
export const FieldError: Story = {
  args: { action: endpointFor('field-error') },
  beforeEach: () =>
    stubSignupEndpoint(endpointFor('field-error'), {
      status: 422,
      body: { error: { message: 'That domain does not take mail.', field: 'email' } },
    }),
  play: async ({ canvasElement }) => {
    const signup = await submitSignup(canvasElement, 'reader@example.invalid');
    const error = await showsText(signup, '[part~="field-error"]', 'That domain does not take mail.');
    const input = await shows(signup, '[part~="input"]');
    await expect(input.getAttribute('aria-describedby')).toBe(error.id);
  },
};

/** `consent`: a required checkbox labelled with its text; Subscribe without ticking it says why. */
export const Consent: Story = {
  args: { consent: 'I agree to receive the weekly email and know I can unsubscribe at any time.' },
};

/** `categories` and `category`: a labelled select with one choice preselected. */
export const Categories: Story = {
  args: { categories: 'Development, Design, Writing', category: 'Design' },
};

/** The dark scheme pinned with `--glossary-color-scheme: dark`, whatever the reader's setting. */
export const Dark: Story = {
  args: { categories: 'Development, Design, Writing', consent: 'I agree to receive the weekly email.' },
  render: (args) => alertSignup(args, { style: '--glossary-color-scheme: dark', children: blurb }),
  decorators: [darkBackground],
};

/**
 * Right to left, inside `dir="rtl" lang="ar"`. The layout mirrors; the heading, blurb and choices
 * here are the page's own Arabic. The element's built-in words (labels, button, messages) exist in
 * English, French and German only, so under `lang="ar"` they fall back to English.
 */
export const RTL: Story = {
  args: {
    heading: 'احصل على وظائف العمل الحر الجديدة بالبريد كل أسبوع',
    categories: 'تطوير, تصميم, كتابة',
    category: 'تصميم',
  },
  render: (args) =>
    html`<div dir="rtl" lang="ar">${alertSignup(args, { children: html`<p>رسالة واحدة في الأسبوع. يمكنك إلغاء الاشتراك بنقرة واحدة.</p>` })}</div>`,
};

/**
 * Progressive enhancement: the site's own `<form>` (which posts without JavaScript) inside the
 * element. The element renders no form of its own; it takes the form's `action`, fields and labels,
 * sends with `fetch` (urlencoded by default) and shows errors and the outcome. Try Subscribe with an
 * empty field, then with an address (this story's endpoint answers "pending").
 */
export const EnhancedForm: Story = {
  args: { action: undefined, heading: undefined },
  beforeEach: () => {
    forgetSignup(endpointFor('enhanced'));
    const undo = stubSignupEndpoint(endpointFor('enhanced'), { body: { status: 'pending' }, delayMs: 800 });
    return () => {
      undo();
      forgetSignup(endpointFor('enhanced'));
    };
  },
  render: (args) =>
    alertSignup(args, {
      children: html`<form action=${endpointFor('enhanced')} method="post">
        <h2>Get weekly freelance gigs by email</h2>
        <p>
          <label>Email address <input name="email" type="email" autocomplete="email"></label>
          <button>Subscribe</button>
        </p>
      </form>`,
    }),
};

/**
 * Long words everywhere a site might put them: a two-line heading, a long description, many long
 * categories, a long consent text, and an address too long for the field. Nothing overflows.
 */
export const LongContent: Story = {
  args: {
    heading: 'Get the weekly digest of remote, contract and part-time freelance gigs for developers, designers and writers',
    categories:
      'Front-end development (React, Vue, Svelte, web components), Back-end development and APIs, UX research and interaction design, Technical writing and documentation, Copywriting',
    category: 'Technical writing and documentation',
    consent:
      'I agree to receive the weekly email and occasional announcements. I understand that my address is kept only for this list, is never shared, and that every email has a one-click unsubscribe link.',
  },
  render: (args) =>
    alertSignup(args, {
      children: html`<p>
        Every Monday morning, a hand-picked list of the week’s best freelance opportunities: who is hiring,
        what they pay, how long the work runs, and whether they hire across borders. No recruiters, no
        spam, and no tracking pixels.
      </p>`,
    }),
  play: async ({ canvasElement }) => {
    const signup = await elementIn(canvasElement, 'alert-signup');
    const form = await shows(signup, '[part~="form"]');
    const select = await shows(signup, '[part~="select"]');
    await expect(select.scrollWidth <= form.clientWidth + 1, 'the select fits in the form').toBe(true);
    await expect(form.scrollWidth <= form.clientWidth + 1, 'nothing overflows the form').toBe(true);
  },
};

/** A bold, square theme made only of `--glossary-*` custom properties and `::part()` rules. */
export const CustomTheme: Story = {
  args: { categories: 'Development, Design, Writing', category: 'Design' },
  render: (args) => html`
    <style>
      .bold-theme alert-signup {
        --glossary-color-scheme: light;
        --glossary-font-family: Verdana, Geneva, sans-serif;
        --glossary-color-text: #111827;
        --glossary-color-muted: #374151;
        --glossary-color-accent: #9d174d;
        --glossary-color-surface: #fff7ed;
        --glossary-color-border: #111827;
        --glossary-color-danger: #991b1b;
        --glossary-color-success: #166534;
        --glossary-radius: 0;
        --glossary-spacing: 1.25rem;
      }
      .bold-theme alert-signup::part(form) {
        border-width: 3px;
        box-shadow: 0.5rem 0.5rem 0 #111827;
      }
      .bold-theme alert-signup::part(heading) {
        font-size: 1.6rem;
        text-transform: uppercase;
      }
      .bold-theme alert-signup::part(button) {
        font-weight: 700;
        letter-spacing: 0.05em;
      }
    </style>
    <div class="bold-theme">${alertSignup(args, { children: blurb })}</div>
  `,
  play: async ({ canvasElement }) => {
    const signup = await elementIn(canvasElement, 'alert-signup');
    const button = await shows(signup, '[part~="button"]');
    await expect(getComputedStyle(button).fontWeight).toBe('700');
    await expect(getComputedStyle(button).fontFamily).toContain('Verdana');
  },
};
