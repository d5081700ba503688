import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
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
 * Fee"; "Estimated Taxes" through its alias "Estimated tax payments"), then terms whose summary has it.
 */
export const QueryPreselected: Story = {
  args: { query: 'pay' },
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
};

/** A real 404: the message, a Retry button, and the light-DOM fallback link again. */
export const Error: Story = {
  args: { src: 'glossary/does-not-exist.json' },
  render: (args) => glossaryIndex(args, { children: fallbackLink }),
};

/**
 * The placeholder while the glossary loads: this story's `src` never answers (its `fetch` is held
 * open until the story is left). Lower `timeout` in Controls to watch it fail with a timeout.
 */
export const Loading: Story = {
  args: { src: 'never-answers.json', timeout: 86_400_000 },
  beforeEach: () => stallFetch('/never-answers.json'),
};

/**
 * 10,000 generated terms (seeded, so the same every time; built once, when the story loads): the
 * list renders progressively and search stays instant. Passed as the `glossary` property by a
 * loader rather than an arg, to keep the Controls panel light.
 */
export const TenThousandTerms: Story = {
  args: { src: '' },
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
};
