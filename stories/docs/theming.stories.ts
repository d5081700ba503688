import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import { customPropertiesOf, partsOf, type ElementTag } from '../support/manifest.js';
import { elementIn, shows } from '../support/story-checks.js';
import { propertyControl } from '../support/theming-controls.js';

/**
 * The live demo on the Theming page: each story is one element, and its controls are every
 * `--glossary-*` custom property that element reads plus a part to outline, all taken from the
 * Custom Elements Manifest.
 */
type PlaygroundArgs = Record<string, string | undefined> & { part?: string };

const SAMPLE = 'glossary/freelance-glossary.json';
const NO_PART = '(none)';

/** A control for each custom property, and a select of the element's parts. */
function playgroundArgTypes(tag: ElementTag): ArgTypes<PlaygroundArgs> {
  const properties = Object.fromEntries(customPropertiesOf(tag).map((entry) => [entry.name, propertyControl(entry)]));
  const parts = partsOf(tag).map((part) => part.name);
  return {
    ...properties,
    part: {
      description: 'Outlines this `::part()` in the element, to see which piece it names.',
      control: { type: 'select' },
      options: [NO_PART, ...parts],
      table: { category: 'Parts' },
    },
  };
}

/** The element wrapped in a surface that follows the chosen colour scheme, with the chosen part outlined. */
function playground(tag: ElementTag, element: (style: Record<string, string>) => TemplateResult) {
  return (args: PlaygroundArgs) => {
    const style = Object.fromEntries(
      Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--glossary-') && Boolean(entry[1])),
    );
    // The surface declares the scheme the elements follow: the chosen one, else light and dark.
    const scheme = style['--glossary-color-scheme'] || 'light dark';
    const part = args.part && args.part !== NO_PART ? args.part : undefined;
    return html`${part
        ? html`<style>
            .theming-playground ${tag}::part(${part}) {
              outline: 3px dashed #c026d3;
              outline-offset: 2px;
            }
          </style>`
        : nothing}
      <div class="theming-playground" style=${styleMap({ colorScheme: scheme, background: 'Canvas', color: 'CanvasText', padding: '1rem' })}>
        ${element(style)}
      </div>`;
  };
}

const meta = {
  title: 'Guides/Theming playground',
  // The Theming page is the docs for these stories; no generated page besides it.
  tags: ['!autodocs'],
  parameters: { controls: { expanded: true, sort: 'none' } },
  args: { part: NO_PART },
} satisfies Meta<PlaygroundArgs>;

export default meta;
type Story = StoryObj<PlaygroundArgs>;

/** `<glossary-term variant="full">`: every part but the card's "Read more" and the error ones. */
export const GlossaryTerm: Story = {
  argTypes: playgroundArgTypes('glossary-term'),
  render: playground(
    'glossary-term',
    (style) => html`<glossary-term src=${SAMPLE} term="back-end" variant="full" style=${styleMap(style)}></glossary-term>`,
  ),
  play: async ({ canvasElement }) => {
    const term = await elementIn(canvasElement, 'glossary-term');
    await shows(term, '[part~="heading"]');
  },
};

/** `<glossary-index>` with a search for "pay", so the matched text (`mark`) and the count (`status`) show. */
export const GlossaryIndex: Story = {
  argTypes: playgroundArgTypes('glossary-index'),
  render: playground(
    'glossary-index',
    (style) => html`<glossary-index src=${SAMPLE} query="pay" style=${styleMap(style)}></glossary-index>`,
  ),
  play: async ({ canvasElement }) => {
    const index = await elementIn(canvasElement, 'glossary-index');
    await shows(index, '[part~="mark"]');
  },
};

/** `<alert-signup>` with categories and consent, so the select and the checkbox show. */
export const AlertSignup: Story = {
  argTypes: playgroundArgTypes('alert-signup'),
  render: playground(
    'alert-signup',
    (style) => html`<alert-signup
      action="https://api.example.com/subscribe/theming-playground"
      heading="Get weekly freelance gigs by email"
      categories="Development, Design, Writing"
      consent="Send me the weekly email."
      style=${styleMap(style)}
      ><p>One email a week. Unsubscribe with one click.</p></alert-signup
    >`,
  ),
  play: async ({ canvasElement }) => {
    const signup = await elementIn(canvasElement, 'alert-signup');
    await shows(signup, '[part~="form"]');
  },
};

/** Proof that the outline follows the chosen part: a theme change made through the controls' args. */
export const PartOutlined: Story = {
  args: { part: 'heading', '--glossary-color-accent': '#b4441c' },
  argTypes: playgroundArgTypes('glossary-term'),
  render: GlossaryTerm.render!,
  play: async ({ canvasElement }) => {
    const term = await elementIn(canvasElement, 'glossary-term');
    const heading = await shows(term, '[part~="heading"]');
    await expect(getComputedStyle(heading).outlineStyle).toBe('dashed');
    await expect(term.style.getPropertyValue('--glossary-color-accent')).toBe('#b4441c');
  },
};
