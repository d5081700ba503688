import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '../src/index.js';
import { manifest } from '../stories/support/manifest.js';
import { forStorybook } from './custom-elements.js';

// The manifest is made from src/ as the book starts (./source-manifest.ts): the docs tables need no build.
setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // An axe violation fails the story's test (in CI and in the book's test panel), not just a warning.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Guides',
          ['Getting started', 'Data format', 'Theming', 'Accessibility'],
          'Elements',
          ['glossary-term', 'glossary-index', 'alert-signup'],
        ],
      },
    },
  },
};

export default preview;
