import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveSummary, firstSentence, plainFirstSentence, textOf } from '../../src/data/summary.js';

describe('textOf', () => {
  it('turns tags into spaces and collapses white space', () => {
    expect(textOf('<p>One</p><p>Two <strong>three</strong></p>\n\n  four')).toBe('One Two three four');
  });

  it('joins inline markup to its neighbours instead of adding a space', () => {
    expect(textOf('<p>Pay within <em>30 days</em>. Or <a href="/x">sooner</a>!</p>')).toBe('Pay within 30 days. Or sooner!');
  });

  it('keeps a lone "<" as text', () => {
    expect(textOf('if a < b and c > d')).toBe('if a < b and c > d');
  });

  it('drops an unclosed script and comments with their content', () => {
    expect(textOf('safe<script>alert(1)')).toBe('safe');
    expect(textOf('a<!-- hidden -->b')).toBe('ab');
  });

  it('decodes named entities', () => {
    expect(textOf('Fish &amp; chips &lt;b&gt; &quot;q&quot; &apos;a&apos;')).toBe('Fish & chips <b> "q" \'a\'');
  });

  it('decodes decimal and hexadecimal character references', () => {
    expect(textOf('it&#39;s &#x41;&#X42;')).toBe("it's AB");
  });

  it('decodes &nbsp; and then collapses it like any other space', () => {
    expect(textOf('a&nbsp;&nbsp;b')).toBe('a b');
  });

  it('leaves unknown entities and invalid code points as written', () => {
    expect(textOf('&bogus; &#0; &#x110000;')).toBe('&bogus; &#0; &#x110000;');
  });

  it('drops script, style and template elements with their content', () => {
    const html = 'a<script>alert(1)</script>b<STYLE type="text/css">p{}</STYLE >c<template>t</template>d';

    expect(textOf(html)).toBe('a b c d');
  });

  it('does not turn decoded markup into tags again', () => {
    expect(textOf('&lt;script&gt;x&lt;/script&gt;')).toBe('<script>x</script>');
  });

  it('gives an empty string for markup without text', () => {
    expect(textOf('<p> </p><br>')).toBe('');
  });
});

describe('deriveSummary', () => {
  it('does not end the first sentence after a title such as "Dr." or "Mr."', () => {
    expect(deriveSummary('<p>Dr. Smith went home. Then he slept.</p>')).toBe('Dr. Smith went home.');
    expect(deriveSummary('Mr. Jones is here. Bye.')).toBe('Mr. Jones is here.');
  });

  it('picks the first sentence of the definition text', () => {
    expect(deriveSummary('<p>A bill sent to a client. It lists the work.</p>')).toBe('A bill sent to a client.');
  });

  it('ends a sentence at a question or exclamation mark', () => {
    expect(deriveSummary('Is it paid? Not yet!')).toBe('Is it paid?');
  });

  it('does not end a sentence at a decimal point or a lower-case abbreviation', () => {
    expect(deriveSummary('It costs 3.5 dollars. More.')).toBe('It costs 3.5 dollars.');
    expect(deriveSummary('See e.g. the docs. More.')).toBe('See e.g. the docs.');
  });

  it('reads sentences across paragraphs and inline markup', () => {
    const html = '<p><strong>Net 30</strong> means payment within <em>30 days</em> of the invoice.</p><p>Second.</p>';

    expect(deriveSummary(html)).toBe('Net 30 means payment within 30 days of the invoice.');
  });

  it('keeps a definition without a full stop whole', () => {
    expect(deriveSummary('<p>No full stop at all</p>')).toBe('No full stop at all');
  });

  it('gives an empty summary for an empty definition', () => {
    expect(deriveSummary('')).toBe('');
  });

  it('segments in the given language', () => {
    expect(deriveSummary('<p>Eine Rechnung. Sie listet die Arbeit.</p>', 'de')).toBe('Eine Rechnung.');
  });

  it('cuts a long sentence at a word boundary with an ellipsis, within 200 characters', () => {
    const long = `${'word '.repeat(60)}end.`;

    const summary = deriveSummary(long);

    expect(summary.length).toBeLessThanOrEqual(200);
    expect(summary).toMatch(/^(word )+word…$/);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    const long = `${'abcd, '.repeat(50)}end.`;

    const summary = deriveSummary(long);

    expect(summary.length).toBeLessThanOrEqual(200);
    expect(summary.endsWith('abcd…')).toBe(true);
  });

  it('cuts a sentence without spaces at 199 characters plus the ellipsis', () => {
    const summary = deriveSummary(`${'x'.repeat(300)}.`);

    expect(summary).toBe(`${'x'.repeat(199)}…`);
  });

  it('keeps a sentence of exactly 200 characters whole', () => {
    const sentence = `${'a'.repeat(199)}.`;

    expect(deriveSummary(sentence)).toBe(sentence);
  });
});

