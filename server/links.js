// @ts-check
// The links in the email. GET only shows a page (mail scanners and link previewers fetch links);
// the page's button POSTs, and only a POST from the page itself, or an RFC 8058 one-click
// unsubscribe, changes anything.
import { mediaType, readBody, sendHtml } from './http.js';
import { PAGES, renderPage } from './pages.js';
import { hashToken, isTokenShaped } from './tokens.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * @param {{ config: import('./types.js').Config, store: import('./types.js').Store, now: () => number }} context
 */
export function createLinks({ config, store, now }) {
  const ownOrigins = new Set([new URL(config.publicUrl).origin, `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`]);
  const siteOrigins = new Set(config.allowedOrigins.filter((origin) => origin !== '*'));

  /**
   * "Back to the site": the page the reader signed up from when it is on a site of ours, else the home page.
   * @param {{ source: string } | undefined} subscriber
   */
  const homeFor = (subscriber) => {
    const fallback = `${config.publicUrl}/`;
    try {
      const source = new URL(subscriber?.source ?? '');
      return /^https?:$/.test(source.protocol) && (siteOrigins.has(source.origin) || ownOrigins.has(source.origin)) ? source.href : fallback;
    } catch {
      return fallback;
    }
  };

  /**
   * @param {ServerResponse} res
   * @param {number} status
   * @param {{ title: string, message: string }} words
   * @param {{ source: string } | undefined} subscriber
   * @param {{ action: string, token: string, label: string }} [form]
   */
  const page = (res, status, words, subscriber, form) =>
    sendHtml(res, status, renderPage(config.siteName, { ...words, home: homeFor(subscriber), ...(form && { form }) }));

  /**
   * A POST from our own page: the browser says so (Sec-Fetch-Site), or, for older browsers, its Origin is ours.
   * @param {IncomingMessage} req
   */
  const fromOwnPage = (req) => {
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined) return site === 'same-origin';
    return req.headers.origin !== undefined && ownOrigins.has(req.headers.origin);
  };

  /**
   * The token and fields of a POST (form body; the token may also be in the query, as in a one-click POST).
   * @param {IncomingMessage} req
   * @param {URL} url
   */
  const readPost = async (req, url) => {
    const type = mediaType(req);
    const body = type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data' ? await readBody(req, config.bodyLimit) : '';
    // RFC 8058 allows multipart/form-data too; the one field it sends is found in either as text.
    const form = type === 'application/x-www-form-urlencoded' ? new URLSearchParams(body ?? '') : new URLSearchParams();
    const oneClick = form.get('List-Unsubscribe') === 'One-Click' || /name="List-Unsubscribe"\s+One-Click/.test(body ?? '');
    return { token: form.get('token') ?? url.searchParams.get('token') ?? '', oneClick };
  };

  /** @type {(req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>} */
  async function confirm(req, res, url) {
    if (req.method === 'GET' || req.method === 'HEAD') {
      const token = url.searchParams.get('token') ?? '';
      const found = isTokenShaped(token) ? await store.lookup(hashToken(token), 'confirm', now()) : undefined;
      if (found?.state === 'valid') {
        return page(res, 200, PAGES.confirmAsk, found.subscriber, { action: '/api/confirm', token, label: 'Confirm my subscription' });
      }
      return explain(res, found);
    }
    if (req.method !== 'POST') return methodNotAllowed(res);
    const { token } = await readPost(req, url);
    if (!fromOwnPage(req)) return page(res, 403, PAGES.refused, undefined);
    const found = isTokenShaped(token) ? await store.confirm(hashToken(token), now()) : undefined;
    if (found?.state === 'valid') return page(res, 200, PAGES.subscribed, found.subscriber);
    return explain(res, found);
  }

  /** @type {(req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>} */
  async function unsubscribe(req, res, url) {
    if (req.method === 'GET' || req.method === 'HEAD') {
      const token = url.searchParams.get('token') ?? '';
      const found = isTokenShaped(token) ? await store.lookup(hashToken(token), 'unsubscribe', now()) : undefined;
      if (!found || found.state === 'unknown') return page(res, 404, PAGES.unknown, undefined);
      if (found.subscriber?.status === 'unsubscribed') return page(res, 200, PAGES.unsubscribed, found.subscriber);
      return page(res, 200, PAGES.unsubscribeAsk, found.subscriber, { action: '/api/unsubscribe', token, label: 'Unsubscribe' });
    }
    if (req.method !== 'POST') return methodNotAllowed(res);
    const { token, oneClick } = await readPost(req, url);
    // A one-click POST comes from the mail provider, not a page: the token alone is the proof (RFC 8058).
    if (!oneClick && !fromOwnPage(req)) return page(res, 403, PAGES.refused, undefined);
    const found = isTokenShaped(token) ? await store.unsubscribe(hashToken(token), now()) : undefined;
    if (!found || found.state === 'unknown') return page(res, 404, PAGES.unknown, undefined);
    return page(res, 200, PAGES.unsubscribed, found.subscriber);
  }

  /**
   * The page for a confirm link that is not (or no longer) valid.
   * @param {ServerResponse} res
   * @param {import('./types.js').TokenLookup | undefined} found
   */
  function explain(res, found) {
    if (found?.state === 'used') return page(res, 200, found.subscriber?.status === 'subscribed' ? PAGES.alreadyConfirmed : PAGES.unknown, found.subscriber);
    if (found?.state === 'expired') return page(res, 410, PAGES.expired, found.subscriber);
    return page(res, 404, PAGES.unknown, undefined);
  }

  /** @param {ServerResponse} res */
  function methodNotAllowed(res) {
    res.setHeader('Allow', 'GET, HEAD, POST');
    page(res, 405, PAGES.wrongMethod, undefined);
  }

  return { confirm, unsubscribe };
}
