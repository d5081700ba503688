// The confirmation email over real SMTP: an smtp-server on loopback receives it and the test reads it.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { postForm, startServer, subscribe, type TestServer } from './harness.js';

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
}

/** An SMTP server on loopback that keeps what it receives; `next()` waits for the next message. */
async function startMailbox({ user, password }: { user?: string; password?: string } = {}) {
  const received: Received[] = [];
  const waiting: ((message: Received) => void)[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: user === undefined,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        const message = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          user: session.user as string | undefined,
          raw,
        };
        received.push(message);
        waiting.shift()?.(message);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    next: () => new Promise<Received>((resolve) => waiting.push(resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A MIME part's body (quoted-printable undone), found by its content type. */
function part(raw: string, type: string): string {
  const match = new RegExp(`Content-Type: ${type}[^]*?\\r\\n\\r\\n([^]*?)\\r\\n--`, 'i').exec(raw);
  if (!match) throw new Error(`No ${type} part in:\n${raw}`);
  return match[1]!.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('the confirmation email over SMTP', () => {
  let server: TestServer;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  afterEach(async () => {
    await server?.close();
    await mailbox?.close();
  });

  const smtpEnv = (port: number, extra: Record<string, string> = {}) => ({
    GLOSSARY_SMTP_HOST: '127.0.0.1',
    GLOSSARY_SMTP_PORT: String(port),
    GLOSSARY_SMTP_TLS: 'none',
    GLOSSARY_MAIL_FROM: 'Freelance Hub <news@hub.example>',
    GLOSSARY_SITE_NAME: 'Freelance Hub',
    GLOSSARY_PUBLIC_URL: 'https://hub.example',
    ...extra,
  });

  it('is sent with text and HTML parts, the site name, the confirm link and one-click unsubscribe headers', async () => {
    mailbox = await startMailbox({ user: 'hub', password: 's3cret' });
    server = await startServer(smtpEnv(mailbox.port, { GLOSSARY_SMTP_USER: 'hub', GLOSSARY_SMTP_PASSWORD: 's3cret' }));
    expect(server.backend.app.mailer.description).toBe(`Mail: over SMTP via 127.0.0.1:${mailbox.port} (none), from Freelance Hub <news@hub.example>.`);
    const arrived = mailbox.next();
    expect((await subscribe(server, { email: 'Ann@Example.com' })).status).toBe(200);
    const mail = await arrived;

    expect(mail).toMatchObject({ from: 'news@hub.example', to: ['ann@example.com'], user: 'hub' });
    const headers = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
    expect(headers).toMatch(/^Subject: Confirm your subscription to Freelance Hub$/m);
    expect(headers).toMatch(/^List-Unsubscribe: <https:\/\/hub\.example\/api\/unsubscribe\?token=[0-9a-f]{64}>\r?$/m);
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const text = part(mail.raw, 'text/plain');
    const html = part(mail.raw, 'text/html');
    const link = /https:\/\/hub\.example\/api\/confirm\?token=([0-9a-f]{64})/.exec(text);
    expect(link).not.toBeNull();
    expect(text).toContain('Freelance Hub');
    expect(text).toContain('it works for 48 hours');
    expect(html).toContain(`<a href="${link![0]}"`);
    expect(html).toContain('<strong>Freelance Hub</strong>');
    // Nothing goes to the log when mail is sent.
    expect(server.logs).toEqual([]);

    // The link in the email works: its page, then its button.
    const token = link![1]!;
    expect(await (await fetch(`${server.url}/api/confirm?token=${token}`)).text()).toContain('Confirm your subscription');
    expect((await postForm(server, '/api/confirm', { token }, { Origin: 'https://hub.example' })).status).toBe(200);
    expect(await server.rows()).toMatchObject([{ status: 'subscribed' }]);
  });

  it('goes out once per signup, and not over the per-address limit', async () => {
    mailbox = await startMailbox();
    server = await startServer(smtpEnv(mailbox.port, { GLOSSARY_RATE_PER_ADDRESS: '2/1h' }));
    for (let i = 0; i < 3; i++) {
      const arrived = i < 2 ? mailbox.next() : undefined;
      await subscribe(server, { email: 'ann@example.com' });
      await arrived;
    }
    // A fourth message would be sent within the request's own time; a control address proves the sender still works.
    const control = mailbox.next();
    await subscribe(server, { email: 'bea@example.com' });
    await control;
    expect(mailbox.received.map((mail) => mail.to[0])).toEqual(['ann@example.com', 'ann@example.com', 'bea@example.com']);
  });

  it('logs a failed send (escaped) instead of failing the signup', async () => {
    mailbox = await startMailbox({ user: 'hub', password: 'right' });
    server = await startServer(smtpEnv(mailbox.port, { GLOSSARY_SMTP_USER: 'hub', GLOSSARY_SMTP_PASSWORD: 'wrong' }));
    expect((await subscribe(server, { email: 'ann@example.com' })).status).toBe(200);
    await server.backend.app.idle();
    expect(server.logs).toEqual([expect.stringMatching(/^Could not send the confirmation to a\*\*\*@example\.com: .*Invalid/)]);
  });
});
