import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      // Not the root vite.config.ts: its build modes swap in the script-tag bundles' DOMPurify loader.
      builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) },
    },
  },
  // The guides first (their order is set in preview.ts), then the elements.
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The sample glossary, served as glossary/freelance-glossary.json.
  staticDirs: [{ from: '../examples', to: '/glossary' }],
  core: { disableTelemetry: true },
};

export default config;
