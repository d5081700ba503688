// @ts-check
// The request handler: /api/ here, everything else to the demo (Vite) when there is one.
import { createApi } from './api.js';
import { sendError } from './http.js';

/**
 * @param {import('./types.js').AppOptions} options
 * @returns {import('./types.js').RequestHandler}
 */
export function createApp({ config, store, fallback, log = console.log, now = Date.now }) {
  const api = createApi({ config, store, log, now });

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      api(req, res, url).catch((error) => {
        console.error(error);
        if (res.headersSent) res.destroy();
        else sendError(res, 500, 'Something went wrong on our side. Please try again.');
      });
      return;
    }
    if (fallback) {
      fallback(req, res, (error) => {
        if (error) console.error(error);
        if (!res.headersSent) res.writeHead(error ? 500 : 404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(error ? 'Server error' : 'Not found');
      });
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  };
}
