/** One finding of `import`: where it is (file, and a row or a line in it) and what is wrong. */
export interface ImportProblem {
  severity: 'error' | 'warning';
  file: string;
  /** The CSV row (the header is row 1). */
  row?: number;
  /** The line in the file (a Markdown file, or a CSV line where no row could be read). */
  line?: number;
  message: string;
}

/** `terms.csv: error row 4: …`, `glossary/api.md: warning line 3: …`, `terms.csv: error: …`. */
export function formatProblem({ severity, file, row, line, message }: ImportProblem): string {
  const where = row !== undefined ? ` row ${row}` : line !== undefined ? ` line ${line}` : '';
  return `${file}: ${severity}${where}: ${message}`;
}
