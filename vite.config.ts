import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { hermeticLit } from './scripts/vite-plugin-hermetic-lit.js';
import { minifyTemplates } from './scripts/vite-plugin-minify-templates.js';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The script-tag bundles load DOMPurify, the non-English words and the parts only some pages need
 * (the index's and the signup's views) from files beside them.
 */
const bundleAliases = [
  { find: './load-dompurify.js', replacement: fromRoot('src/bundle/load-dompurify.ts') },
  { find: './load-translations.js', replacement: fromRoot('src/bundle/load-translations.ts') },
  { find: './load-index-view.js', replacement: fromRoot('src/bundle/load-index-view.ts') },
  { find: './load-signup-view.js', replacement: fromRoot('src/bundle/load-signup-view.ts') },
];

/** A part renders with the Lit, and reads the words, of the bundle that loaded it (src/bundle/parts.ts). */
const borrowed = fromRoot('src/bundle/borrowed.ts');
const partAliases = [
  { find: /^(lit|lit\/directives\/(guard|if-defined)\.js|@lit\/task)$/, replacement: borrowed },
  { find: /^(\.|\.\.\/internal)\/words\.js$/, replacement: borrowed },
];

/**
 * Fails a part's build if a module it must borrow slipped in: a second Lit on the page, or words
 * that never see the languages the bundle loaded.
 */
const borrowOnly: Plugin = {
  name: 'borrow-only',
  load(id) {
    if (/node_modules\/(lit|lit-html|lit-element|@lit\/[\w-]+)\/|\/src\/internal\/words\.ts$/.test(id)) {
      throw new Error(`${id} is in a part; parts borrow it from the bundle (src/bundle/parts.ts, partAliases)`);
    }
    return null;
  },
};

const besideBundle = (input: string, file: string): UserConfig['build'] => ({
  rollupOptions: { input, preserveEntrySignatures: 'strict', output: { format: 'es', entryFileNames: file } },
});

/**
 * One file per build mode (scripts/build.mjs runs them all):
 * - `production`: `dist/glossary-elements.js`, the ES module for `<script type="module">`;
 * - `iife`: `dist/glossary-elements.iife.js`, the classic script;
 * - `purify`: `dist/glossary-elements.purify.js`, DOMPurify for browsers without `setHTML`;
 * - `words`: `dist/glossary-elements.words.js`, the UI words of every language but English;
 * - `index-part`, `signup-part`: `dist/glossary-elements.index.js` and `…signup.js`, what only pages
 *   with that element need.
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
  purify: besideBundle('src/bundle/purify.ts', 'glossary-elements.purify.js'),
  words: besideBundle('src/bundle/words.ts', 'glossary-elements.words.js'),
  'index-part': besideBundle('src/bundle/index-part.ts', 'glossary-elements.index.js'),
  'signup-part': besideBundle('src/bundle/signup-part.ts', 'glossary-elements.signup.js'),
};

const isPart = (mode: string) => mode.endsWith('-part');

export default defineConfig(({ mode }) => ({
  resolve: { alias: isPart(mode) ? partAliases : mode in builds ? bundleAliases : [] },
  plugins:
    mode === 'production' || mode === 'iife' ? [hermeticLit(), minifyTemplates()]
    : isPart(mode) ? [borrowOnly, minifyTemplates()]
    : [],
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
