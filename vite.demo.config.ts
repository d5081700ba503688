import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { withLocalLinks } from './demo/local-links.js';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Serves /demo-glossary.json: the sample glossary with its links kept inside the demo (demo/local-links.ts). */
function demoGlossary(): Plugin {
  return {
    name: 'demo-glossary',
    configureServer(server) {
      server.middlewares.use('/demo-glossary.json', (_request, response) => {
        const sample = JSON.parse(readFileSync(fromRoot('examples/freelance-glossary.json'), 'utf8'));
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(withLocalLinks(sample)));
      });
    },
  };
}

/**
 * The demo site that `npm start` serves: pages in demo/, the sample glossary from examples/
 * (served as /freelance-glossary.json), and the library imported straight from src/ so edits
 * show up without a build. The dev server reads only those folders and the installed packages:
 * never data/ (the subscriber database) nor anything else in the project.
 */
export default defineConfig({
  root: fromRoot('demo'),
  publicDir: fromRoot('examples'),
  plugins: [demoGlossary()],
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
