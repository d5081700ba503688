import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../server/config.js';

describe('loadConfig', () => {
  it('has defaults for `npm start`', () => {
    expect(loadConfig({})).toEqual({
      port: 5173,
      host: 'localhost',
      publicUrl: 'http://localhost:5173',
      siteName: 'localhost:5173',
      dataDir: join(PROJECT_ROOT, 'data'),
      dbPath: join(PROJECT_ROOT, 'data', 'subscribers.sqlite'),
      databaseUrl: undefined,
      allowedOrigins: ['http://localhost:5173'],
      categories: ['Development', 'Design', 'Writing'],
      requireConsent: false,
      ratePerIp: { limit: 10, windowMs: 600_000 },
      ratePerAddress: { limit: 3, windowMs: 3_600_000 },
      confirmTtlMs: 48 * 3_600_000,
      bodyLimit: 8192,
      trustProxy: 0,
      smtp: undefined,
      staticDir: undefined,
      shutdownMs: 10_000,
    });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        GLOSSARY_PORT: '8080',
        GLOSSARY_HOST: '0.0.0.0',
        GLOSSARY_PUBLIC_URL: 'https://news.example/',
        GLOSSARY_DATA_DIR: 'var/data',
        GLOSSARY_ALLOWED_ORIGINS: 'https://a.example/, https://b.example',
        GLOSSARY_CATEGORIES: 'Gigs,  Tips ',
        GLOSSARY_REQUIRE_CONSENT: 'true',
        GLOSSARY_RATE_PER_IP: '20/30s',
        GLOSSARY_RATE_PER_ADDRESS: '5 / 2h',
        GLOSSARY_BODY_LIMIT: '4096',
        GLOSSARY_TRUST_PROXY: '2',
        GLOSSARY_SITE_NAME: 'News',
        GLOSSARY_DATABASE_URL: 'postgres://app:secret@db.internal:5432/news',
        GLOSSARY_CONFIRM_TTL: '2d',
        GLOSSARY_SMTP_HOST: 'smtp.example',
        GLOSSARY_SMTP_TLS: 'implicit',
        GLOSSARY_SMTP_USER: 'news',
        GLOSSARY_SMTP_PASSWORD: 'pw',
        GLOSSARY_MAIL_FROM: 'News <news@example.com>',
        GLOSSARY_STATIC_DIR: 'public',
        GLOSSARY_SHUTDOWN_TIMEOUT: '30s',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      publicUrl: 'https://news.example',
      siteName: 'News',
      dataDir: resolve('var/data'),
      dbPath: resolve('var/data/subscribers.sqlite'),
      databaseUrl: 'postgres://app:secret@db.internal:5432/news',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      categories: ['Gigs', 'Tips'],
      requireConsent: true,
      ratePerIp: { limit: 20, windowMs: 30_000 },
      ratePerAddress: { limit: 5, windowMs: 7_200_000 },
      confirmTtlMs: 2 * 86_400_000,
      bodyLimit: 4096,
      trustProxy: 2,
      smtp: { host: 'smtp.example', port: 465, tls: 'implicit', user: 'news', password: 'pw', from: 'News <news@example.com>' },
      staticDir: resolve('public'),
      shutdownMs: 30_000,
    });
  });

  it('allows the public URL’s origin next to its own by default, and takes GLOSSARY_DB over the data folder', () => {
    const config = loadConfig({ GLOSSARY_PORT: '3000', GLOSSARY_PUBLIC_URL: 'https://news.example/x', GLOSSARY_DB: '/srv/list.db' });
    expect(config.allowedOrigins).toEqual(['http://localhost:3000', 'https://news.example']);
    expect(config.dbPath).toBe('/srv/list.db');
  });

  it('takes "1" or "true" in GLOSSARY_TRUST_PROXY as one proxy, and wants a From address with SMTP', () => {
    expect(loadConfig({ GLOSSARY_TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ GLOSSARY_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(() => loadConfig({ GLOSSARY_SMTP_HOST: 'smtp.example' })).toThrow('GLOSSARY_MAIL_FROM');
    expect(loadConfig({ GLOSSARY_SMTP_HOST: 'smtp.example', GLOSSARY_MAIL_FROM: 'a@example.com' }).smtp).toEqual({
      host: 'smtp.example',
      port: 587,
      tls: 'starttls',
      from: 'a@example.com',
    });
  });

  it('accepts any category when GLOSSARY_CATEGORIES is empty', () => {
    expect(loadConfig({ GLOSSARY_CATEGORIES: '' }).categories).toEqual([]);
  });

  it.each([
    ['GLOSSARY_PORT', 'http'],
    ['GLOSSARY_PORT', '70000'],
    ['GLOSSARY_RATE_PER_IP', '10 per minute'],
    ['GLOSSARY_RATE_PER_ADDRESS', '0/1h'],
    ['GLOSSARY_BODY_LIMIT', '-1'],
    ['GLOSSARY_PUBLIC_URL', 'news.example'],
    ['GLOSSARY_DATABASE_URL', 'mysql://db/news'],
    ['GLOSSARY_CONFIRM_TTL', 'forever'],
    ['GLOSSARY_TRUST_PROXY', 'the load balancer'],
    ['GLOSSARY_SMTP_TLS', 'maybe'],
  ])('names %s when its value "%s" is unusable', (name, value) => {
    const smtp = name === 'GLOSSARY_SMTP_TLS' ? { GLOSSARY_SMTP_HOST: 'smtp.example', GLOSSARY_MAIL_FROM: 'a@example.com' } : {};
    expect(() => loadConfig({ ...smtp, [name]: value })).toThrow(name);
  });
});
