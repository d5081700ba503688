import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as analyzer from '@custom-elements-manifest/analyzer';
// @ts-expect-error: the analyzer ships no types for its Lit plugin (the CLI's --litelement).
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import type { Plugin } from 'vite';

// The analyzer's own TypeScript (its index.js exports it; its types do not say so), as its CLI uses.
const { create, ts } = analyzer as unknown as {
  create(options: { modules: unknown[]; plugins: unknown[]; context: object }): unknown;
  ts: typeof import('typescript');
};
const root = fileURLToPath(new URL('..', import.meta.url));
const ID = 'virtual:custom-elements-manifest';

/** The element sources the build analyses too (scripts/build.mjs): src/**, without the CLI and .d.ts files. */
function sourceFiles(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The Custom Elements Manifest made from src/ as Storybook starts, as `npm run build` makes it for
 * dist/, so the docs tables and the theming controls are full right after `npm ci`.
 */
export function analyzeSources(): unknown {
  const modules = sourceFiles().map((path) =>
    ts.createSourceFile(relative(root, path), readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true),
  );
  return create({ modules, plugins: [...litPlugin()], context: { dev: false } });
}

/** Serves `virtual:custom-elements-manifest`; a change to an element's JSDoc reloads it. */
export function sourceManifest(): Plugin {
  return {
    name: 'glossary-source-manifest',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(analyzeSources())};` : undefined),
    handleHotUpdate({ file, server }) {
      const module = server.moduleGraph.getModuleById(`\0${ID}`);
      if (module && file.startsWith(join(root, 'src'))) server.moduleGraph.invalidateModule(module);
    },
  };
}
