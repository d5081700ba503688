// The custom elements manifest of the sources, built in memory with the analyzer that
// `npm run build` runs (`cem analyze --litelement --globs 'src/**/*.ts'`). Tests use this: the
// `cem` command line also rewrites package.json's `customElements` to point at its --outdir.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

/** @param {string} root the repository root; module paths come out relative to it, as in the build */
export function analyzeSources(root) {
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join('src', file).split('\\').join('/'))
    .sort();
  const modules = files.map((file) =>
    ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2015, true),
  );
  return create({ modules, plugins: litPlugin(), context: { dev: false, thirdPartyCEMs: [] } });
}
