import { existsSync } from 'node:fs';
import { type Origin, pathOf, serveFolder, startOrigin } from './origins.js';

/** What the data origin answers at one path, instead of the file of that name. */
export interface Answer {
  status?: number;
  /** A string goes out as it is (text/plain unless `type` says otherwise); anything else as JSON. */
  body?: unknown;
  type?: string;
  /** `false`: no CORS headers, so the browser refuses the answer. */
  cors?: boolean;
  /** Never answers (until the servers close). */
  hang?: boolean;
}

export interface DataOrigin extends Origin {
  /** From now on, answers `path` this way (until told otherwise). */
  answer(path: string, answer: Answer): void;
}

export interface SiteOrigin extends Origin {
  /** Puts a page on the site and returns its URL. `headers` go with it (a CSP, say). */
  page(name: string, html: { head?: string; body: string; headers?: Record<string, string> }): string;
}

export interface Servers {
  /** The built bundles, served like a CDN (with CORS). */
  assets: Origin;
  /** The embedding pages; also serves `dist/` at `/dist/` for same-origin embeds. */
  site: SiteOrigin;
  /** Glossaries (the files in `examples/`, or set answers) and signup endpoints. */
  data: DataOrigin;
  close(): Promise<void>;
}

const BUNDLES = ['dist/glossary-elements.iife.js', 'dist/glossary-elements.js'];

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Content-Type, Accept',
  'Access-Control-Allow-Methods': 'GET, POST',
};

/** Assets, pages and data on three loopback origins, as a real embed meets them. */
export async function startServers(): Promise<Servers> {
  const missing = BUNDLES.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` before the e2e suite.`);

  const assets = await startOrigin(serveFolder('dist', { 'Access-Control-Allow-Origin': '*' }));
  const site = await startSite();
  const data = await startData();
  return { assets, site, data, close: async () => void (await Promise.all([assets, site, data].map((origin) => origin.close()))) };
}

async function startSite(): Promise<SiteOrigin> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const dist = serveFolder('.');
  const origin = await startOrigin((request, response) => {
    const path = pathOf(request);
    if (path.startsWith('/dist/')) return dist(request, response);
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const page = pages.get(path);
    response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', ...page?.headers });
    response.end(page?.html ?? 'not found');
  });
  return {
    ...origin,
    page(name, { head = '', body, headers = {} }) {
      // A data: icon spares a favicon request, except under a policy, which may forbid data: images.
      const icon = headers['Content-Security-Policy'] ? '' : '<link rel="icon" href="data:,">';
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${icon}<title>${name}</title>${head}</head><body>${body}</body></html>`;
      pages.set(`/${name}.html`, { html, headers });
      return `${origin.url}/${name}.html`;
    },
  };
}

async function startData(): Promise<DataOrigin> {
  const answers = new Map<string, Answer>();
  const files = serveFolder('examples', { ...CORS, 'Cache-Control': 'no-store' });
  const origin = await startOrigin(async (request, response) => {
    const answer = answers.get(pathOf(request));
    // no-store: a Retry must reach this server, not the browser's cache.
    const headers = { 'Cache-Control': 'no-store', ...(answer?.cors !== false && CORS) };
    if (request.method === 'OPTIONS') return void response.writeHead(204, headers).end();
    if (!answer) return files(request, response);
    await new Promise((resolve) => request.resume().on('end', resolve)); // a POST's body, read and dropped
    if (answer.hang) return;
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {});
    const type = answer.type ?? (typeof answer.body === 'string' ? 'text/plain' : 'application/json');
    response.writeHead(answer.status ?? 200, { ...headers, 'Content-Type': type });
    response.end(text);
  });
  return { ...origin, answer: (path, answer) => void answers.set(path, answer) };
}
