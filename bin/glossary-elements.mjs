#!/usr/bin/env node
// `glossary-elements validate FILE...`: checks glossary documents with the library's own parser and
// validator (from dist/, so it runs from the package without TypeScript) and prints every problem.
// `glossary-elements import …` makes one from a spreadsheet or Markdown files (dist/cli/), and
// `glossary-elements pages …` a static site from one.
import { readFile } from 'node:fs/promises';

const USAGE = `Usage: glossary-elements validate [--json] FILE...
       glossary-elements import SOURCE -o glossary.json [--title T] [--language L] [--url U]
       glossary-elements pages glossary.json --out DIR [--base-url URL] [--template layout.html] [--with-index]

Checks glossary documents (JSON, version 1) as <glossary-term> and <glossary-index> do, and
prints each problem with its path, for example:
  glossary.json: error terms[3].id: must be a non-empty string, got nothing

Exit status: 0 when every file is valid (warnings allowed), 1 when any file has an error,
2 on a usage error (unknown command or option, no file, a file that cannot be read).

Options:
  --json      print the problems as JSON instead of lines
  --help      print this help
  --version   print the version

\`glossary-elements import --help\` tells what import reads and writes, and
\`glossary-elements pages --help\` what pages writes.`;

/** Exit statuses. */
const VALID = 0;
const INVALID = 1;
const USAGE_ERROR = 2;

/** A problem starts with its path in the document, except the root's ("the glossary must be …"). */
const PATH_FIRST = /^((?:title|url|language|terms)(?:\[\d+\])?(?:\.[A-Za-z]+(?:\[\d+\])?)*) (.+)$/s;

const args = process.argv.slice(2);
if (args[0] === 'import') {
  const { runImport } = await loadDist('cli/import-command.js');
  process.exit(await runImport(args.slice(1)));
}
if (args[0] === 'pages') {
  const { runPages } = await loadDist('cli/pages-command.js');
  process.exit(await runPages(args.slice(1)));
}
if (args.includes('--help') || args.includes('-h')) exit(VALID, USAGE);
if (args.includes('--version')) exit(VALID, await version());
const options = args.filter((arg) => arg.startsWith('-'));
const [command, ...files] = args.filter((arg) => !arg.startsWith('-'));
const unknownOption = options.find((option) => option !== '--json');
if (unknownOption) usageError(`unknown option "${unknownOption}".`);
if (command === undefined) usageError('name a command: validate, import or pages.');
if (command !== 'validate') usageError(`unknown command "${command}"; the commands are validate, import and pages.`);
if (files.length === 0) usageError('validate needs at least one glossary file (JSON).');

const { parseGlossaryText } = await loadDist('data/parse.js');
const { scriptEndPaths, SCRIPT_END_HINT } = await loadDist('cli/script-end.js');
const results = [];
let unreadable = 0;
for (const file of files) {
  const result = await check(file);
  if (result) results.push(result);
  else unreadable++;
}
const count = (severity) => results.flatMap((result) => result.problems).filter((p) => p.severity === severity).length;
const errors = count('error');
const warnings = count('warning');

if (options.includes('--json')) {
  console.log(JSON.stringify({ files: results, errors, warnings }, null, 2));
} else {
  for (const { file, problems } of results) for (const problem of problems) console.log(lineOf(file, problem));
  console.log(summary());
}
process.exitCode = unreadable > 0 ? USAGE_ERROR : errors > 0 ? INVALID : VALID;

/** Reads and checks one file; says why on stderr and gives nothing when it cannot be read. */
async function check(file) {
  let text;
  try {
    // A byte order mark goes, as it does when the elements fetch the file.
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    console.error(`glossary-elements: cannot read ${file}: ${readFailure(error)}.`);
    return undefined;
  }
  const warned = [];
  let errors = [];
  try {
    parseGlossaryText(text, file, { warn: (message) => warned.push(message) });
  } catch (error) {
    // Without a cause it is refused before parsing (too large, too deep): the message says why.
    if (error?.kind === 'parse') return resultOf(file, [error.cause ? jsonProblem(error.cause, text) : problemOf('error', error.message)]);
    if (error?.kind !== 'schema') throw error;
    errors = error.problems.map((problem) => problemOf('error', problem));
  }
  // Every problem at once: the see-also warnings come even when there are errors.
  const warnings = warned.map((message) => problemOf('warning', message.replace(/^glossary-elements: /, '')));
  const inline = scriptEndPaths(text, JSON.parse(text)).map((path) => ({ severity: 'warning', path, message: SCRIPT_END_HINT }));
  return resultOf(file, [...errors, ...warnings, ...inline]);
}

function resultOf(file, problems) {
  return { file, valid: problems.every((problem) => problem.severity !== 'error'), problems };
}

function problemOf(severity, text) {
  const match = PATH_FIRST.exec(text);
  return match ? { severity, path: match[1], message: match[2] } : { severity, path: '', message: text };
}

/**
 * JSON.parse's complaint on one line, with the line and column of its position where it names one.
 * V8 quotes the text around some errors ("Unexpected token ']', "…" is not valid JSON"); that goes.
 */
function jsonProblem(syntaxError, text) {
  const reason = String(syntaxError?.message).replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '').replace(/\s+/g, ' ');
  const problem = { severity: 'error', path: '', message: `not valid JSON: ${reason}` };
  const position = /at position (\d+)/.exec(problem.message)?.[1];
  if (position === undefined) return problem;
  const before = text.slice(0, Number(position)).split('\n');
  return { ...problem, line: before.length, column: before.at(-1).length + 1 };
}

function lineOf(file, { severity, path, message, line, column }) {
  const where = line === undefined ? '' : ` (line ${line}, column ${column})`;
  return path ? `${file}: ${severity} ${path}: ${message}` : `${file}: ${severity}: ${message}${where}`;
}

function summary() {
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const checked = `Checked ${plural(results.length, 'file')}${unreadable ? ` (${unreadable} could not be read)` : ''}`;
  if (errors + warnings === 0) return `${checked}: no problems.`;
  return `${checked}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}

function readFailure(error) {
  const reasons = { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied', EPERM: 'permission denied' };
  return reasons[error.code] ?? error.message;
}

/** A module of the package's dist/ (compiled from src/). */
async function loadDist(path) {
  try {
    return await import(`../dist/${path}`);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes(`dist/${path}`)) throw error;
    exit(USAGE_ERROR, undefined, 'glossary-elements: dist/ is missing; run `npm run build` in the package first.');
  }
}

async function version() {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  return manifest.version;
}

function usageError(sentence) {
  exit(USAGE_ERROR, undefined, `glossary-elements: ${sentence}\nRun \`glossary-elements --help\` for usage.`);
}

function exit(status, out, err) {
  if (out !== undefined) console.log(out);
  if (err !== undefined) console.error(err);
  process.exit(status);
}
