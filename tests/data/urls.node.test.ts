import { describe, expect, it } from 'vitest';
import { safeImage, safeLink } from '../../src/data/urls.js';

const BASE = 'https://example.test/glossary/data.json';

describe('safeLink', () => {
  it.each([
    'https://example.test/a?b=c#d',
    'http://example.test/',
    'mailto:someone@example.test',
    '/glossary/b/back-end/',
    'terms/back-end.html',
    '#back-end',
    '?letter=B',
  ])('keeps %j as written without a baseUrl', (href) => {
    expect(safeLink(href)).toBe(href);
  });

  it('trims surrounding white space', () => {
    expect(safeLink('  https://example.test/a  ')).toBe('https://example.test/a');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '   javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.test/file',
    'http://[',
    '',
    '   ',
  ])('drops %j', (href) => {
    expect(safeLink(href)).toBeUndefined();
    expect(safeLink(href, BASE)).toBeUndefined();
  });

  it('gives undefined for null and undefined', () => {
    expect(safeLink(null)).toBeUndefined();
    expect(safeLink(undefined)).toBeUndefined();
  });

  it.each([
    ['/glossary/b/back-end/', 'https://example.test/glossary/b/back-end/'],
    ['b/back-end/', 'https://example.test/glossary/b/back-end/'],
    ['../about', 'https://example.test/about'],
    ['#x', 'https://example.test/glossary/data.json#x'],
  ])('resolves the relative %j against the baseUrl', (href, expected) => {
    expect(safeLink(href, BASE)).toBe(expected);
  });

  it('resolves relative links against a file: base (a page opened from disk), but never keeps a file: link of its own', () => {
    const base = 'file:///home/me/site/b/back-end/index.html';
    expect(safeLink('../../f/front-end/index.html', base)).toBe('file:///home/me/site/f/front-end/index.html');
    expect(safeImage('../../images/a.svg', base)).toBe('file:///home/me/site/images/a.svg');
    expect(safeLink('file:///etc/passwd', base)).toBeUndefined();
    expect(safeLink('javascript:alert(1)', base)).toBeUndefined();
  });

  it('leaves absolute links pointing where they point when a baseUrl is given', () => {
    expect(safeLink('https://other.test/x', BASE)).toBe('https://other.test/x');
    expect(safeLink('mailto:a@example.test', BASE)).toBe('mailto:a@example.test');
  });
});

describe('safeImage', () => {
  it('keeps http, https and relative sources', () => {
    expect(safeImage('https://example.test/a.png')).toBe('https://example.test/a.png');
    expect(safeImage('http://example.test/a.png')).toBe('http://example.test/a.png');
    expect(safeImage('img/a.png')).toBe('img/a.png');
    expect(safeImage('img/a.png', BASE)).toBe('https://example.test/glossary/img/a.png');
  });

  it('drops mailto in any case, and everything safeLink drops', () => {
    expect(safeImage('mailto:a@example.test')).toBeUndefined();
    expect(safeImage('MAILTO:a@example.test')).toBeUndefined();
    expect(safeImage('mailto:a@example.test', BASE)).toBeUndefined();
    expect(safeImage('javascript:alert(1)')).toBeUndefined();
    expect(safeImage('data:image/png;base64,AAAA')).toBeUndefined();
    expect(safeImage(undefined)).toBeUndefined();
  });
});
