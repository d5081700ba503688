import type { Plugin } from 'vite';

const LIT_FILE = /node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//;
const VIRTUAL = 'virtual:hermetic-lit';

/**
 * Each rewrite, what it matches in Lit's published code, and why. The contract allows the script-tag
 * bundles no globals but the custom element registry; Lit keeps a few on `globalThis` to coordinate
 * copies of itself, which a bundle with its own copy does not need.
 */
const rewrites: { name: string; pattern: RegExp; replacement: string }[] = [
  {
    name: 'version markers', // (globalThis.litHtmlVersions ??= []).push("3.3.3")
    pattern: /\([\w$]+\.(?:litHtmlVersions|reactiveElementVersions|litElementVersions)\?\?=\[\]\)\.push\("[^"]*"\)/g,
    replacement: 'void 0',
  },
  {
    name: 'polyfill and hydration hooks', // read from the page; a bundle must not take them
    pattern: /(?:globalThis|\b[\w$]+)\.(?:litHtmlPolyfillSupport|reactiveElementPolyfillSupport|litElementHydrateSupport|litElementPolyfillSupport)\b/g,
    replacement: 'undefined',
  },
  {
    name: 'Symbol.metadata polyfill',
    pattern: /Symbol\.metadata\?\?=Symbol\("metadata"\),/g,
    replacement: '',
  },
  {
    name: 'property metadata store',
    pattern: /[\w$]+\.litPropertyMetadata\?\?=new WeakMap;?/g,
    replacement: '',
  },
  { name: 'metadata key reads', pattern: /\bSymbol\.metadata\b/g, replacement: '__litMetadataKey' },
  { name: 'metadata store reads', pattern: /(?:globalThis\.)?\blitPropertyMetadata\b/g, replacement: '__litPropertyMetadata' },
];

/**
 * Keeps the bundled Lit off `globalThis`: its version markers go, its polyfill hooks read nothing,
 * and its shared metadata lives in a module of the bundle. Why it is still needed: the contract
 * allows the bundles no globals but the custom element registry (tests/e2e/host-page.test.ts diffs
 * `window`), and Lit has no option to keep these off `globalThis`. It fails the build when Lit's
 * code no longer has the shapes it rewrites, rather than silently writing globals again.
 *
 * Upgrading Lit: bump `lit` and `@lit/task`, run `npm run build`. If this plugin fails, find the new
 * shape of the named expression in `node_modules/{lit-html,lit-element,@lit/reactive-element}/*.js`
 * (the production files Vite bundles), adjust its pattern in `rewrites`, and run
 * `npm run test:e2e` (the host-page test proves no global is left).
 */
export function hermeticLit(): Plugin {
  const hits = new Map(rewrites.map(({ name }) => [name, 0]));
  return {
    name: 'hermetic-lit',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load: (id) =>
      id === `\0${VIRTUAL}`
        ? 'export const __litPropertyMetadata = new WeakMap();\nexport const __litMetadataKey = Symbol.metadata ?? Symbol("metadata");'
        : null,
    transform(code, id) {
      if (!LIT_FILE.test(id)) return null;
      let result = code;
      for (const { name, pattern, replacement } of rewrites) {
        result = result.replace(pattern, () => {
          hits.set(name, hits.get(name)! + 1);
          return replacement;
        });
      }
      if (result === code) return null;
      const uses = ['__litPropertyMetadata', '__litMetadataKey'].filter((name) => result.includes(name));
      const header = uses.length > 0 ? `import { ${uses.join(', ')} } from '${VIRTUAL}';\n` : '';
      return { code: header + result, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const missed = [...hits].filter(([, count]) => count === 0).map(([name]) => name);
      if (missed.length > 0) this.error(`hermetic-lit: Lit no longer has the shape of its ${missed.join(', ')}; update scripts/vite-plugin-hermetic-lit.ts`);
    },
  };
}
