import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, usePackagedCli } from './cli-package.js';

const SAMPLE = readFileSync(join(ROOT, 'examples/freelance-glossary.json'), 'utf8');

const { packaged, run } = usePackagedCli();

const lines = (text: string) => text.trimEnd().split('\n');

const glossary = (...terms: unknown[]) => JSON.stringify({ title: 'T', terms });
const term = (fields: Record<string, unknown>) => ({ id: 'a', term: 'A', definition: '<p>A.</p>', ...fields });

describe('glossary-elements validate', () => {
  it('passes the sample glossary with status 0', async () => {
    const result = await run(['validate', 'sample.json'], { 'sample.json': SAMPLE });

    expect(result).toEqual({ status: 0, stdout: 'Checked 1 file: no problems.\n', stderr: '' });
  });

  it('prints each schema problem with its path on its own line, then a summary, with status 1', async () => {
    const text = JSON.stringify({ terms: [term({}), term({ id: 'B b', aliases: ['x', 7] })] });

    const result = await run(['validate', 'broken.json'], { 'broken.json': text });

    expect(result.status).toBe(1);
    expect(lines(result.stdout)).toEqual([
      'broken.json: error title: must be a non-empty string, got nothing',
      'broken.json: error terms[1].id: must use only a-z, 0-9 and "-", got "B b"',
      'broken.json: error terms[1].aliases[1]: must be a string, got number 7',
      'Checked 1 file: 3 errors, 0 warnings.',
    ]);
    expect(result.stderr).toBe('');
  });

  it('reports malformed JSON on one line, with the line and column where the parser names a position', async () => {
    const result = await run(['validate', 'comma.json', 'trailing.json'], {
      'comma.json': '{\n  "title": "T"\n  "terms": []\n}\n',
      'trailing.json': '{"title": "T", "terms": [1,]}',
    });

    expect(result.status).toBe(1);
    const [comma, trailing, summary, ...rest] = lines(result.stdout);
    // The reason is V8's own wording; the place is the CLI's.
    expect(comma).toMatch(/^comma\.json: error: not valid JSON: \S.* \(line 3, column 3\)$/);
    expect(trailing).toMatch(/^trailing\.json: error: not valid JSON: \S[^\n]*$/);
    expect(summary).toBe('Checked 2 files: 2 errors, 0 warnings.');
    expect(rest).toEqual([]);
  });

  it('prints see-also warnings as warnings and still passes, with status 0', async () => {
    const text = glossary(term({ seeAlso: ['nope'] }));

    const result = await run(['validate', 'dangling.json'], { 'dangling.json': text });

    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toEqual([
      'dangling.json: warning terms[0].seeAlso: names "nope", which matches no term; it is dropped',
      'Checked 1 file: 0 errors, 1 warning.',
    ]);
  });

  it('prints the warnings together with the errors, not only once the errors are fixed', async () => {
    const text = glossary(term({ seeAlso: ['nope'] }), term({ id: 'b', summary: 3 }));

    const result = await run(['validate', 'both.json'], { 'both.json': text });

    expect(result.status).toBe(1);
    expect(lines(result.stdout)).toEqual([
      'both.json: error terms[1].summary: must be a non-empty string, got number 3',
      'both.json: warning terms[0].seeAlso: names "nope", which matches no term; it is dropped',
      'Checked 1 file: 1 error, 1 warning.',
    ]);
  });

  it('does not warn of a see-also naming a term that is there but has errors of its own', async () => {
    const text = glossary(term({ seeAlso: ['b'] }), term({ id: 'b', summary: 3 }));

    const result = await run(['validate', 'broken-target.json'], { 'broken-target.json': text });

    expect(lines(result.stdout)).toEqual([
      'broken-target.json: error terms[1].summary: must be a non-empty string, got number 3',
      'Checked 1 file: 1 error, 0 warnings.',
    ]);
  });

  it('warns of a "</script" in any string, which would end an inline <script type="application/json"> early', async () => {
    const text = glossary(term({ definition: '<p>Write </SCRIPT> to end it.</p>' }), term({ id: 'b', aliases: ['x</script'] }));

    const result = await run(['validate', 'inline.json'], { 'inline.json': text });

    expect(result.status).toBe(0);
    const hint = 'holds "</script", which ends a <script type="application/json"> block early if the document is pasted into a page; write < as \\u003c there';
    expect(lines(result.stdout)).toEqual([
      `inline.json: warning terms[0].definition: ${hint}`,
      `inline.json: warning terms[1].aliases[0]: ${hint}`,
      'Checked 1 file: 0 errors, 2 warnings.',
    ]);
  });

  it('says nothing of a "</script" written with its < escaped, as \\u003c', async () => {
    const text = glossary(term({ definition: '<p>Write </script> to end it.</p>' })).replace('</script>', '\\u003c/script>');

    const result = await run(['validate', 'escaped.json'], { 'escaped.json': text });

    expect(result).toEqual({ status: 0, stdout: 'Checked 1 file: no problems.\n', stderr: '' });
  });

  it('reads a file that starts with a byte order mark, as a browser does', async () => {
    const result = await run(['validate', 'bom.json'], { 'bom.json': `\ufeff${glossary(term({}))}` });

    expect(result.status).toBe(0);
  });

  it('checks every file it is given and fails when any one has an error', async () => {
    const result = await run(['validate', 'good.json', 'root.json'], { 'good.json': glossary(term({})), 'root.json': '[]' });

    expect(result.status).toBe(1);
    expect(lines(result.stdout)).toEqual([
      'root.json: error: the glossary must be a JSON object, got an array',
      'Checked 2 files: 1 error, 0 warnings.',
    ]);
  });

  it('prints problems as JSON with --json', async () => {
    const files = { 'warned.json': glossary(term({ seeAlso: ['a'] })), 'wrong.json': glossary(term({ summary: 3 })), 'cut.json': '{"title": "T",' };

    const result = await run(['validate', '--json', 'warned.json', 'wrong.json', 'cut.json'], files);

    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      files: [
        {
          file: 'warned.json',
          valid: true,
          problems: [{ severity: 'warning', path: 'terms[0].seeAlso', message: 'names "a", the term itself; it is dropped' }],
        },
        {
          file: 'wrong.json',
          valid: false,
          problems: [{ severity: 'error', path: 'terms[0].summary', message: 'must be a non-empty string, got number 3' }],
        },
        {
          file: 'cut.json',
          valid: false,
          problems: [{ severity: 'error', path: '', message: expect.stringMatching(/^not valid JSON: /), line: 1, column: 15 }],
        },
      ],
      errors: 2,
      warnings: 1,
    });
  });
});

