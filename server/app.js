// @ts-check
// The request handler: /api/ here; everything else to the demo (Vite), a static folder, or a 404 page.
import { createSubscribe } from './api.js';
import { sendError, sendHtml } from './http.js';
import { createLinks } from './links.js';
import { escapeForLog, safeLog } from './log.js';
import { createMailer } from './mailer.js';
import { PAGES, renderPage } from './pages.js';

/**
 * @typedef {object} AppOptions
 * @property {import('./types.js').Config} config
 * @property {import('./types.js').Store} store
 * @property {import('./mailer.js').Mailer} [mailer] by default from config.smtp
 * @property {import('./types.js').Middleware} [fallback] handles every request outside /api/ (the demo, static files)
 * @property {(line: string) => void} [log] console.log by default; lines are escaped before they get there
 * @property {() => number} [now] the clock for rate limits and links (tests move it)
 */

/**
 * @typedef {import('./types.js').RequestHandler & { idle(): Promise<void>, mailer: import('./mailer.js').Mailer }} App
 *   idle: resolves once the emails on their way have gone (shutdown waits for it)
 */

/**
 * An unexpected error: its message escaped like every other line (a driver's message may quote a
 * request), then its stack frames, which come from the code.
 * @param {unknown} error
 */
function logError(error) {
  if (!(error instanceof Error)) return void console.error(escapeForLog(String(error)));
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  console.error([escapeForLog(`${error.name}: ${error.message}`), ...frames].join('\n'));
}

/**
 * @param {AppOptions} options
 * @returns {App}
 */
export function createApp({ config, store, mailer, fallback, log = console.log, now = Date.now }) {
  const safe = safeLog(log);
  const mail = mailer ?? createMailer(config.smtp, safe);
  /** @type {Set<Promise<void>>} */
  const sending = new Set();
  /** @param {Promise<void>} work */
  const track = (work) => {
    const settled = work.catch((error) => safe(`Mail: ${error instanceof Error ? error.message : String(error)}`)).finally(() => sending.delete(settled));
    sending.add(settled);
  };
  const subscribe = createSubscribe({ config, store, mailer: mail, now, track });
  const links = createLinks({ config, store, now });
  const notFound = renderPage(config.siteName, { ...PAGES.notFound, home: `${config.publicUrl}/` });

  /** @type {import('./types.js').RequestHandler} */
  const handle = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      route(req, res, url).catch((error) => {
        logError(error);
        if (res.headersSent) res.destroy();
        else sendError(res, 500, 'Something went wrong on our side. Please try again.');
      });
      return;
    }
    if (fallback) {
      fallback(req, res, (error) => {
        if (error) logError(error);
        if (res.headersSent) return;
        if (error) sendError(res, 500, 'Something went wrong on our side.');
        else sendHtml(res, 404, notFound);
      });
      return;
    }
    sendHtml(res, 404, notFound);
  };

  /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => Promise<void>} */
  async function route(req, res, url) {
    if (url.pathname === '/api/subscribe') return subscribe(req, res);
    if (url.pathname === '/api/confirm') return links.confirm(req, res, url);
    if (url.pathname === '/api/unsubscribe') return links.unsubscribe(req, res, url);
    sendError(res, 404, 'There is no such endpoint.');
  }

  return Object.assign(handle, {
    mailer: mail,
    idle: async () => void (await Promise.all(sending)),
  });
}
