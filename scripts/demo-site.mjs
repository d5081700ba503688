// Before `npm start`: the sample glossary as `glossary-elements pages` publishes it, into
// examples/site/, which the demo serves as is at /site/ (examples/ is its public folder). Needs the
// built package (dist/); without it the demo starts anyway and says how to get the static site.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(ROOT, 'dist/cli/pages-command.js')) || !existsSync(join(ROOT, 'dist/glossary-elements.iife.js'))) {
  console.log('demo: no dist/ yet, so no static glossary site at /site/ (run `npm run build`, then `npm start`).');
} else {
  const args = ['pages', 'examples/freelance-glossary.json', '--out', 'examples/site', '--template', 'examples/site-layout.html', '--with-index'];
  const out = execFileSync(process.execPath, [join(ROOT, 'bin/glossary-elements.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  console.log(`demo: ${out.trim().split('\n').at(-1)} Served at /site/index.html.`);
}
