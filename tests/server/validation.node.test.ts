import { afterEach, describe, expect, it } from 'vitest';
import { isValidEmail as elementRule } from '../../src/data/email.js';
import { isValidEmail, normaliseEmail } from '../../server/email-rule.js';
import { MESSAGES, validateSubmission } from '../../server/validate.js';
import { startServer, subscribe, type TestServer } from './harness.js';

const ADDRESSES = [
  'ann@example.com', ' ann@example.com ', 'a.b+c@mail.example.co.uk', 'ann@localhost', 'ann@example', 'ann@.com',
  'ann@example.', 'ann@@example.com', 'ann@exa@mple.com', 'ann example@example.com', 'ann@exam ple.com', '@example.com',
  'ann', '', '   ', 'ann@example..com', `${'a'.repeat(242)}@example.com`, `${'a'.repeat(243)}@example.com`, 'ann@例え.jp',
];

describe('the email rule', () => {
  it('is the element’s rule (src/data/email.ts) for every sample address', () => {
    for (const address of ADDRESSES) expect([address, isValidEmail(address)]).toEqual([address, elementRule(address)]);
  });

  it('wants one @, a dotted domain, no spaces, at most 254 characters', () => {
    expect(isValidEmail('a.b+c@mail.example.co.uk')).toBe(true);
    expect(isValidEmail('ann@example')).toBe(false);
    expect(isValidEmail('ann@@example.com')).toBe(false);
    expect(isValidEmail('ann example@example.com')).toBe(false);
    expect(isValidEmail(`${'a'.repeat(242)}@example.com`)).toBe(true);
    expect(isValidEmail(`${'a'.repeat(243)}@example.com`)).toBe(false);
  });

  it('normalises to trimmed lower case', () => {
    expect(normaliseEmail('  Ann@Example.COM\n')).toBe('ann@example.com');
  });
});

describe('validateSubmission', () => {
  const rules = { categories: ['Development', 'Design', 'Writing'], requireConsent: false };

  it('returns the cleaned fields', () => {
    expect(validateSubmission({ email: ' Ann@Example.com', category: ' design ', consent: 'on', source: 'https://x.test/' }, rules)).toEqual({
      ok: true,
      value: { email: 'ann@example.com', category: 'Design', consent: true, source: 'https://x.test/' },
    });
  });

  it('treats a missing category and consent as none', () => {
    expect(validateSubmission({ email: 'ann@example.com' }, rules)).toEqual({
      ok: true,
      value: { email: 'ann@example.com', category: '', consent: false, source: '' },
    });
  });

  it.each([
    [{}, 'email', MESSAGES.emailMissing],
    [{ email: '  ' }, 'email', MESSAGES.emailMissing],
    [{ email: 42 }, 'email', MESSAGES.emailMissing],
    [{ email: 'ann@example' }, 'email', MESSAGES.emailInvalid],
    [{ email: 'ann@example.com', category: 'Cooking' }, 'category', 'Choose one of: Development, Design, Writing.'],
    [{ email: 'ann@example.com', category: ['Design'] }, 'category', 'Choose one of: Development, Design, Writing.'],
  ])('refuses %j on %s', (fields, field, message) => {
    expect(validateSubmission(fields, rules)).toEqual({ ok: false, field, message });
  });

  it('accepts any category when none are configured', () => {
    expect(validateSubmission({ email: 'ann@example.com', category: 'Cooking' }, { ...rules, categories: [] })).toMatchObject({
      ok: true,
      value: { category: 'Cooking' },
    });
  });

  it('wants consent only when required', () => {
    const required = { ...rules, requireConsent: true };
    expect(validateSubmission({ email: 'ann@example.com' }, required)).toEqual({ ok: false, field: 'consent', message: MESSAGES.consentMissing });
    expect(validateSubmission({ email: 'ann@example.com', consent: 'false' }, required)).toMatchObject({ ok: false, field: 'consent' });
    expect(validateSubmission({ email: 'ann@example.com', consent: true }, required)).toMatchObject({ ok: true });
    expect(validateSubmission({ email: 'ann@example.com', consent: 'true' }, required)).toMatchObject({ ok: true });
  });
});

describe('422 answers', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('says what is wrong with the email, on the email field, and stores nothing', async () => {
    server = await startServer();
    const response = await subscribe(server, { email: 'ann@example', source: '', website: '' });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: { message: 'Enter a valid email address, like name@example.com.', field: 'email' },
    });
    const missing = await subscribe(server, { source: '', website: '' }, { encoding: 'form' });
    expect(await missing.json()).toEqual({ error: { message: 'Enter your email address.', field: 'email' } });
    expect((await server.rows())).toEqual([]);
    expect(server.logs).toEqual([]);
  });

  it('refuses a category outside GLOSSARY_CATEGORIES', async () => {
    server = await startServer({ GLOSSARY_CATEGORIES: 'Gigs, Tips' });
    const response = await subscribe(server, { email: 'ann@example.com', category: 'Development' });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: { message: 'Choose one of: Gigs, Tips.', field: 'category' } });
    expect((await subscribe(server, { email: 'ann@example.com', category: 'gigs' })).status).toBe(200);
    expect((await server.rows()).map((row) => row.category)).toEqual(['Gigs']);
  });

  it('wants consent when GLOSSARY_REQUIRE_CONSENT=1', async () => {
    server = await startServer({ GLOSSARY_REQUIRE_CONSENT: '1' });
    const response = await subscribe(server, { email: 'ann@example.com' });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: { message: MESSAGES.consentMissing, field: 'consent' } });
    expect((await subscribe(server, { email: 'ann@example.com', consent: true })).status).toBe(200);
    expect((await server.rows())).toMatchObject([{ consent: true }]);
  });
});
