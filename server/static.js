// @ts-check
// A folder of static files (the built dist/, a generated glossary site) for `npm run serve`:
// known types only, caching headers, index.html for folders, no listing, nothing outside the folder.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
});

/**
 * A file name ending in a content hash (`index-3f9a1c2b.js`, with a digit, unlike `glossary-elements.js`):
 * that file never changes, so it may be kept for a year.
 */
const HASHED = /[.-](?=[\w-]*\d)[\w-]{8,}\.[a-z0-9]+$/;

/**
 * @param {string} folder
 * @returns {Promise<import('./types.js').Middleware>}
 */
export async function createStatic(folder) {
  const root = await realpath(folder);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    serve(req, res).then((served) => served || next(), next);
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @returns {Promise<boolean>} false when there is no such file
   */
  async function serve(req, res) {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return false;
    }
    // No parent folders, no hidden files (.git, .env), no NUL or backslash tricks.
    const parts = path.split('/').filter(Boolean);
    if (parts.some((part) => part.startsWith('.') || part.includes('\\') || part.includes('\0'))) return false;
    let file = join(root, ...parts);
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      // A folder's address without its slash would break its relative links: send it to the slash.
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/`, 'Cache-Control': 'no-cache' }).end();
        return true;
      }
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) return false;
    // A symbolic link may point anywhere: only what really lies inside the folder is served.
    const real = await realpath(file);
    if (!real.startsWith(root + sep)) return false;
    const type = TYPES[extname(real).toLowerCase()];
    if (!type) return false;

    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      'Content-Type': type,
      'Cache-Control': type.startsWith('text/html') ? 'no-cache' : HASHED.test(real) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      ETag: etag,
      'Last-Modified': new Date(info.mtimeMs).toUTCString(),
      'X-Content-Type-Options': 'nosniff',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return true;
    }
    res.writeHead(200, { ...headers, 'Content-Length': info.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(real).pipe(res);
    return true;
  }
}
