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
  // Add '../stories/**/*.mdx' here with the first MDX page.
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // The sample glossary, served as glossary/freelance-glossary.json.
  staticDirs: [{ from: '../examples', to: '/glossary' }],
  core: { disableTelemetry: true },
};

export default config;
