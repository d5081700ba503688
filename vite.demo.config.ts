import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The demo site that `npm start` serves: pages in demo/, the sample glossary from examples/
 * (served as /freelance-glossary.json), and the library imported straight from src/ so edits
 * show up without a build.
 */
export default defineConfig({
  root: fromRoot('demo'),
  publicDir: fromRoot('examples'),
  resolve: {
    // `import 'glossary-elements'` in the demo pages means the library's source entry.
    alias: [{ find: /^glossary-elements$/, replacement: fromRoot('src/index.ts') }],
  },
  server: {
    host: 'localhost',
    port: 5173,
    strictPort: false,
    open: false,
    // src/ sits outside the demo root.
    fs: { allow: [fromRoot('.')] },
  },
});
