// npm run build: the library's two outputs (vite.config.ts), the per-element modules with types
// (tsc), the custom elements manifest and the editor data made from it.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), 'build', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'classic', '--logLevel', 'warn');
run(bin('tsc'), '-p', 'tsconfig.build.json');
run(bin('cem'), 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.d.ts', 'src/cli/**', '--outdir', 'dist', '--quiet');
// Editor data from the manifest, after checking every public member is documented.
run('node', 'scripts/manifest/generate.mjs');
console.log('Built dist/: the module entry and its chunks, the classic script, per-element modules, types, custom-elements.json, editor data');
