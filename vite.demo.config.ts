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
 * show up without a build.
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
    // src/ sits outside the demo root.
    fs: { allow: [fromRoot('.')] },
  },
});
