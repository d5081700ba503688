import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { fieldNamed, problemAt, type Entry, type Field, type Place, type SourceRead } from './entries.js';

const MARKDOWN = new Set(['.md', '.markdown']);
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/**
 * Reads a folder of Markdown files (subfolders too, in name order): one entry per file, its
 * fields from the YAML front matter, the body its definition, its file name the id when the front
 * matter names none. File names print relative to `display`, the folder as the user named it.
 */
export async function readMarkdownFolder(folder: string, display: string): Promise<SourceRead> {
  const files = await markdownFiles(folder);
  const read: SourceRead = { entries: [], problems: [] };
  if (files.length === 0) read.problems.push(problemAt({ file: display }, 'error', 'the folder has no Markdown (.md) files'));
  for (const path of files) {
    const name = join(display, relative(folder, path));
    const { entry, problems } = readMarkdown((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), name);
    if (entry) read.entries.push(entry);
    read.problems.push(...problems);
  }
  return read;
}

async function markdownFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const items = await readdir(folder, { withFileTypes: true });
  items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const item of items) {
    if (item.name.startsWith('.')) continue;
    const path = join(folder, item.name);
    if (item.isDirectory()) found.push(...(await markdownFiles(path)));
    else if (item.isFile() && MARKDOWN.has(extname(item.name).toLowerCase())) found.push(path);
  }
  return found;
}

/** One Markdown file's text as an entry, or the problems that keep it from being one. */
export function readMarkdown(text: string, file: string): { entry?: Entry; problems: SourceRead['problems'] } {
  const problems: SourceRead['problems'] = [];
  const values = new Map<Field, unknown>();
  const lines = new Map<Field, number>();
  const match = text.startsWith('---') ? FRONT_MATTER.exec(text) : null;
  if (text.startsWith('---') && !match) {
    return { problems: [problemAt({ file, line: 1 }, 'error', 'the front matter has no closing "---" line')] };
  }
  const bodyStart = match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1 : 1;
  if (match) {
    const counter = new LineCounter();
    const yaml = parseDocument(match[1]!, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    // Front matter lines start after the opening "---", the file's line 1.
    const lineAt = (offset: number) => counter.linePos(offset).line + 1;
    for (const error of yaml.errors) {
      problems.push(problemAt({ file, line: lineAt(error.pos[0]) }, 'error', `the front matter is not valid YAML: ${firstLine(error.message)}`));
    }
    if (problems.length > 0) return { problems };
    if (yaml.contents !== null && !isMap(yaml.contents)) {
      return { problems: [problemAt({ file, line: 2 }, 'error', 'the front matter must be a set of "field: value" lines')] };
    }
    for (const pair of isMap(yaml.contents) ? yaml.contents.items : []) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const line = lineAt(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
      const field = fieldNamed(key);
      if (field === undefined || field === 'definition') {
        const why = field === 'definition' ? 'the body is the definition' : 'it is not a glossary field';
        problems.push(problemAt({ file, line }, 'warning', `"${key}" is ignored: ${why}`));
        continue;
      }
      const value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? (isScalar(pair.value) ? pair.value.value : pair.value);
      if (value !== null && value !== undefined && value !== '') {
        values.set(field, value);
        lines.set(field, line);
      }
    }
  }
  const body = (match ? text.slice(match[0].length) : text).trim();
  if (body !== '') {
    values.set('definition', body);
    lines.set('definition', bodyStart);
  }
  if (!values.has('id')) values.set('id', basename(file, extname(file)));
  const place: Place = { file, line: 1 };
  return {
    entry: { place, values, placeOf: (field) => (lines.has(field) ? { file, line: lines.get(field)! } : undefined) },
    problems,
  };
}

const firstLine = (message: string) => message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
