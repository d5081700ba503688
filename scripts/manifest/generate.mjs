// Runs after `cem analyze`: checks that the manifest documents every public piece of every element,
// then writes the IDE data generated from it beside it.
//
//   node scripts/manifest/generate.mjs [--dir dist]
//
// Reads <dir>/custom-elements.json; writes <dir>/vscode.html-custom-data.json and <dir>/web-types.json.
// Exits 1, writing nothing, when something is undocumented (one line per gap on stderr).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findGaps } from './completeness.mjs';
import { readJson } from './elements.mjs';
import { vscodeCustomData } from './vscode-data.mjs';
import { webTypes } from './web-types.mjs';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const manifest = readJson(join(values.dir, 'custom-elements.json'));
const pkg = readJson(new URL('../../package.json', import.meta.url).pathname);
const docsUrl = pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`;

const gaps = findGaps(manifest);
if (gaps.length > 0) {
  console.error(`The custom elements manifest has ${gaps.length} undocumented item(s); add JSDoc to the element classes:`);
  for (const gap of gaps) console.error(`  ${gap}`);
  process.exit(1);
}

const write = (/** @type {string} */ name, /** @type {unknown} */ data) => writeFileSync(join(values.dir, name), `${JSON.stringify(data, null, 2)}\n`);
write('vscode.html-custom-data.json', vscodeCustomData(manifest, { docsUrl }));
write('web-types.json', webTypes(manifest, { name: pkg.name, version: pkg.version, docsUrl }));