describe('textOf and deriveSummary on hostile markup: linear, reading only what they need', () => {
  // Each took seconds with regular expressions over the whole definition (issue 15).
  const hostile = {
    'unclosed tags: "<a" × 40,000': '<a'.repeat(40_000),
    'unclosed tags: "<a" × 400,000': '<a'.repeat(400_000),
    'unclosed raw text: "<script" × 100,000': '<script'.repeat(100_000),
    'unclosed comments: "<!--" × 100,000': 'x<!--'.repeat(100_000),
    'half end tags: "<style></style" × 50,000': '<style>'.concat('</style'.repeat(50_000)),
    'entity-like runs: "&#x" + 1 MB of digits': `&#x${'1'.repeat(1_000_000)}`,
    'a 1 MB word, then a full stop': `${'a'.repeat(1_000_000)}. Next.`,
  };

  for (const [name, html] of Object.entries(hostile)) {
    it(`${name}: well under 100 ms`, () => {
      const started = performance.now();
      deriveSummary(html);
      textOf(html);
      expect(performance.now() - started).toBeLessThan(100);
    });
  }

  it('keeps a never-closed tag as text, as written', () => {
    expect(textOf('a <a b <a c')).toBe('a <a b <a c');
    expect(deriveSummary('<a'.repeat(3))).toBe('<a<a<a');
  });

  it('reads only the start of a long definition for its summary', () => {
    const html = `<p>First sentence here.</p>${'<p>More text.</p>'.repeat(100_000)}`;
    let started = performance.now();
    textOf(html); // the whole text, for comparison (and the string made flat)
    const whole = performance.now() - started;
    started = performance.now();

    expect(deriveSummary(html)).toBe('First sentence here.');
    expect(performance.now() - started).toBeLessThan(whole / 10);
    expect(textOf(html, 50).length).toBeLessThan(100);
  });
});

describe('plainFirstSentence', () => {
  // Words, punctuation and marks that make sentence rules interesting: titles, abbreviations,
  // decimals, quotes, accents, other scripts' full stops, lower-case after a full stop.
  const piece = fc.constantFrom(
    'word', 'Word', 'ab', 'Dr.', 'Mrs.', 'e.g.', 'U.S.', 'etc.', '3.5', 'end.', 'end!', 'end?', 'café', 'Élan', '"quoted."',
    '(aside)', 'x', 'I', 'ok.', 'fin。', 'नमस्ते।', '...', ';', ',', 'a.m.', 'lower.', 'B.',
  );
  const texts = fc.array(piece, { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join(' '));

  it('agrees with the sentence segmenter wherever it answers', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const plain = plainFirstSentence(text);
        if (plain !== undefined) expect(plain).toBe(firstSentence(text, 'en'));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers for plain sentences, and leaves titles, abbreviations and other scripts to the segmenter', () => {
    expect(plainFirstSentence('A bill sent to a client. It lists the work.')).toBe('A bill sent to a client. ');
    expect(plainFirstSentence('Mrs. Jones is here. Bye.')).toBeUndefined();
    expect(plainFirstSentence('See e.g. This one. Then more.')).toBeUndefined();
    expect(plainFirstSentence('Un café crème. Puis.')).toBe('Un café crème. ');
    expect(plainFirstSentence('It costs 3.5 euros. More.')).toBeUndefined();
    expect(plainFirstSentence('これは文です。次の文。')).toBeUndefined();
  });
});
