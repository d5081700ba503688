import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The demo site that `npm start` serves: pages in demo/, the sample glossary from examples/
 * (served as /freelance-glossary.json), and the library imported straight from src/ so edits
 * show up without a build. The dev server reads only those folders and the installed packages:
 * never data/ (the subscriber database) nor anything else in the project.
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
    // No cross-origin reads of the dev server from other local pages.
    cors: false,
    fs: {
      strict: true,
      allow: [fromRoot('demo'), fromRoot('src'), fromRoot('examples'), fromRoot('node_modules')],
      deny: ['.env', '.env.*', '*.{crt,pem,key}', '**/.git/**', '**/data/**', '*.sqlite', '*.sqlite-*', '*.db'],
    },
  },
});
