import { describe, expect, it } from 'vitest';
import { compact, fold } from '../../src/data/fold.js';

describe('fold', () => {
  it('drops accents and lower-cases', () => {
    expect(fold('Résumé')).toBe('resume');
    expect(fold('RESUME')).toBe(fold('résumé'));
    expect(fold('Ærø Ñandú Čaj')).toBe('ærø nandu caj');
  });

  it('expands compatibility characters such as ligatures', () => {
    expect(fold('ﬁle')).toBe('file');
    expect(fold('Ｆｕｌｌｗｉｄｔｈ')).toBe('fullwidth');
  });

  it('trims surrounding white space but keeps punctuation and inner spaces', () => {
    expect(fold('  Back-End  ')).toBe('back-end');
    expect(fold('back end')).toBe('back end');
  });

  it('folds decomposed and precomposed accents alike', () => {
    expect(fold('Cafe\u0301')).toBe(fold('Caf\u00e9'));
  });
});

describe('compact', () => {
  it('makes "Back-End", "back end" and "backend" meet', () => {
    expect(compact('Back-End')).toBe('backend');
    expect(compact('back end')).toBe('backend');
    expect(compact('BACKEND')).toBe('backend');
  });

  it('keeps letters and digits of any script', () => {
    expect(compact('Net 30')).toBe('net30');
    expect(compact('Ωμέγα-1')).toBe('ωμεγα1');
  });

  it('gives an empty string for punctuation only', () => {
    expect(compact(' --- / ')).toBe('');
  });
});
