import { parse, type CsvError } from 'csv-parse/sync';
import { fieldNamed, problemAt, type Entry, type Field, type SourceRead } from './entries.js';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of a spreadsheet export: of `,` `;` and tab, the one found most often in the header
 * line outside quotes (a `.tsv` file is tab-separated whatever its header says). Comma when none is.
 */
export function detectDelimiter(text: string, fileName = ''): string {
  if (fileName.toLowerCase().endsWith('.tsv')) return '\t';
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

interface Record {
  record: string[];
  info: { lines: number; records: number };
}

/**
 * Reads a CSV or TSV file's text: one entry per row, by the header's column names. Rows are
 * numbered as a spreadsheet shows them (the header is row 1); a row the CSV parser cannot read is
 * reported with its line and the others still read.
 */
export function readCsv(text: string, file: string): SourceRead {
  const problems: SourceRead['problems'] = [];
  let rows: Record[];
  try {
    rows = parse(text, { bom: true, delimiter: detectDelimiter(text, file), info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Record[];
  } catch (error) {
    // Past a broken quote, where each cell starts is guesswork: stop at the first one.
    const { lines, message, code } = error as CsvError;
    if (typeof code !== 'string' || !code.startsWith('CSV_')) throw error;
    const line = typeof lines === 'number' ? lines : undefined;
    const reason = message.replace(/ at line \d+/, '').replace(/ instead of .*$/, '');
    return { entries: [], problems: [problemAt({ file, ...(line !== undefined && { line }) }, 'error', `not valid CSV here, nothing after it is read: ${reason}`)] };
  }
  const [header, ...body] = rows;
  if (!header) return { entries: [], problems: [...problems, problemAt({ file }, 'error', 'the file has no header row')] };

  const columns = header.record.map((name, index) => columnOf(name, index));
  const named = new Map<Field, number>();
  for (const column of columns) {
    if (column.field === undefined) {
      if (column.name !== '') problems.push(problemAt({ file, row: 1 }, 'warning', `column "${column.name}" is not a glossary field; it is ignored`));
    } else if (named.has(column.field)) {
      problems.push(problemAt({ file, row: 1 }, 'error', `columns ${named.get(column.field)! + 1} and ${column.index + 1} both name ${column.field}`));
    } else named.set(column.field, column.index);
  }
  for (const required of ['term', 'definition'] as const) {
    if (!named.has(required)) problems.push(problemAt({ file, row: 1 }, 'error', `no "${required}" column: it is required`));
  }
  if (named.has('articles')) problems.push(problemAt({ file, row: 1 }, 'warning', 'an "articles" column cannot hold articles; it is ignored (use Markdown front matter)'));
  if (problems.some((problem) => problem.severity === 'error' && problem.row === 1)) return { entries: [], problems };

  const entries: Entry[] = body.map(({ record, info }) => {
    const values = new Map<Field, unknown>();
    for (const [field, index] of named) {
      const cell = record[index]?.trim();
      if (cell && field !== 'articles') values.set(field, cell);
    }
    return { place: { file, row: info.records }, values };
  });
  // A spreadsheet's export often ends with rows left empty: they are no terms, and no mistake.
  return { entries: entries.filter((entry) => entry.values.size > 0), problems };
}

function columnOf(name: string, index: number) {
  const trimmed = name.trim();
  return { name: trimmed, index, field: fieldNamed(trimmed) };
}
