import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import type { GlossaryData } from '../src/index.js';
import { generatedGlossary } from './support/generated-glossary.js';
import {
  arabicIndexGlossary,
  emptyGlossary,
  germanGlossary,
  russianGlossary,
  swedishGlossary,
} from './support/index-glossaries.js';
import { stallFetch } from './support/stall-fetch.js';
import { elementIn, shows, showsFallback, showsText } from './support/story-checks.js';

/** The story args: the element's attributes by their attribute names, plus the `glossary` property. */
interface IndexArgs {
  src?: string;
  letter?: string;
  query?: string;
  'no-search'?: boolean;
  for?: string;
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

/** `<glossary-index>` from the args; `style` and light-DOM `children` for the stories that need them. */
function glossaryIndex(args: IndexArgs, { style, children }: { style?: string; children?: TemplateResult } = {}) {
  return html`<glossary-index
    src=${attr(args.src)}
    letter=${attr(args.letter)}
    query=${attr(args.query)}
    ?no-search=${args['no-search'] ?? false}
    for=${attr(args.for)}
    timeout=${attr(args.timeout)}
    style=${attr(style)}
    .glossary=${args.glossary ?? null}
    @glossary-load=${args.onGlossaryLoad}
    @glossary-error=${args.onGlossaryError}
    @glossary-select=${args.onGlossarySelect}
    >${children ?? nothing}</glossary-index
  >`;
}

/** The plain link a site puts inside the element: shown before upgrade, while idle, and on failure. */
const fallbackLink = html`<a href="https://example.com/glossary/">Browse the Freelance Glossary</a>`;

/** A glossary handed over as the `glossary` property, with no `src`. */
const fromObject = (glossary: GlossaryData): Partial<IndexArgs> => ({ src: '', glossary });

/**
 * Clears a `#term-id` or `#letter-B` left in the location by an earlier story (choosing an entry or a
 * letter pushes one), so that each story opens in the state it describes.
 */
const clearHash = () => {
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
};

const darkBackground: Decorator = (story) =>
  html`<div style="background: #121417; color: #e8eaed; color-scheme: dark; padding: 2rem; border-radius: 0.5rem">
    ${story()}
  </div>`;

const meta = {
  title: 'Elements/glossary-index',
  component: 'glossary-index',
  render: (args) => glossaryIndex(args),
  args: { src: SAMPLE },
  argTypes: {
    src: { control: 'text', description: 'The glossary’s URL, or `#id` of a `<script type="application/json">`.' },
    letter: {
      control: 'text',
      description: 'When set, only that letter’s terms are listed and the bar switches letters; when empty, the bar jumps.',
    },
    query: { control: 'text', description: 'The search text (reflects what the reader types).' },
    'no-search': { control: 'boolean', description: 'Hides the search box.' },
    for: { control: 'text', description: 'Id of a `<glossary-term>` that shows the chosen term instead of navigating.' },
    timeout: { control: { type: 'number', min: 0, step: 500 }, description: 'Milliseconds before a load fails.' },
    glossary: { control: 'object', description: 'The glossary document as an object; wins over `src`.' },
    onGlossaryLoad: { action: 'glossary-load', table: { disable: true } },
    onGlossaryError: { action: 'glossary-error', table: { disable: true } },
    onGlossarySelect: { action: 'glossary-select', table: { disable: true } },
  },
  beforeEach: () => {
    clearHash();
    return clearHash;
  },
  // Unless a story says otherwise, it shows a loaded index: wait for the letter bar and the list,
  // so the story tests check (and run axe on) them rather than the loading placeholder.
  play: async ({ canvasElement }) => {
    const index = await elementIn(canvasElement, 'glossary-index');
    await shows(index, '[part~="letters"]');
    await shows(index, '[part~="list"]');
  },
} satisfies Meta<IndexArgs>;

export default meta;
type Story = StoryObj<IndexArgs>;

/** The whole sample glossary: search box, A–Z bar (`#` for "1099 Contractor" and "404 Page"), every group. */
export const Default: Story = {};

/** `letter="M"`: only M's terms are listed, and the bar switches letters instead of jumping. */
export const LetterPreselected: Story = {
  args: { letter: 'M' },
};

/**
 * `query="pay"`: names and aliases with a word starting "pay" first, the match marked ("Late-Payment
 * Fee"; "Estimated Taxes" through its alias "Estimated tax payments"); summaries are not searched.
 */
export const QueryPreselected: Story = {
  args: { query: 'pay' },
  play: async ({ canvasElement }) => {
    const index = await elementIn(canvasElement, 'glossary-index');
    await showsText(index, '[part~="status"]', /\d+ terms? found/);
    await showsText(index, '[part~="mark"]', /pay/i);
  },
};

/**
 * `for="story-term"`: choosing an entry shows it in the `<glossary-term>` beside the index (which
 * shares the index's data) instead of navigating, and puts `#<id>` in the location.
 */
export const WithDetailView: Story = {
  args: { for: 'story-term' },
  parameters: { layout: 'fullscreen' },
  render: (args) => html`<div
    style="display: grid; grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr); gap: 2rem; align-items: start; padding: 1rem"
  >
    ${glossaryIndex(args)}
    <glossary-term id="story-term" variant="full" heading-level="1">
      <p>Choose a term from the index to read it here.</p>
    </glossary-term>
  </div>`,
};

/** `no-search`: the bar and the list only. */
export const NoSearch: Story = {
  args: { 'no-search': true },
};

/** A glossary with no terms, via the `glossary` property: every letter disabled, and a message. */
export const EmptyGlossary: Story = {
  args: fromObject(emptyGlossary),
  play: async ({ canvasElement }) => {
    const index = await elementIn(canvasElement, 'glossary-index');
    await showsText(index, '[part~="message"]', 'This glossary has no terms yet.');
    await expect(index.shadowRoot!.querySelectorAll('a[part~="letter"]')).toHaveLength(0);
  },
};

/** A search that matches nothing: the status says so, and a Clear search button brings the list back. */
export const NotFound: Story = {
  args: { query: 'zzyzx' },
  play: async ({ canvasElement }) => {
    const index = await elementIn(canvasElement, 'glossary-index');
    await showsText(index, '[part~="status"]', 'No terms match “zzyzx”.');
    await showsText(index, 'button.clear', 'Clear search');
  },
};

/** A real 404: the message, a Retry button, and the light-DOM fallback link again. */
export const Error: Story = {
  args: { src: 'glossary/does-not-exist.json' },
  render: (args) => glossaryIndex(args, { children: fallbackLink }),
  play: async ({ canvasElement }) => {
    const index = await elementIn(canvasElement, 'glossary-index');
    await showsText(index, '[part~="message"]', 'The glossary could not be loaded.');
    await showsText(index, '[part~="retry-button"]', 'Retry');
    await showsFallback(index);
  },
};

/**
 * The placeholder while the glossary loads: this story's `src` never answers (its `fetch` is held
 * open until the story is left). Lower `timeout` in Controls to watch it fail with a timeout.
 */
export const Loading: Story = {
  args: { src: 'never-answers.json', timeout: 86_400_000 },
  beforeEach: () => stallFetch('/never-answers.json'),
  play: async ({ canvasElement }) => {
    const index = await elementIn(canvasElement, 'glossary-index');
    await shows(index, '.skeleton');
    await expect(index.getAttribute('aria-busy')).toBe('true');
    await expect(index.shadowRoot!.querySelector('[part~="list"]')).toBeNull();
  },
};

/**
 * 10,000 generated terms (seeded, so the same every time; built once, when the story loads): the
 * list renders progressively and search stays instant. Passed as the `glossary` property by a
 * loader rather than an arg, to keep the Controls panel light.
 */
export const TenThousandTerms: Story = {
  args: { src: '' },
  // Inline on the Docs page its 10,000 entries made the page ~585,000 px tall and slow to settle:
  // there it shows in a fixed-height frame of its own, as in its own canvas.
  parameters: { docs: { story: { inline: false, height: '40rem' } } },
  argTypes: { glossary: { control: false } },
  loaders: [async () => ({ generated: generatedGlossary(10_000) })],
  render: (args, { loaded }) => glossaryIndex({ ...args, glossary: loaded['generated'] as GlossaryData }),
};

/** German (`language: "de"`): Ärger, Öffnungszeiten and Übersetzung file under A, O and U; 3D-Druck under #. */
export const German: Story = {
  args: fromObject(germanGlossary),
};

/** Swedish (`language: "sv"`): Å, Ä and Ö are letters of their own, after Z. */
export const Swedish: Story = {
  args: fromObject(swedishGlossary),
};

/** Russian (`language: "ru"`): a Cyrillic А–Я bar; "Ёмкость рынка" files under Е. */
export const Russian: Story = {
  args: fromObject(russianGlossary),
};

/** The dark scheme pinned with `--glossary-color-scheme: dark`, whatever the reader's setting. */
export const Dark: Story = {
  render: (args) => glossaryIndex(args, { style: '--glossary-color-scheme: dark' }),
  decorators: [darkBackground],
};

/** Right to left: an Arabic glossary (`language: "ar"`) inside `dir="rtl" lang="ar"`. */
export const RTL: Story = {
  args: fromObject(arabicIndexGlossary),
  render: (args) => html`<div dir="rtl" lang="ar">${glossaryIndex(args)}</div>`,
  play: async ({ canvasElement }) => {
    const index = await elementIn(canvasElement, 'glossary-index');
    const letters = await shows(index, '[part~="letters"]');
    await expect(getComputedStyle(letters).direction).toBe('rtl');
  },
};

/** A slate-and-teal theme made only of `--glossary-*` custom properties and `::part()` rules. */
export const CustomTheme: Story = {
  render: (args) => html`
    <style>
      .slate-theme glossary-index {
        --glossary-color-scheme: light;
        --glossary-font-family: 'Trebuchet MS', 'Segoe UI', sans-serif;
        --glossary-color-text: #1e293b;
        --glossary-color-muted: #475569;
        --glossary-color-accent: #0f766e;
        --glossary-color-surface: #f8fafc;
        --glossary-color-subtle: #e2e8f0;
        --glossary-color-border: #94a3b8;
        --glossary-color-mark: #99f6e4;
        --glossary-radius: 0;
        --glossary-spacing: 0.75rem;
      }
      .slate-theme glossary-index::part(letters) {
        border-block-end: 2px solid #0f766e;
        padding-block-end: 0.5rem;
      }
      .slate-theme glossary-index::part(group-heading) {
        font-size: 1rem;
        letter-spacing: 0.1em;
      }
      .slate-theme glossary-index::part(search) {
        border-width: 2px;
      }
    </style>
    <div class="slate-theme">${glossaryIndex(args)}</div>
  `,
  play: async ({ canvasElement }) => {
    const index = await elementIn(canvasElement, 'glossary-index');
    const letters = await shows(index, '[part~="letters"]');
    await expect(getComputedStyle(letters).borderBlockEndWidth).toBe('2px');
    await expect(getComputedStyle(letters).fontFamily).toContain('Trebuchet MS');
  },
};
