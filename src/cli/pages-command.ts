/// <reference types="node" />
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGlossaryText } from '../data/parse.js';
import type { Glossary } from '../data/types.js';
import { buildSite, SCRIPT_FILES, sitePlan } from './pages/build-site.js';
import { DEFAULT_TEMPLATE, templateProblem } from './pages/template.js';
import { FAILED, OK, readCommandLine, readFailure, usageError, USAGE_ERROR } from './command-line.js';

const COMMAND = 'pages';

export const PAGES_USAGE = `Usage: glossary-elements pages glossary.json --out DIR [--base-url URL] [--template layout.html] [--with-index]

Writes a static glossary site that search engines and readers without JavaScript can read:
DIR/index.html (the A–Z index), DIR/<letter>/<id>/index.html per term (digits and symbols under
0-9), and DIR/sitemap.xml with --base-url. Term pages are rendered on the server (declarative
shadow DOM); the elements' classic script, copied into DIR, takes over in the browser.

Options:
  -o, --out DIR        where to write the site (required)
  --base-url URL       where DIR will be served: canonical links, the sitemap, and data URLs
                       under it become relative links (default for those: the glossary's url)
  --template FILE      your page layout: the content replaces its <!--glossary-content-->
                       comment, title and head additions go before </head>, lang on <html>
  --with-index         puts the A–Z bar and the letter's terms on every term page`;

/** `glossary-elements pages …` with its arguments (after the command's name); resolves to the exit status. */
export async function runPages(args: string[], scriptsDir = fileURLToPath(new URL('..', import.meta.url))): Promise<number> {
  const started = performance.now();
  const parsed = readCommandLine(COMMAND, PAGES_USAGE, args, {
    out: { type: 'string', short: 'o' },
    'base-url': { type: 'string' },
    template: { type: 'string' },
    'with-index': { type: 'boolean' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError(COMMAND, 'pages needs one glossary file (JSON).');
  if (!values.out) return usageError(COMMAND, 'pages needs --out DIR: where to write the site.');
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^https?:\/\//i.test(baseUrl)) return usageError(COMMAND, `--base-url must be an http or https URL, got "${baseUrl}".`);
  const [file] = positionals as [string];

  const text = await readText(file);
  if (text === undefined) return USAGE_ERROR;
  const template = values.template === undefined ? DEFAULT_TEMPLATE : await readText(values.template);
  if (template === undefined) return USAGE_ERROR;
  const problem = templateProblem(template);
  if (problem) return usageError(COMMAND, `cannot use the template ${values.template}: ${problem}.`);

  let glossary: Glossary;
  try {
    glossary = parseGlossaryText(text.replace(/^\uFEFF/, ''), file, { warn: (message) => console.log(message.replace(/^glossary-elements: /, `${file}: warning `)) });
  } catch (error) {
    const problems = (error as { problems?: string[] }).problems ?? [(error as Error).message];
    for (const line of problems) console.log(`${file}: error ${line}`);
    console.log(`Nothing written: ${file} is not a valid glossary (\`glossary-elements validate ${file}\` says more).`);
    return FAILED;
  }

  const out = values.out;
  let pages = 0;
  const options = { template, ...(baseUrl && { baseUrl }), withIndex: Boolean(values['with-index']) };
  const plan = sitePlan(glossary, options);
  // Rendering is synchronous; writes overlap it, a bounded number at a time.
  const writing = new Set<Promise<void>>();
  const folders = new Set<string>();
  for await (const { path, text: html } of buildSite(glossary, options, plan)) {
    const target = join(out, path);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      folders.add(folder);
      await mkdir(folder, { recursive: true });
    }
    const write: Promise<void> = writeFile(target, html).finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= 16) await Promise.race(writing);
    if (path.endsWith('.html')) pages++;
  }
  await Promise.all(writing);
  for (const script of SCRIPT_FILES) {
    try {
      await copyFile(join(scriptsDir, script), join(out, script));
    } catch {
      console.error(`glossary-elements: cannot copy ${script} from ${scriptsDir}; run \`npm run build\` in the package first.`);
      return USAGE_ERROR;
    }
  }
  for (const asset of plan.assets) {
    await mkdir(dirname(join(out, asset)), { recursive: true });
    await copyFile(join(dirname(file), asset), join(out, asset)).catch(() => console.log(`${file}: warning ${asset} (an article image) not found beside the glossary; its pages link it anyway.`));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Wrote ${out}: ${pages} pages (the index and ${pages - 1} terms)${baseUrl ? ', sitemap.xml' : ''} and the scripts, in ${seconds} s.`);
  return OK;
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    console.error(`glossary-elements: cannot read ${file}: ${readFailure(error) ?? (error as Error).message}.`);
    return undefined;
  }
}

