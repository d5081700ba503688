import { describe, expect, it } from 'vitest';
import { interpretResponse, retryAfterSeconds, signupRequestInit } from '../../src/alert-signup/signup-request.js';
import { isValidEmail } from '../../src/data/email.js';

const reply = (status: number, body: string, headers: Record<string, string> = {}) =>
  interpretResponse(new Response(body, { status, headers }));
const json = (value: unknown) => JSON.stringify(value);

describe('interpretResponse', () => {
  it('reads {"status":"pending"} as a pending confirmation', async () => {
    expect(await reply(200, json({ status: 'pending' }))).toEqual({ ok: true, status: 'pending', response: { status: 'pending' } });
  });

  it('reads any other 2xx JSON as subscribed', async () => {
    expect(await reply(201, json({ id: 7 }))).toMatchObject({ ok: true, status: 'subscribed' });
    expect(await reply(200, json('ok'))).toMatchObject({ ok: true, status: 'subscribed' });
  });

  it('lets "status": "error" in the body win over a 2xx, as an http error with the server message', async () => {
    expect(await reply(200, json({ status: 'error', error: { message: 'List closed' } }))).toEqual({
      ok: false,
      kind: 'http',
      reason: 'refused',
      status: 200,
      message: 'List closed',
    });
  });

  it('never takes a 2xx reply that is not JSON (a CAPTCHA page) for a success', async () => {
    expect(await reply(200, '<html>Are you human?</html>')).toEqual({ ok: false, kind: 'parse', reason: 'not-json', status: 200 });
  });

  it('puts a 4xx message on its field', async () => {
    expect(await reply(422, json({ error: { message: 'That domain does not accept mail.', field: 'email' } }))).toEqual({
      ok: false,
      kind: 'http',
      reason: 'refused',
      status: 422,
      message: 'That domain does not accept mail.',
      field: 'email',
    });
  });

  it('ignores a field it does not know and a message that is not text', async () => {
    expect(await reply(400, json({ error: { message: 42, field: 'password' } }))).toEqual({
      ok: false,
      kind: 'http',
      reason: 'refused',
      status: 400,
    });
  });

  it('shortens a very long server message', async () => {
    const outcome = await reply(400, json({ error: { message: 'x'.repeat(1000) } }));
    expect(outcome.ok === false && outcome.message!.length).toBe(300);
  });

  it('turns 429 into a rate limit, with Retry-After in seconds or as a date', async () => {
    expect(await reply(429, json({ error: { message: 'slow down' } }), { 'Retry-After': '120' })).toEqual({
      ok: false,
      kind: 'http',
      reason: 'rate-limited',
      status: 429,
      retryAfterSeconds: 120,
    });
    expect(await reply(429, 'Too Many Requests', { 'Retry-After': '60' })).toMatchObject({ reason: 'rate-limited', retryAfterSeconds: 60 });
    expect(await reply(429, json({}))).toEqual({ ok: false, kind: 'http', reason: 'rate-limited', status: 429 });
  });

  it('turns 5xx, JSON or not, into a retryable unavailable', async () => {
    expect(await reply(503, '<h1>Maintenance</h1>')).toEqual({ ok: false, kind: 'http', reason: 'unavailable', status: 503 });
    expect(await reply(500, json({ error: { message: 'stack trace…' } }))).toEqual({ ok: false, kind: 'http', reason: 'unavailable', status: 500 });
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds('30', now)).toBe(30);
    expect(retryAfterSeconds('Thu, 01 Jan 2026 00:02:00 GMT', now)).toBe(120);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});

describe('signupRequestInit', () => {
  const fields = { email: 'ada@example.com', category: 'Design', consent: true, source: 'https://site.test/post', website: '' };

  it('posts JSON with the contract fields and Accept: application/json, without credentials', () => {
    const init = signupRequestInit(fields, 'json', new AbortController().signal);
    expect(init).toMatchObject({ method: 'POST', mode: 'cors', credentials: 'omit' });
    expect(init.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json' });
    expect(JSON.parse(init.body as string)).toEqual(fields);
  });

  it('posts a urlencoded form for encoding="form"', () => {
    const init = signupRequestInit({ email: 'a@b.co', source: 's', website: '' }, 'form', new AbortController().signal);
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(init.body).toBe('email=a%40b.co&source=s&website=');
  });
});

describe('isValidEmail', () => {
  it.each(['name@example.com', ' name@example.com ', 'a.b+tag@sub.example.co.uk', 'ü@exämple.de'])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each(['', 'name', 'name@', '@example.com', 'name@example', 'na me@example.com', 'a@b@example.com', 'name@example.', `${'a'.repeat(250)}@example.com`])(
    'rejects %j',
    (email) => {
      expect(isValidEmail(email)).toBe(false);
    },
  );
});
