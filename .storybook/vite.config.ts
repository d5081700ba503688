import { defineConfig } from 'vite';
import { sourceManifest } from './source-manifest.js';

/** Storybook's own Vite config: the elements straight from src/, with none of the library build's aliases. */
export default defineConfig({
  plugins: [sourceManifest()],
  optimizeDeps: {
    // Storybook's renderer imports this Lit module; pre-bundled with the rest of Lit, the dev
    // server then serves one lit-html instead of two ("Multiple versions of Lit loaded").
    include: [
      'lit/directive-helpers.js',
      // Imported by stories only. Listed so that a cached dependency bundle never lacks it: a
      // dependency found mid-run re-bundles the rest, and story tests then fail to load old chunks.
      'lit/directives/style-map.js',
    ],
  },
});
