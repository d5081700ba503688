import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import type { GlossaryData, TermVariant } from '../src/index.js';
import { arabicGlossary, longGlossary } from './support/glossaries.js';
import { emptyGlossary } from './support/index-glossaries.js';
import { stallFetch } from './support/stall-fetch.js';
import { elementIn, shows, showsFallback, showsText } from './support/story-checks.js';

/** The story args: the element's attributes by their attribute names, plus the `glossary` property. */
interface TermArgs {
  src?: string;
  term?: string;
  variant?: TermVariant;
  'heading-level'?: number;
  timeout?: number;
  glossary?: GlossaryData;
  onGlossaryLoad?: (event: Event) => void;
  onGlossaryError?: (event: Event) => void;
  onGlossarySelect?: (event: Event) => void;
}

/** Served from examples/ by .storybook/main.ts; relative, so a book deployed under a sub-path works too. */
const SAMPLE = 'glossary/freelance-glossary.json';

/** An empty control means "attribute absent", not `attr=""`. */
const attr = <T>(value: T | undefined | null | '') => (value === undefined || value === null || value === '' ? nothing : value);

/** `<glossary-term>` from the args; `style` and light-DOM `children` for the stories that need them. */
function glossaryTerm(args: TermArgs, { style, children }: { style?: string; children?: TemplateResult } = {}) {
  return html`<glossary-term
    src=${attr(args.src)}
    term=${attr(args.term)}
    variant=${attr(args.variant)}
    heading-level=${attr(args['heading-level'])}
    timeout=${attr(args.timeout)}
    style=${attr(style)}
    .glossary=${args.glossary ?? null}
    @glossary-load=${args.onGlossaryLoad}
    @glossary-error=${args.onGlossaryError}
    @glossary-select=${args.onGlossarySelect}
    >${children ?? nothing}</glossary-term
  >`;
}

/** The plain link a site puts inside the element: shown before upgrade, while idle, and on failure. */
const fallbackLink = html`<a href="https://example.com/glossary/b/back-end/">Back-End</a> in the Freelance Glossary`;

const darkBackground: Decorator = (story) =>
  html`<div style="background: #121417; color: #e8eaed; color-scheme: dark; padding: 2rem; border-radius: 0.5rem">
    ${story()}
  </div>`;

const meta = {
  title: 'Elements/glossary-term',
  component: 'glossary-term',
  render: (args) => glossaryTerm(args),
  args: { src: SAMPLE, term: 'back-end', variant: 'card', 'heading-level': 2 },
  argTypes: {
    src: { control: 'text', description: 'The glossary’s URL, or `#id` of a `<script type="application/json">`.' },
    term: { control: 'text', description: 'The term’s id, name or alias (case- and accent-insensitive).' },
    variant: { control: 'select', options: ['card', 'full'], description: '`card` or `full` (the term page).' },
    'heading-level': {
      control: { type: 'number', min: 1, max: 6, step: 1 },
      description: 'Level (1–6) of the term’s heading.',
    },
    timeout: { control: { type: 'number', min: 0, step: 500 }, description: 'Milliseconds before a load fails.' },
    glossary: { control: 'object', description: 'The glossary document as an object; wins over `src`.' },
    onGlossaryLoad: { action: 'glossary-load', table: { disable: true } },
    onGlossaryError: { action: 'glossary-error', table: { disable: true } },
    onGlossarySelect: { action: 'glossary-select', table: { disable: true } },
  },
  // Unless a story says otherwise, it shows a loaded term: wait for its heading, so the story
  // tests check (and run axe on) the term rather than the loading placeholder.
  play: async ({ canvasElement }) => {
    const term = await elementIn(canvasElement, 'glossary-term');
    await shows(term, '[part~="heading"]');
  },
} satisfies Meta<TermArgs>;

export default meta;
type Story = StoryObj<TermArgs>;

/** The default `card` variant, for a blog post: the name, the definition's first paragraph, see-also and "Read more". */
export const Default: Story = {};

/** The term-page layout: breadcrumb, the whole definition, see-also, related articles. */
export const FullPage: Story = {
  args: { variant: 'full', 'heading-level': 1 },
};

/** Found through one of the term's aliases ("Backend"), case-insensitively. */
export const ByAlias: Story = {
  args: { term: 'backend' },
};

/** Lookup by name with accents: "Résumé" (the id is `resume`). */
export const Accented: Story = {
  args: { term: 'Résumé' },
};

/**
 * The placeholder while the glossary loads: this story's `src` never answers (its `fetch` is held
 * open until the story is left). Lower `timeout` in Controls to watch it fail with a timeout.
 */
export const Loading: Story = {
  args: { src: 'never-answers.json', timeout: 86_400_000 },
  beforeEach: () => stallFetch('/never-answers.json'),
  play: async ({ canvasElement }) => {
    const term = await elementIn(canvasElement, 'glossary-term');
    await shows(term, '[part~="skeleton"]');
    await expect(term.getAttribute('aria-busy')).toBe('true');
    await expect(term.shadowRoot!.textContent).toContain('Loading definition…');
  },
};

