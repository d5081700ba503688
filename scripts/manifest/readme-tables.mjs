// Rewrites each element's API tables in docs/API.md from the custom elements manifest, between
// `<!-- api:TAG:start -->` and `<!-- api:TAG:end -->`, so the reference cannot drift from the code.
//
//   node scripts/manifest/readme-tables.mjs [--check] [--readme README.md] [--manifest dist/custom-elements.json]
//
// --check writes nothing and exits 1 when the README differs from what the manifest says.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { apiTables } from './api-tables.mjs';
import { customElementsOf, readJson } from './elements.mjs';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    readme: { type: 'string', default: 'docs/API.md' },
    manifest: { type: 'string', default: 'dist/custom-elements.json' },
  },
});

const elements = customElementsOf(readJson(values.manifest));
const before = readFileSync(values.readme, 'utf8');
const problems = [];
let after = before;

for (const element of elements) {
  const start = `<!-- api:${element.tagName}:start -->`;
  const end = `<!-- api:${element.tagName}:end -->`;
  const from = after.indexOf(start);
  const to = after.indexOf(end, from);
  if (from === -1 || to === -1) {
    problems.push(`${values.readme} has no "${start}" … "${end}" markers for <${element.tagName}>`);
    continue;
  }
  after = `${after.slice(0, from + start.length)}\n${apiTables(element)}\n${after.slice(to)}`;
}
const known = new Set(elements.map((element) => element.tagName));
for (const [, tag] of before.matchAll(/<!-- api:(\S+):start -->/g)) {
  if (!known.has(tag)) problems.push(`${values.readme} has API markers for <${tag}>, which the manifest does not define`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
if (values.check) {
  if (after !== before) {
    console.error(`${values.readme}: the API tables are stale; run \`node scripts/manifest/readme-tables.mjs\` after \`npm run build\`.`);
    process.exit(1);
  }
  console.log(`${values.readme}: API tables match ${values.manifest}.`);
} else if (after !== before) {
  writeFileSync(values.readme, after);
  console.log(`${values.readme}: API tables rewritten from ${values.manifest}.`);
}
