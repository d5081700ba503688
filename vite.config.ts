import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { hermeticLit } from './scripts/vite-plugin-hermetic-lit.js';
import { minifyLitCss } from './scripts/vite-plugin-minify-css.js';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The script-tag bundles load DOMPurify from a file beside them instead of inlining it. */
const bundleAliases = [{ find: './load-dompurify.js', replacement: fromRoot('src/bundle/load-dompurify.ts') }];

/**
 * One file per build mode (scripts/build.mjs runs all three):
 * - `production`: `dist/glossary-elements.js`, the ES module for `<script type="module">`;
 * - `iife`: `dist/glossary-elements.iife.js`, the classic script;
 * - `purify`: `dist/glossary-elements.purify.js`, DOMPurify for browsers without `setHTML`.
 * Each has Lit inside. The entry exports nothing, so the classic script assigns no global.
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
};

export default defineConfig(({ mode }) => ({
  resolve: { alias: mode in builds ? bundleAliases : [] },
  plugins: mode === 'production' || mode === 'iife' ? [hermeticLit(), minifyLitCss()] : [],
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
      {
        test: {
          name: 'embed',
          environment: 'node',
          include: ['tests/embed/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