/** A real 404: the message, a Retry button, and the light-DOM fallback link again. */
export const Error: Story = {
  args: { src: 'glossary/does-not-exist.json' },
  render: (args) => glossaryTerm(args, { children: fallbackLink }),
  play: async ({ canvasElement }) => {
    const term = await elementIn(canvasElement, 'glossary-term');
    await showsText(term, '[part~="message"]', 'This definition could not be loaded.');
    await showsText(term, '[part~="retry-button"]', 'Retry');
    await showsFallback(term);
    await expect(term.hasAttribute('aria-busy')).toBe(false);
  },
};

/** A term the glossary lacks: "did you mean" suggestions. */
export const NotFound: Story = {
  args: { term: 'bakend' },
  play: async ({ canvasElement }) => {
    const term = await elementIn(canvasElement, 'glossary-term');
    await showsText(term, '[part~="message"]', 'Freelance Glossary has no entry for “bakend”.');
    const suggestions = await showsText(term, '.suggestions', 'Did you mean');
    await expect(suggestions.textContent).toContain('Back-End');
  },
};

/** A glossary with no terms yet: the not-found message with nothing to suggest, then the fallback link. */
export const EmptyGlossary: Story = {
  args: { src: '', glossary: emptyGlossary },
  render: (args) => glossaryTerm(args, { children: fallbackLink }),
  play: async ({ canvasElement }) => {
    const term = await elementIn(canvasElement, 'glossary-term');
    await showsText(term, '[part~="message"]', 'has no entry for');
    await expect(term.shadowRoot!.querySelector('.suggestions')).toBeNull();
    await showsFallback(term);
  },
};

/** No data source: no request, nothing rendered but the light-DOM fallback link. */
export const Idle: Story = {
  args: { src: '' },
  render: (args) => glossaryTerm(args, { children: fallbackLink }),
  play: async ({ canvasElement }) => {
    const term = await elementIn(canvasElement, 'glossary-term');
    await showsFallback(term);
    await expect(term.shadowRoot!.querySelector('[part~="base"]')).toBeNull();
  },
};

/** Every element the definition allowlist keeps, and six related articles, via the `glossary` property. */
export const LongContent: Story = {
  args: { src: '', glossary: longGlossary, term: 'statement-of-work', variant: 'full' },
  play: async ({ canvasElement }) => {
    const term = await elementIn(canvasElement, 'glossary-term');
    await shows(term, '[part~="articles"]');
    await expect(term.shadowRoot!.querySelectorAll('[part~="article"]')).toHaveLength(6);
  },
};

/** The dark scheme pinned with `--glossary-color-scheme: dark`, whatever the reader's setting. */
export const Dark: Story = {
  args: { variant: 'full' },
  render: (args) => glossaryTerm(args, { style: '--glossary-color-scheme: dark' }),
  decorators: [darkBackground],
};

/** Right to left: an Arabic glossary inside `dir="rtl" lang="ar"`. */
export const RTL: Story = {
  args: { src: '', glossary: arabicGlossary, term: 'فاتورة', variant: 'full' },
  render: (args) => html`<div dir="rtl" lang="ar">${glossaryTerm(args)}</div>`,
  play: async ({ canvasElement }) => {
    const term = await elementIn(canvasElement, 'glossary-term');
    const name = await showsText(term, '[part~="heading"]', 'فاتورة');
    await expect(getComputedStyle(name).direction).toBe('rtl');
  },
};

/** A warm serif theme made only of `--glossary-*` custom properties and `::part()` rules. */
export const CustomTheme: Story = {
  render: (args) => html`
    <style>
      .warm-theme glossary-term {
        --glossary-color-scheme: light;
        --glossary-font-family: Georgia, 'Times New Roman', serif;
        --glossary-color-text: #3b2a1a;
        --glossary-color-muted: #7a6552;
        --glossary-color-accent: #b4441c;
        --glossary-color-surface: #fdf6ec;
        --glossary-color-border: #e6d2b5;
        --glossary-radius: 2px;
        --glossary-spacing: 1.25rem;
      }
      .warm-theme glossary-term::part(heading) {
        letter-spacing: 0.06em;
        text-transform: uppercase;
        font-weight: 600;
      }
      .warm-theme glossary-term::part(definition) {
        font-size: 1.05rem;
      }
      .warm-theme glossary-term::part(read-more) {
        font-style: italic;
      }
    </style>
    <div class="warm-theme">${glossaryTerm(args)}</div>
  `,
  play: async ({ canvasElement }) => {
    const term = await elementIn(canvasElement, 'glossary-term');
    const name = await shows(term, '[part~="heading"]');
    await expect(getComputedStyle(name).fontFamily).toContain('Georgia');
    await expect(getComputedStyle(name).textTransform).toBe('uppercase');
  },
};
