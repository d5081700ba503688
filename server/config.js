// @ts-check
// Settings from environment variables, with the defaults `npm start` needs.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: relative default paths are resolved against it, not the working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const UNITS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Reads the configuration from `env` (process.env by default). Throws with the variable's name when a value is unusable.
 * @param {Record<string, string | undefined>} [env]
 * @returns {import('./types.js').Config}
 */
export function loadConfig(env = process.env) {
  const port = integer(env, 'GLOSSARY_PORT', 5173, 0, 65_535);
  const host = text(env, 'GLOSSARY_HOST') ?? 'localhost';
  const ownOrigin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const publicUrl = (text(env, 'GLOSSARY_PUBLIC_URL') ?? ownOrigin).replace(/\/+$/, '');
  const dataDir = path(env, 'GLOSSARY_DATA_DIR') ?? resolve(PROJECT_ROOT, 'data');
  const databaseUrl = text(env, 'GLOSSARY_DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('GLOSSARY_DATABASE_URL must start with postgres:// (leave it unset for SQLite).');
  }
  return Object.freeze({
    port,
    host,
    publicUrl,
    siteName: text(env, 'GLOSSARY_SITE_NAME') ?? new URL(originOf(publicUrl, 'GLOSSARY_PUBLIC_URL')).host,
    dataDir,
    dbPath: path(env, 'GLOSSARY_DB') ?? resolve(dataDir, 'subscribers.sqlite'),
    databaseUrl,
    allowedOrigins: list(env.GLOSSARY_ALLOWED_ORIGINS)?.map((origin) => origin.replace(/\/+$/, '')) ?? [...new Set([ownOrigin, originOf(publicUrl, 'GLOSSARY_PUBLIC_URL')])],
    categories: list(env.GLOSSARY_CATEGORIES) ?? ['Development', 'Design', 'Writing'],
    requireConsent: flag(env, 'GLOSSARY_REQUIRE_CONSENT'),
    ratePerIp: rate(env, 'GLOSSARY_RATE_PER_IP', '10/10m'),
    ratePerAddress: rate(env, 'GLOSSARY_RATE_PER_ADDRESS', '3/1h'),
    confirmTtlMs: duration(env, 'GLOSSARY_CONFIRM_TTL', '48h'),
    bodyLimit: integer(env, 'GLOSSARY_BODY_LIMIT', 8 * 1024, 64, 1024 * 1024),
    trustProxy: hops(env, 'GLOSSARY_TRUST_PROXY'),
    smtp: smtp(env),
    staticDir: path(env, 'GLOSSARY_STATIC_DIR'),
    shutdownMs: duration(env, 'GLOSSARY_SHUTDOWN_TIMEOUT', '10s'),
  });
}

/**
 * SMTP settings, or undefined when GLOSSARY_SMTP_HOST is unset (links then go to the log).
 * @param {Record<string, string | undefined>} env
 * @returns {import('./types.js').SmtpSettings | undefined}
 */
function smtp(env) {
  const host = text(env, 'GLOSSARY_SMTP_HOST');
  if (host === undefined) return undefined;
  const tls = (text(env, 'GLOSSARY_SMTP_TLS') ?? 'starttls').toLowerCase();
  if (tls !== 'starttls' && tls !== 'implicit' && tls !== 'none') {
    throw new Error(`GLOSSARY_SMTP_TLS must be starttls, implicit or none, not "${tls}".`);
  }
  const from = text(env, 'GLOSSARY_MAIL_FROM');
  if (from === undefined) throw new Error('GLOSSARY_MAIL_FROM must be set when GLOSSARY_SMTP_HOST is.');
  const user = text(env, 'GLOSSARY_SMTP_USER');
  const password = env.GLOSSARY_SMTP_PASSWORD;
  return {
    host,
    port: integer(env, 'GLOSSARY_SMTP_PORT', tls === 'implicit' ? 465 : 587, 1, 65_535),
    tls,
    ...(user !== undefined && { user, password: password ?? '' }),
    from,
  };
}

/**
 * How many trusted proxies append to X-Forwarded-For: a number, or 1 for the older "1/true/yes/on".
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 */
function hops(env, name) {
  const value = text(env, name);
  if (value === undefined || /^(0|false|no|off)$/i.test(value)) return 0;
  if (/^(true|yes|on)$/i.test(value)) return 1;
  return integer(env, name, 0, 0, 10);
}

/**
 * A duration with a unit (`48h`, `30m`, `2d`, `10s`), or seconds.
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {string} fallback
 */
function duration(env, name, fallback) {
  const value = text(env, name) ?? fallback;
  const match = /^(\d+)\s*([smhd]?)$/i.exec(value);
  if (!match || Number(match[1]) < 1) throw new Error(`${name} must be a duration like 48h, 30m or 10s, not "${value}".`);
  return Number(match[1]) * UNITS[/** @type {keyof typeof UNITS} */ ((match[2] || 's').toLowerCase())];
}

/**
 * @param {string} url
 * @param {string} name
 */
function originOf(url, name) {
  try {
    return new URL(url).origin;
  } catch {
    throw new Error(`${name} must be an absolute URL, not "${url}".`);
  }
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 */
function text(env, name) {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/**
 * A path; relative ones are taken from the working directory, like any command-line path.
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 */
function path(env, name) {
  const value = text(env, name);
  return value === undefined ? undefined : isAbsolute(value) ? value : resolve(value);
}

/**
 * A comma-separated list; undefined when unset, empty when set to "".
 * @param {string | undefined} value
 */
function list(value) {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 */
function flag(env, name) {
  return /^(1|true|yes|on)$/i.test(text(env, name) ?? '');
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {number} fallback
 * @param {number} min
 * @param {number} max
 */
function integer(env, name, fallback, min, max) {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return number;
}

/**
 * "COUNT/WINDOW", the window in seconds or with a unit: `10/10m`, `3/1h`, `5/30s`, `5/30`.
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {string} fallback
 * @returns {import('./types.js').RateRule}
 */
function rate(env, name, fallback) {
  const value = text(env, name) ?? fallback;
  const match = /^(\d+)\s*\/\s*(\d+)\s*([smhd]?)$/i.exec(value);
  const limit = Number(match?.[1]);
  const amount = Number(match?.[2]);
  if (!match || limit < 1 || amount < 1) {
    throw new Error(`${name} must look like 10/10m (attempts per seconds, minutes or hours), not "${value}".`);
  }
  const unit = /** @type {keyof typeof UNITS} */ ((match[3] || 's').toLowerCase());
  return { limit, windowMs: amount * UNITS[unit] };
}
