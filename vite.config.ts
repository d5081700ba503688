import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { hermeticLit } from './scripts/vite-plugin-hermetic-lit.js';
import { minifyTemplates } from './scripts/vite-plugin-minify-templates.js';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The script-tag bundles load DOMPurify and the non-English words from files beside them. */
const bundleAliases = [
  { find: './load-dompurify.js', replacement: fromRoot('src/bundle/load-dompurify.ts') },
  { find: './load-translations.js', replacement: fromRoot('src/bundle/load-translations.ts') },
];

/**
 * One file per build mode (scripts/build.mjs runs them all):
 * - `production`: `dist/glossary-elements.js`, the ES module for `<script type="module">`;
 * - `iife`: `dist/glossary-elements.iife.js`, the classic script;
 * - `purify`: `dist/glossary-elements.purify.js`, DOMPurify for browsers without `setHTML`;
 * - `words`: `dist/glossary-elements.words.js`, the UI words of every language but English.
 * The first two have Lit inside. Their entry exports nothing, so the classic script assigns no global.
 */
const builds: Record<string, UserConfig['build']> = {
  // Not library mode: Vite keeps the white space of ES libraries, and this one is for browsers as is.
  production: {
    rollupOptions: {
      input: 'src/bundle/index.ts',
      output: { format: 'es', entryFileNames: 'glossary-elements.js' },
    },
  },
  iife: {
    lib: {
      entry: 'src/bundle/index.ts',
      formats: ['iife'],
      name: 'GlossaryElements',
      fileName: () => 'glossary-elements.iife.js',
    },
  },
  purify: {
    rollupOptions: {
      input: 'src/bundle/purify.ts',
      preserveEntrySignatures: 'strict',
      output: { format: 'es', entryFileNames: 'glossary-elements.purify.js' },
    },
  },
  words: {
    rollupOptions: {
      input: 'src/bundle/words.ts',
      preserveEntrySignatures: 'strict',
      output: { format: 'es', entryFileNames: 'glossary-elements.words.js' },
    },
  },
};

export default defineConfig(({ mode }) => ({
  resolve: { alias: mode in builds ? bundleAliases : [] },
  plugins: mode === 'production' || mode === 'iife' ? [hermeticLit(), minifyTemplates()] : [],
  // A classic script has no `import.meta`; src/bundle/load-dompurify.ts reads `currentScript` there.
  define: mode === 'iife' ? { 'import.meta.url': 'undefined' } : {},
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    ...builds[mode],
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.node.test.ts'],
        },
      },
    ],
  },
}));
