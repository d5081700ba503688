// npm run build: the script-tag bundles (Vite), the per-element modules with types (tsc), and the
// custom elements manifest.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
for (const mode of ['production', 'iife', 'purify']) run(bin('vite'), 'build', '--mode', mode, '--logLevel', 'warn');
run(bin('tsc'), '-p', 'tsconfig.build.json');
run(bin('cem'), 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.d.ts', '--outdir', 'dist', '--quiet');
console.log('Built dist/: glossary-elements.js, glossary-elements.iife.js, per-element modules, types, custom-elements.json');
