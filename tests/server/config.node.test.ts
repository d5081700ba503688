import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../server/config.js';

describe('loadConfig', () => {
  it('has defaults for `npm start`', () => {
    expect(loadConfig({})).toEqual({
      port: 5173,
      host: 'localhost',
      publicUrl: 'http://localhost:5173',
      dataDir: join(PROJECT_ROOT, 'data'),
      dbPath: join(PROJECT_ROOT, 'data', 'subscribers.sqlite'),
      allowedOrigins: ['http://localhost:5173'],
      categories: ['Development', 'Design', 'Writing'],
      requireConsent: false,
      ratePerIp: { limit: 10, windowMs: 600_000 },
      ratePerAddress: { limit: 3, windowMs: 3_600_000 },
      bodyLimit: 8192,
      trustProxy: false,
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
        GLOSSARY_TRUST_PROXY: '1',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      publicUrl: 'https://news.example',
      dataDir: resolve('var/data'),
      dbPath: resolve('var/data/subscribers.sqlite'),
      allowedOrigins: ['https://a.example', 'https://b.example'],
      categories: ['Gigs', 'Tips'],
      requireConsent: true,
      ratePerIp: { limit: 20, windowMs: 30_000 },
      ratePerAddress: { limit: 5, windowMs: 7_200_000 },
      bodyLimit: 4096,
      trustProxy: true,
    });
  });

  it('allows the public URL’s origin next to its own by default, and takes GLOSSARY_DB over the data folder', () => {
    const config = loadConfig({ GLOSSARY_PORT: '3000', GLOSSARY_PUBLIC_URL: 'https://news.example/x', GLOSSARY_DB: '/srv/list.db' });
    expect(config.allowedOrigins).toEqual(['http://localhost:3000', 'https://news.example']);
    expect(config.dbPath).toBe('/srv/list.db');
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
  ])('names %s when its value "%s" is unusable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
