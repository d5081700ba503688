/// <reference types="node" />
import { writeFile } from 'node:fs/promises';
import { glossaryJson, importGlossary } from './import-glossary.js';
import { formatProblem } from './problems.js';
import { FAILED, OK, readCommandLine, readFailure, usageError, USAGE_ERROR } from './command-line.js';

const COMMAND = 'import';

export const IMPORT_USAGE = `Usage: glossary-elements import SOURCE -o glossary.json [--title T] [--language L] [--url U]

Makes a glossary document from a CSV or TSV file (one term per row, the first row naming the
columns: term, definition, id, aliases, summary, seeAlso, categories, url, moreArticlesUrl,
caseSensitive, autolink) or from a folder of Markdown files (one term per file, its fields in YAML
front matter, its body the definition). Definitions may be Markdown or HTML.

Every problem is printed with its file and row (the header is row 1) or line. Nothing is written
when any is an error (exit status 1); warnings are printed and the file is written.

Options:
  -o, --out FILE     where to write the glossary (required)
  --title T          the glossary's title (default: the source's file or folder name)
  --language L       its language, a BCP 47 tag such as "en" or "de-CH"
  --url U            its index page's URL`;

/** `glossary-elements import …` with its arguments (after the command's name); resolves to the exit status. */
export async function runImport(args: string[]): Promise<number> {
  const parsed = readCommandLine(COMMAND, IMPORT_USAGE, args, {
    out: { type: 'string', short: 'o' },
    title: { type: 'string' },
    language: { type: 'string' },
    url: { type: 'string' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError(COMMAND, positionals.length === 0 ? 'import needs a SOURCE: a CSV or TSV file, or a folder of Markdown files.' : 'import reads one SOURCE at a time.');
  if (!values.out) return usageError(COMMAND, 'import needs -o FILE: where to write the glossary.');
  const [source] = positionals as [string];

  let result;
  try {
    result = await importGlossary(source, {
      ...(values.title !== undefined && { title: values.title }),
      ...(values.language !== undefined && { language: values.language }),
      ...(values.url !== undefined && { url: values.url }),
    });
  } catch (error) {
    const reason = readFailure(error, 'file or folder');
    if (reason === undefined) throw error;
    console.error(`glossary-elements: cannot read ${source}: ${reason}.`);
    return USAGE_ERROR;
  }

  for (const problem of result.problems) console.log(formatProblem(problem));
  const count = (severity: string) => result.problems.filter((problem) => problem.severity === severity).length;
  const tally = `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}`;
  if (result.failed) {
    console.log(`Nothing written: ${tally}.`);
    return FAILED;
  }
  try {
    await writeFile(values.out, glossaryJson(result.document));
  } catch (error) {
    console.error(`glossary-elements: cannot write ${values.out}: ${(error as Error).message}.`);
    return USAGE_ERROR;
  }
  console.log(`Wrote ${values.out}: ${plural(result.document.terms.length, 'term')} from ${source}; ${tally}.`);
  return OK;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

