import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { GlossaryData } from '../src/index.js';
import { arabicGlossary } from './support/glossaries.js';
import { elementIn, shows } from './support/story-checks.js';

interface LinkArgs {
  src?: string;
  term?: string;
  glossary?: GlossaryData;
  onGlossaryCardOpen?: (event: Event) => void;
}

/** Served from examples/ by .storybook/main.ts. */
const SAMPLE = 'glossary/freelance-glossary.json';
const attr = <T>(value: T | undefined | null | '') => (value === undefined || value === null || value === '' ? nothing : value);

const sentence = (args: LinkArgs, words = 'a retainer') =>
  html`<p style="max-inline-size: 40rem">
    Many clients prefer
    <glossary-link src=${attr(args.src)} term=${attr(args.term)} .glossary=${args.glossary ?? null}
      @glossary-card-open=${args.onGlossaryCardOpen}>${words}</glossary-link>
    to hourly billing: it buys your availability for a month.
  </p>`;

/** Opens the story's card as a tap would, and waits for the term in it. */
async function openCard(canvas: HTMLElement): Promise<HTMLElement> {
  const link = await elementIn(canvas, 'glossary-link');
  const anchor = await shows(link, '[part~="link"]');
  anchor.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
  anchor.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  return waitFor(
    () => {
      const card = link.shadowRoot!.querySelector<HTMLElement>('[part~="card"]');
      expect(card?.matches(':popover-open'), 'the card is open').toBe(true);
      expect(card!.querySelector('glossary-term')?.shadowRoot?.querySelector('[part~="heading"]')).not.toBeNull();
      return card!;
    },
    { timeout: 8000 },
  );
}

const meta = {
  title: 'Elements/glossary-link',
  component: 'glossary-link',
  render: (args) => sentence(args),
  args: { src: SAMPLE, term: 'retainer' },
  argTypes: {
    src: { control: 'text', description: 'The glossary’s URL, or `#id` of a `<script type="application/json">`.' },
    term: { control: 'text', description: 'The term’s id, name or alias.' },
    glossary: { control: 'object', description: 'The glossary document as an object; wins over `src`.' },
    onGlossaryCardOpen: { action: 'glossary-card-open', table: { disable: true } },
  },
  play: async ({ canvasElement }) => {
    const link = await elementIn(canvasElement, 'glossary-link');
    await shows(link, '[part~="link"]');
  },
} satisfies Meta<LinkArgs>;

export default meta;
type Story = StoryObj<LinkArgs>;

/** The author's words, linked: hover them, tab to them, or tap them for the card. */
export const Default: Story = {};

/** The card open (as after a tap), beside its link, in the top layer. */
export const CardOpen: Story = {
  play: async ({ canvasElement }) => {
    const card = await openCard(canvasElement);
    const heading = card.querySelector('glossary-term')!.shadowRoot!.querySelector('[part~="heading"]')!;
    await expect(heading.textContent).toBe('Retainer');
  },
};

/** A term the glossary lacks: the words stay plain text. */
export const UnknownTerm: Story = {
  args: { term: 'no such term' },
  render: (args) => html`<div
    @glossary-error=${(event: CustomEvent<{ kind: string }>) => ((event.currentTarget as HTMLElement).dataset.error = event.detail.kind)}
  >${sentence(args)}</div>`,
  play: async ({ canvasElement }) => {
    const link = await elementIn(canvasElement, 'glossary-link');
    await waitFor(() => expect(canvasElement.querySelector<HTMLElement>('[data-error]')?.dataset.error).toBe('not-found'), { timeout: 8000 });
    await expect(link.shadowRoot!.querySelector('[part~="link"]')).toBeNull();
  },
};

/** The glossary fails to load (a 404): the words stay plain text. */
export const Error: Story = {
  args: { src: 'glossary/does-not-exist.json' },
  render: (args) => html`<div
    @glossary-error=${(event: CustomEvent<{ kind: string }>) => ((event.currentTarget as HTMLElement).dataset.error = event.detail.kind)}
  >${sentence(args)}</div>`,
  play: async ({ canvasElement }) => {
    const link = await elementIn(canvasElement, 'glossary-link');
    await waitFor(() => expect(canvasElement.querySelector<HTMLElement>('[data-error]')?.dataset.error).toBe('http'), { timeout: 8000 });
    await expect(link.shadowRoot!.querySelector('[part~="link"]')).toBeNull();
  },
};

/** Themed through custom properties: a solid accent underline and a narrower card. */
export const Themed: Story = {
  render: (args) => html`<div style="--glossary-link-color: #0b57d0; --glossary-link-decoration: underline solid; --glossary-card-width: 18rem">
    ${sentence(args)}
  </div>`,
};

/** A dark page: the card follows the page's colour scheme. */
export const Dark: Story = {
  decorators: [
    (story) => html`<div style="background: #121417; color: #e8eaed; color-scheme: dark; padding: 2rem; border-radius: 0.5rem">${story()}</div>`,
  ],
  play: async ({ canvasElement }) => {
    await openCard(canvasElement);
  },
};

/** Right to left: the card opens on the reading side. */
export const RightToLeft: Story = {
  args: { src: '', term: 'invoice', glossary: arabicGlossary },
  render: (args) => html`<div dir="rtl" lang="ar">${sentence(args, arabicGlossary.terms[0]!.term)}</div>`,
  play: async ({ canvasElement }) => {
    await openCard(canvasElement);
  },
};
