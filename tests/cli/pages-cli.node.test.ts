import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, usePackagedCli } from './cli-package.js';

const { packaged, run } = usePackagedCli();

const glossary = JSON.stringify({
  title: 'Tiny',
  terms: [
    { id: 'back-end', term: 'Back-End', definition: '<p>The server side.</p>', seeAlso: ['api'] },
    { id: 'api', term: 'API', definition: '<p>How programs talk.</p>' },
  ],
});

describe('glossary-elements pages', () => {
  it('writes the index, a page per term, the sitemap and the scripts, says so with the time, and exits with status 0', async () => {
    const result = await run(['pages', 'tiny.json', '--out', 'site', '--base-url', 'https://example.com/tiny'], { 'tiny.json': glossary });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Wrote site: 3 pages \(the index and 2 terms\), sitemap\.xml and the scripts, in \d+\.\d\d s\.\n$/);
    for (const file of ['index.html', 'b/back-end/index.html', 'a/api/index.html', 'sitemap.xml']) expect(existsSync(join(packaged.work, 'site', file))).toBe(true);
    expect(readFileSync(join(packaged.work, 'site/glossary-elements.iife.js'), 'utf8')).toBe('// glossary-elements.iife.js\n');
    expect(readFileSync(join(packaged.work, 'site/glossary-elements.purify.js'), 'utf8')).toBe('// glossary-elements.purify.js\n');
    expect(readFileSync(join(packaged.work, 'site/sitemap.xml'), 'utf8')).toContain('<loc>https://example.com/tiny/b/back-end/</loc>');
  });

  it('prints every problem of an invalid glossary, writes nothing, and exits with status 1', async () => {
    const result = await run(['pages', 'bad.json', '--out', 'bad-site'], { 'bad.json': JSON.stringify({ title: 'Bad', terms: [{ id: 'X', term: 'X' }] }) });

    expect(result.status).toBe(1);
    expect(result.stdout).toContain('bad.json: error terms[0].id');
    expect(result.stdout).toContain('bad.json: error terms[0].definition');
    expect(result.stdout).toMatch(/Nothing written/);
    expect(existsSync(join(packaged.work, 'bad-site'))).toBe(false);
  });

  it.each([
    ['no --out', ['pages', 'tiny.json'], /pages needs --out DIR/],
    ['no glossary', ['pages', '--out', 'x'], /pages needs one glossary file/],
    ['a base URL that is no web address', ['pages', 'tiny.json', '--out', 'x', '--base-url', 'example.com'], /--base-url must be an http or https URL/],
    ['a template without the content comment', ['pages', 'tiny.json', '--out', 'x', '--template', 'layout.html'], /cannot use the template layout\.html: it has no <!--glossary-content--> comment/],
    ['a file that is not there', ['pages', 'missing.json', '--out', 'x'], /cannot read missing\.json: no such file/],
    ['an unknown option', ['pages', 'tiny.json', '--out', 'x', '--fast'], /Unknown option '--fast'/],
  ])('explains %s on stderr, writes nothing, and exits with status 2', async (_name, args, message) => {
    const result = await run(args, { 'tiny.json': glossary, 'layout.html': '<html><head></head><body></body></html>' });

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(packaged.work, 'x'))).toBe(false);
  });

  it('prints its usage with --help', async () => {
    const result = await run(['pages', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: glossary-elements pages glossary\.json --out DIR/);
  });

  it('is named in the general usage', async () => {
    expect(readFileSync(join(ROOT, 'bin/glossary-elements.mjs'), 'utf8')).toContain('glossary-elements pages glossary.json --out DIR');
    expect((await run(['--help'])).stdout).toContain('glossary-elements pages --help');
  });
});
