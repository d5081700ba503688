import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, usePackagedCli } from './cli-package.js';

const { packaged, run } = usePackagedCli();

const lines = (text: string) => text.trimEnd().split('\n');
const written = (name: string) => JSON.parse(readFileSync(join(packaged.work, name), 'utf8')) as { title: string; terms: Array<Record<string, unknown>> };

describe('glossary-elements import', () => {
  it('writes the glossary, says so, and exits with status 0', async () => {
    const result = await run(['import', 'terms.csv', '-o', 'glossary.json'], { 'terms.csv': 'term,definition\nBack-End,The *server* side.\n' });

    expect(result).toEqual({ status: 0, stdout: 'Wrote glossary.json: 1 term from terms.csv; 0 errors, 0 warnings.\n', stderr: '' });
    expect(written('glossary.json')).toEqual({ title: 'terms', terms: [{ id: 'back-end', term: 'Back-End', definition: '<p>The <em>server</em> side.</p>' }] });
  });

  it('prints every error with its file and row, writes nothing, and exits with status 1', async () => {
    const result = await run(['import', 'broken.csv', '-o', 'broken.json'], { 'broken.csv': 'term,definition,seeAlso\nA,a,nope\n,b,\nC,,\n' });

    expect(result.status).toBe(1);
    expect(lines(result.stdout)).toEqual([
      'broken.csv: warning row 2: seeAlso names "nope", which is no term\'s id or name; it is left out',
      'broken.csv: error row 3: no term: every term needs its name in "term"',
      'broken.csv: error row 4: no definition: every term needs one',
      'Nothing written: 2 errors, 1 warning.',
    ]);
    expect(existsSync(join(packaged.work, 'broken.json'))).toBe(false);
  });

  it('leaves an existing output file as it was when there is an error', async () => {
    await run(['import', 'good.csv', '-o', 'kept.json'], { 'good.csv': 'term,definition\nA,a\n' });

    const result = await run(['import', 'bad.csv', '-o', 'kept.json', '--title', 'New'], { 'bad.csv': 'term,definition\nA,\n' });

    expect(result.status).toBe(1);
    expect(written('kept.json').title).toBe('good');
  });

  it('prints warnings, writes the file anyway, and exits with status 0', async () => {
    const result = await run(['import', 'warned.csv', '-o', 'warned.json', '--title', 'Warned', '--language', 'de', '--url', 'https://x.test/'], {
      'warned.csv': 'term,definition,seeAlso\nA,a,nope\nB,b,A\n',
    });

    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toEqual([
      'warned.csv: warning row 2: seeAlso names "nope", which is no term\'s id or name; it is left out',
      'Wrote warned.json: 2 terms from warned.csv; 0 errors, 1 warning.',
    ]);
    expect(written('warned.json')).toMatchObject({ title: 'Warned', language: 'de', url: 'https://x.test/', terms: [{ id: 'a' }, { id: 'b', seeAlso: ['a'] }] });
  });

  it('imports a folder of Markdown files, naming each file in its problems', async () => {
    const files = {
      'md/a.md': '---\nterm: A\nseeAlso: [b]\n---\nThe *a*.\n',
      'md/b.md': '---\nterm: B\naliases: [x\n---\nThe b.\n',
    };

    const bad = await run(['import', 'md', '-o', 'md.json'], files);
    const good = await run(['import', 'md', '-o', 'md.json'], { ...files, 'md/b.md': '---\nterm: B\n---\nThe b.\n' });

    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^md\/b\.md: error line \d: the front matter is not valid YAML: /m);
    expect(good.status).toBe(0);
    expect(written('md.json')).toEqual({
      title: 'md',
      terms: [
        { id: 'a', term: 'A', definition: '<p>The <em>a</em>.</p>', seeAlso: ['b'] },
        { id: 'b', term: 'B', definition: '<p>The b.</p>' },
      ],
    });
  });

  it('imports the sample CSV into a file that validate passes without a problem', async () => {
    const imported = await run(['import', join(ROOT, 'examples/freelance-glossary.csv'), '-o', 'sample.json', '--title', 'Freelance Glossary']);
    const validated = await run(['validate', 'sample.json']);

    expect(imported.status).toBe(0);
    expect(validated).toEqual({ status: 0, stdout: 'Checked 1 file: no problems.\n', stderr: '' });
    expect(written('sample.json').terms).toHaveLength(48);
  });

  it.each([
    ['no source', ['import', '-o', 'x.json'], 'glossary-elements: import needs a SOURCE: a CSV or TSV file, or a folder of Markdown files.'],
    ['no output', ['import', 'terms.csv'], 'glossary-elements: import needs -o FILE: where to write the glossary.'],
    ['a source that is not there', ['import', 'missing.csv', '-o', 'x.json'], 'glossary-elements: cannot read missing.csv: no such file or folder.'],
  ])('explains %s on stderr, with status 2', async (_label, args, sentence) => {
    const result = await run(args);

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(sentence);
  });

  it('explains an unknown option on stderr, with status 2', async () => {
    const result = await run(['import', 'terms.csv', '-o', 'x.json', '--fix']);

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^glossary-elements: .*--fix.*\nRun `glossary-elements import --help` for usage\.\n$/);
  });

  it('prints its usage with --help, with status 0', async () => {
    const result = await run(['import', '--help']);

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: glossary-elements import SOURCE -o glossary\.json/);
  });
});
