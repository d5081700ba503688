import { afterEach, describe, expect, it } from 'vitest';
import { lastToken, postForm, startServer, subscribe, type TestServer } from './harness.js';

const ann = { email: 'Ann@Example.com', category: 'Writing', source: 'http://localhost:5173/blog.html', website: '' };
const HOUR = 3_600_000;

describe('the confirm link', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('is logged with a masked address for a new subscription, and says so at start', async () => {
    server = await startServer({ GLOSSARY_PUBLIC_URL: 'https://news.example/' });
    await subscribe(server, ann);
    expect(server.logs).toEqual([expect.stringMatching(/^Confirm link for a\*\*\*@example\.com: https:\/\/news\.example\/api\/confirm\?token=[0-9a-f]{64}$/)]);
    expect(server.backend.app.mailer.description).toMatch(/no SMTP server set.*written to this log/);
  });

  it('opened with GET shows a page with a button and confirms nothing (mail scanners fetch links)', async () => {
    server = await startServer();
    await subscribe(server, ann);
    const token = lastToken(server);
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${server.url}/api/confirm?token=${token}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toContain("form-action 'self'");
      const html = await response.text();
      expect(html).toContain('<h1>Confirm your subscription</h1>');
      expect(html).toContain('<form method="post" action="/api/confirm">');
      expect(html).toContain(`<input type="hidden" name="token" value="${token}">`);
    }
    expect((await server.rows())[0]).toMatchObject({ status: 'pending', confirmed_at: null });
  });

  it('confirms on the page’s POST, once; the link then explains itself', async () => {
    server = await startServer();
    await subscribe(server, ann);
    const token = lastToken(server);
    const response = await postForm(server, '/api/confirm', { token });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<h1>You’re subscribed</h1>');
    const [row] = await server.rows();
    expect(row).toMatchObject({ email: 'ann@example.com', status: 'subscribed' });
    const confirmedAt = row!.confirmed_at;

    const again = await postForm(server, '/api/confirm', { token });
    expect(await again.text()).toContain('<h1>Already confirmed</h1>');
    const opened = await fetch(`${server.url}/api/confirm?token=${token}`);
    expect(await opened.text()).toContain('<h1>Already confirmed</h1>');
    expect((await server.rows())[0]!.confirmed_at).toBe(confirmedAt);
  });

  it('refuses a POST from another site or without any sign of its page', async () => {
    server = await startServer();
    await subscribe(server, ann);
    const token = lastToken(server);
    for (const headers of [{ 'Sec-Fetch-Site': 'cross-site' }, { Origin: 'https://evil.example' }, {}] as Record<string, string>[]) {
      const response = await postForm(server, '/api/confirm', { token }, headers);
      expect(response.status).toBe(403);
    }
    expect((await server.rows())[0]!.status).toBe('pending');
    // An older browser without Sec-Fetch-Site still sends its Origin: ours.
    expect((await postForm(server, '/api/confirm', { token }, { Origin: 'http://localhost:5173' })).status).toBe(200);
  });

  it('expires after 48 hours by default, and says so', async () => {
    server = await startServer();
    await subscribe(server, ann);
    const token = lastToken(server);
    server.advance(48 * HOUR);
    const opened = await fetch(`${server.url}/api/confirm?token=${token}`);
    expect(opened.status).toBe(410);
    expect(await opened.text()).toContain('<h1>This link has expired</h1>');
    expect((await postForm(server, '/api/confirm', { token })).status).toBe(410);
    expect(await server.rows()).toMatchObject([{ status: 'expired' }]);
  });

  it('lives as long as GLOSSARY_CONFIRM_TTL says', async () => {
    server = await startServer({ GLOSSARY_CONFIRM_TTL: '30m' });
    await subscribe(server, ann);
    server.advance(29 * 60_000);
    expect((await fetch(`${server.url}/api/confirm?token=${lastToken(server)}`)).status).toBe(200);
    server.advance(60_000);
    expect((await fetch(`${server.url}/api/confirm?token=${lastToken(server)}`)).status).toBe(410);
  });

  it.each(['0'.repeat(64), 'not-a-token', ''])('answers 404 with a page for an unknown token "%s"', async (token) => {
    server = await startServer();
    await subscribe(server, ann);
    const response = await fetch(`${server.url}/api/confirm?token=${token}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This link does not work');
    expect((await postForm(server, '/api/confirm', { token })).status).toBe(404);
    expect((await server.rows())[0]!.status).toBe('pending');
  });

  it('sends a new link for a repeat while pending (both work), none once subscribed; the answer is the same', async () => {
    server = await startServer();
    await subscribe(server, ann);
    const first = lastToken(server);
    await subscribe(server, ann);
    const second = lastToken(server);
    expect(second).not.toBe(first);
    expect((await fetch(`${server.url}/api/confirm?token=${first}`)).status).toBe(200);
    await postForm(server, '/api/confirm', { token: second });
    const after = await subscribe(server, ann);
    expect(await after.json()).toEqual({ status: 'pending' });
    expect(server.logs).toHaveLength(2);
    expect(await server.rows()).toMatchObject([{ status: 'subscribed' }]);
  });

  it('stores only the SHA-256 of a token', async () => {
    server = await startServer();
    await subscribe(server, ann);
    const token = lastToken(server);
    const { readFileSync } = await import('node:fs');
    const files = [server.config.dbPath, `${server.config.dbPath}-wal`].map((file) => readFileSync(file).toString('latin1')).join('');
    expect(files).not.toContain(token);
    const { createHash } = await import('node:crypto');
    expect(files).toContain(createHash('sha256').update(token).digest('hex'));
  });
});

describe('"Back to the site"', () => {
  let server: TestServer;
  afterEach(() => server.close());

  const backLink = async (response: Response) => /<a href="([^"]*)">Back to the site<\/a>/.exec(await response.text())?.[1];

  it('goes to the page the reader signed up from when it is on an allowed origin', async () => {
    server = await startServer({ GLOSSARY_ALLOWED_ORIGINS: 'https://blog.example', GLOSSARY_PUBLIC_URL: 'https://api.example' });
    await subscribe(server, { ...ann, source: 'https://blog.example/posts/1?x="<b>' }, { origin: 'https://blog.example' });
    expect(await backLink(await fetch(`${server.url}/api/confirm?token=${lastToken(server)}`))).toBe('https://blog.example/posts/1?x=%22%3Cb%3E');
  });

  it('goes home for any other source', async () => {
    server = await startServer({ GLOSSARY_PUBLIC_URL: 'https://news.example' });
    for (const source of ['https://evil.example/phish', 'javascript:alert(1)', '']) {
      await subscribe(server, { ...ann, email: `${source.length}@example.com`, source });
      expect(await backLink(await fetch(`${server.url}/api/confirm?token=${lastToken(server)}`))).toBe('https://news.example/');
    }
  });
});

describe('the unsubscribe link', () => {
  let server: TestServer;
  afterEach(() => server.close());

  async function unsubscribeToken() {
    const sent: { unsubscribeUrl: string; confirmUrl: string }[] = [];
    server = await startServer({}, { mailer: { description: '', close() {}, sendConfirmation: async (mail) => void sent.push(mail) } });
    await subscribe(server, ann);
    const url = new URL(sent[0]!.unsubscribeUrl);
    expect(url.pathname).toBe('/api/unsubscribe');
    return { token: url.searchParams.get('token')!, confirm: new URL(sent[0]!.confirmUrl).searchParams.get('token')! };
  }

  it('shows a page on GET and unsubscribes on its POST; the export shows it', async () => {
    const { token } = await unsubscribeToken();
    const page = await fetch(`${server.url}/api/unsubscribe?token=${token}`);
    expect(await page.text()).toContain('<form method="post" action="/api/unsubscribe">');
    expect((await server.rows())[0]!.status).toBe('pending');
    const response = await postForm(server, '/api/unsubscribe', { token });
    expect(await response.text()).toContain('<h1>You’re unsubscribed</h1>');
    expect(await server.rows()).toMatchObject([{ status: 'unsubscribed', unsubscribed_at: expect.stringMatching(/Z$/) }]);
    expect(await (await fetch(`${server.url}/api/unsubscribe?token=${token}`)).text()).toContain('<h1>You’re unsubscribed</h1>');
  });

  it('takes an RFC 8058 one-click POST without a page', async () => {
    const { token, confirm } = await unsubscribeToken();
    const response = await fetch(`${server.url}/api/unsubscribe?token=${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect((await server.rows())[0]!.status).toBe('unsubscribed');
    // The confirm link still in the inbox no longer works.
    expect((await fetch(`${server.url}/api/confirm?token=${confirm}`)).status).toBe(404);
  });

  it('refuses a plain cross-site POST', async () => {
    const { token } = await unsubscribeToken();
    expect((await postForm(server, '/api/unsubscribe', { token }, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await server.rows())[0]!.status).toBe('pending');
  });

  it('signing up again after unsubscribing needs a new confirmation', async () => {
    const { token } = await unsubscribeToken();
    await postForm(server, '/api/unsubscribe', { token });
    await subscribe(server, ann);
    expect(await server.rows()).toMatchObject([{ status: 'pending', unsubscribed_at: null }]);
  });
});
