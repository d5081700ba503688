/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '../src/index.js';
import { forStorybook } from './custom-elements.js';

// `npm run build` writes the manifest (it feeds the docs tables); without it the book still
// builds, with the stories' own argTypes only.
const manifests = import.meta.glob<unknown>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
};

export default preview;
