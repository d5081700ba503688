import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { GlossaryData, LinkMode } from '../src/index.js';
import { arabicGlossary } from './support/glossaries.js';

interface TextArgs {
  src?: string;
  link?: LinkMode;
  exclude?: string;
  glossary?: GlossaryData;
  onGlossaryLinked?: (event: Event) => void;
}

/** Served from examples/ by .storybook/main.ts. */
const SAMPLE = 'glossary/freelance-glossary.json';
const attr = <T>(value: T | undefined | null | '') => (value === undefined || value === null || value === '' ? nothing : value);

const post = html`<article>
  <h3>How I priced my first back-end project</h3>
  <p>
    I quoted the back-end work by the hour, sent one invoice at the end and hoped for the best. Scope creep did the
    rest. Next time: milestone payments, a statement of work, and a kill fee in the contract.
  </p>
  <p>Every invoice now goes out on Net 30 terms, and the back-end is priced by value, not by the hour.</p>
</article>`;

/** The `<glossary-link>` elements in the canvas, as [text, term], once the first pass has ended. */
async function linksIn(canvas: HTMLElement): Promise<string[][]> {
  return waitFor(
    () => {
      const links = [...canvas.querySelectorAll('glossary-link')];
      expect(links.length, 'links in the story').toBeGreaterThan(0);
      return links.map((link) => [link.textContent ?? '', link.getAttribute('term') ?? '']);
    },
    { timeout: 8000 },
  );
}

const meta = {
  title: 'Elements/glossary-text',
  component: 'glossary-text',
  render: (args) =>
    html`<glossary-text src=${attr(args.src)} link=${attr(args.link)} exclude=${attr(args.exclude)} .glossary=${args.glossary ?? null}
      @glossary-linked=${args.onGlossaryLinked}>${post}</glossary-text>`,
  args: { src: SAMPLE, link: 'first', exclude: '' },
  argTypes: {
    src: { control: 'text', description: 'The glossary’s URL, or `#id` of a `<script type="application/json">`.' },
    link: { control: 'select', options: ['first', 'all'], description: '`first`: each term at its first mention; `all`: every mention.' },
    exclude: { control: 'text', description: 'Space-separated term ids never linked here.' },
    glossary: { control: 'object', description: 'The glossary document as an object; wins over `src`.' },
    onGlossaryLinked: { action: 'glossary-linked', table: { disable: true } },
  },
  play: async ({ canvasElement }) => {
    await linksIn(canvasElement);
  },
} satisfies Meta<TextArgs>;

export default meta;
type Story = StoryObj<TextArgs>;

/** A blog post, its terms linked at their first mention: hover, focus or tap one for its card. */
export const LinkedArticle: Story = {
  play: async ({ canvasElement }) => {
    const links = await linksIn(canvasElement);
    await expect(links.map(([, term]) => term).filter((term) => term === 'invoice')).toHaveLength(1);
    // The heading is a skip zone: "back-end" is linked in the first paragraph, not in the title.
    await expect(canvasElement.querySelector('h3 glossary-link')).toBeNull();
  },
};

/** `link="all"`: every mention of every term. */
export const EveryMention: Story = {
  args: { link: 'all' },
  play: async ({ canvasElement }) => {
    const links = await linksIn(canvasElement);
    await waitFor(() => expect(links.filter(([, term]) => term === 'invoice')).toHaveLength(2));
  },
};

/** `exclude="back-end"`, as the Back-End term page would have it. */
export const Excluded: Story = {
  args: { exclude: 'back-end' },
  play: async ({ canvasElement }) => {
    const links = await linksIn(canvasElement);
    await expect(links.some(([, term]) => term === 'back-end')).toBe(false);
  },
};

/** Skip zones: code, headings, links, buttons and `data-glossary-skip` keep their words as they are. */
export const SkipZones: Story = {
  render: (args) => html`<glossary-text src=${attr(args.src)}>
    <p><code>invoice</code> in code, <a href="#x">an invoice link</a>, <button>Invoice</button>,</p>
    <p data-glossary-skip>an invoice in a quoted email,</p>
    <p>and finally an invoice in running text.</p>
  </glossary-text>`,
  play: async ({ canvasElement }) => {
    const links = await linksIn(canvasElement);
    await expect(links).toEqual([['invoice', 'invoice']]);
  },
};

/** A term marked `caseSensitive`: "GO" the game is linked, "go" the verb is not. */
export const CaseSensitive: Story = {
  args: {
    src: '',
    glossary: {
      title: 'Games',
      terms: [{ id: 'go', term: 'GO', caseSensitive: true, definition: '<p>A board game for two players, played with black and white stones.</p>' }],
    },
  },
  render: (args) => html`<glossary-text .glossary=${args.glossary}><p>Let’s go and play GO.</p></glossary-text>`,
  play: async ({ canvasElement }) => {
    await expect(await linksIn(canvasElement)).toEqual([['GO', 'go']]);
  },
};

/** Right to left: an Arabic glossary linked in Arabic text. */
export const RightToLeft: Story = {
  args: { src: '', glossary: arabicGlossary },
  render: (args) => html`<div dir="rtl" lang="ar">
    <glossary-text .glossary=${args.glossary}><p>${arabicGlossary.terms[0]!.term} هو جزء من كل مشروع.</p></glossary-text>
  </div>`,
};

/** A dark page: the card follows the page's colour scheme. */
export const Dark: Story = {
  decorators: [
    (story) => html`<div style="background: #121417; color: #e8eaed; color-scheme: dark; padding: 2rem; border-radius: 0.5rem">${story()}</div>`,
  ],
};

/** The glossary fails to load (a 404): the article stays exactly as written. */
export const Error: Story = {
  args: { src: 'glossary/does-not-exist.json' },
  render: (args) => html`<glossary-text src=${attr(args.src)}
    @glossary-error=${(event: CustomEvent<{ kind: string }>) => ((event.currentTarget as HTMLElement).dataset.error = event.detail.kind)}
    >${post}</glossary-text>`,
  play: async ({ canvasElement }) => {
    const text = canvasElement.querySelector('glossary-text')!;
    await waitFor(() => expect(text.dataset.error).toBe('http'), { timeout: 8000 });
    await expect(canvasElement.querySelector('glossary-link')).toBeNull();
  },
};
