import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { hermeticLit } from './scripts/vite-plugin-hermetic-lit.js';
import { minifyTemplates } from './scripts/vite-plugin-minify-templates.js';

/**
 * The library build, run twice by `npm run build` (scripts/build.mjs), once per output:
 * - `vite build`: `dist/glossary-elements.js`, the ES module entry, and the chunks it imports on
 *   first need (views, other languages' words) in `dist/chunks/`. DOMPurify is an entry of its own,
 *   `dist/glossary-elements.purify.js`, so that the classic script can load the same file.
 * - `vite build --mode classic`: `dist/glossary-elements.iife.js`, the same graph with its dynamic
 *   imports inlined, but for DOMPurify, which it loads from beside itself where `setHTML` is missing
 *   (src/glossary-elements.classic.ts).
 */
const DOMPURIFY = fileURLToPath(new URL('src/data/dompurify.ts', import.meta.url));

/** `chunks/glossary-index.translations-….js`: a lazy chunk named by the element folder it comes from. */
const chunkFileNames = ({ facadeModuleId }: { facadeModuleId: string | null }) =>
  `chunks/${facadeModuleId?.match(/src\/([\w-]+)\/[^/]+$/)?.[1]?.concat('.') ?? ''}[name]-[hash].js`;

export default defineConfig(({ mode }) => {
  const classic = mode === 'classic';
  return {
    plugins: [hermeticLit(), minifyTemplates()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      // Which chunk each source became, for `npm run size` (scripts/size.mjs).
      manifest: !classic,
      lib: classic
        ? { entry: 'src/glossary-elements.classic.ts', formats: ['iife'], name: 'glossaryElements', fileName: () => 'glossary-elements.iife.js' }
        : {
            entry: { 'glossary-elements': 'src/glossary-elements.ts', 'glossary-elements.purify': DOMPURIFY },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
      rolldownOptions: classic
        ? // DOMPurify stays out; the classic entry loads it from beside the script instead.
          { external: [DOMPURIFY], output: { paths: { [DOMPURIFY]: './glossary-elements.purify.js' } } }
        : {
            // The entry may export what its chunks share with it, so that they import it from there.
            preserveEntrySignatures: 'allow-extension',
            // Vite keeps the white space of ES libraries (for other bundlers); this one is for browsers as is.
            output: { minify: true, comments: false, chunkFileNames },
          },
    },
    test: {
      projects: [{ test: { name: 'unit', environment: 'node', include: ['tests/**/*.node.test.ts'] } }],
    },
  };
});
