import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { buildGlossary, type GlossaryFields, type ImportedGlossary } from './build-glossary.js';
import { readCsv } from './csv-source.js';
import { readMarkdownFolder } from './markdown-source.js';
import type { ImportProblem } from './problems.js';

export interface ImportOptions {
  title?: string;
  language?: string;
  url?: string;
}

export interface ImportResult {
  document: ImportedGlossary;
  problems: ImportProblem[];
  /** Whether any problem is an error: then the document must not be written. */
  failed: boolean;
}

/**
 * Reads a CSV/TSV file or a folder of Markdown files into a glossary document, with every problem
 * met on the way. `source` is printed in problems as given. Throws (a Node file system error) only
 * when the source cannot be read at all.
 */
export async function importGlossary(source: string, options: ImportOptions = {}): Promise<ImportResult> {
  const folder = (await stat(source)).isDirectory();
  const read = folder ? await readMarkdownFolder(source, source) : readCsv(await readFile(source, 'utf8'), source);
  const fields: GlossaryFields = {
    title: options.title ?? basename(source.replace(/[\\/]+$/, ''), folder ? '' : extname(source)),
    ...(options.language !== undefined && { language: options.language }),
    ...(options.url !== undefined && { url: options.url }),
  };
  const built = buildGlossary(read.entries, fields);
  const problems = [...read.problems, ...built.problems].sort(byPlace);
  return { document: built.document, problems, failed: problems.some((problem) => problem.severity === 'error') };
}

/**
 * The document as JSON text, safe to paste into `<script type="application/json">` too: `</script`
 * and `<!--` (which can end or derail a script element) are written with `<` as `\u003c`.
 */
export function glossaryJson(document: ImportedGlossary): string {
  return `${JSON.stringify(document, null, 2).replace(/<(?=\/script|!--)/gi, '\\u003c')}\n`;
}

/** Problems in the order of the source: by file, then row or line (a sort keeps the order of equals). */
function byPlace(a: ImportProblem, b: ImportProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.row ?? a.line ?? 0) - (b.row ?? b.line ?? 0);
}
