// A stand-in signup endpoint on an origin of its own, for the answers the reference back-end never
// gives (5xx, a CAPTCHA page, a hang) and for inspecting exactly what the element sent.
//   POST /pending /subscribed /status-error /field-error /hostile-message /rate-limit /rate-limit-date
//        /unavailable /captcha /hang /slow?ms= /no-content /never-ends /rate-limit-huge
//        /rate-limit-garbage /redirect?to=&status= (a 307 by default)
//   GET  /last            what the last POST carried: { count, contentType, accept, body }
// POSTs are recorded per browser (by User-Agent): Chromium and Firefox run the same tests side by
// side, and /last tells each only about its own.
import { createServer } from 'node:http';

const answers = {
  '/pending': [200, { status: 'pending' }],
  '/subscribed': [200, { status: 'subscribed' }],
  '/status-error': [200, { status: 'error', error: { message: 'This list is closed for now.' } }],
  '/field-error': [422, { error: { message: 'That domain does not take mail.', field: 'email' } }],
  '/hostile-message': [422, { error: { message: '<img src=x onerror="window.__pwned=1">Bad <b>address</b>', field: 'email' } }],
  '/rate-limit': [429, { error: { message: 'Slow down' } }, { 'Retry-After': '120' }],
  '/rate-limit-date': [429, {}, { 'Retry-After': new Date(Date.now() + 3_600_000).toUTCString() }],
  '/unavailable': [503, '<h1>Down for maintenance</h1>'],
  '/captcha': [200, '<html><body>Prove you are human</body></html>'],
  '/rate-limit-huge': [429, {}, { 'Retry-After': '99999999999999999999' }],
  '/rate-limit-garbage': [429, {}, { 'Retry-After': 'soon, maybe' }],
};

export async function startSignupEndpoints() {
  const postsByBrowser = new Map();
  const server = createServer(async (request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
    response.setHeader('Access-Control-Allow-Methods', 'POST, GET');
    response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    const url = new URL(request.url ?? '/', 'http://x');
    const browser = request.headers['user-agent'] ?? '';
    if (!postsByBrowser.has(browser)) postsByBrowser.set(browser, []);
    const posts = postsByBrowser.get(browser);
    if (request.method === 'GET' && url.pathname === '/last') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      return void response.end(JSON.stringify({ count: posts.length, ...posts.at(-1) }));
    }
    let body = '';
    for await (const chunk of request) body += chunk;
    posts.push({ path: url.pathname, contentType: request.headers['content-type'], accept: request.headers.accept, body });
    if (url.pathname === '/hang') return; // never answers
    if (url.pathname === '/no-content') return void response.writeHead(204).end();
    if (url.pathname === '/never-ends') return void response.writeHead(200, { 'Content-Type': 'application/json' }).write('{"status":');
    if (url.pathname === '/redirect') {
      const status = Number(url.searchParams.get('status') ?? 307);
      return void response.writeHead(status, { Location: url.searchParams.get('to') ?? '/pending' }).end();
    }
    if (url.pathname === '/slow') await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 500)));
    const [status, payload, headers = {}] = answers[url.pathname] ?? [200, { status: 'pending' }];
    const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
    response.writeHead(status, { 'Content-Type': typeof payload === 'string' ? 'text/html' : 'application/json', ...headers });
    response.end(text);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }) };
}