describe('glossary-elements usage', () => {
  it.each([
    ['no arguments', [], 'glossary-elements: name a command: validate, import or pages.'],
    ['an unknown command', ['check', 'a.json'], 'glossary-elements: unknown command "check"; the commands are validate, import and pages.'],
    ['validate without a file', ['validate'], 'glossary-elements: validate needs at least one glossary file (JSON).'],
    ['an unknown option', ['validate', '--fix', 'a.json'], 'glossary-elements: unknown option "--fix".'],
  ])('explains %s on stderr, with status 2', async (_label, args, sentence) => {
    const result = await run(args);

    expect(result).toEqual({ status: 2, stdout: '', stderr: `${sentence}\nRun \`glossary-elements --help\` for usage.\n` });
  });

  it('says which file it cannot read and why, checks the others, and exits with status 2', async () => {
    const result = await run(['validate', 'missing.json', 'good.json'], { 'good.json': glossary(term({})) });

    expect(result).toEqual({
      status: 2,
      stdout: 'Checked 1 file (1 could not be read): no problems.\n',
      stderr: 'glossary-elements: cannot read missing.json: no such file.\n',
    });
  });

  it('prints its usage with --help, with status 0', async () => {
    const result = await run(['--help']);

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: glossary-elements validate \[--json\] FILE\.\.\.\n/);
    expect(result.stdout).toContain('--json');
  });

  it('prints the package version with --version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

    expect(await run(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('says to build the package when dist/ is missing, with status 2', async () => {
    const lonely = join(packaged.work, 'unbuilt/bin/glossary-elements.mjs');
    mkdirSync(join(packaged.work, 'unbuilt/bin'), { recursive: true });
    copyFileSync(packaged.cli, lonely);

    const result = await run(['validate', 'good.json'], { 'good.json': glossary(term({})) }, lonely);

    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: 'glossary-elements: dist/ is missing; run `npm run build` in the package first.\n',
    });
  });
});
