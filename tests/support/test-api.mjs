// Endpoints the browser tests fetch, served by web-test-runner's own server: real HTTP faults
// instead of a stubbed fetch.
//   /test-api/status/404           that status, with a JSON body
//   /test-api/malformed            200 with a body that is not JSON
//   /test-api/hang                 never answers (until the test run ends)
//   /test-api/sample/<key>?delay=300  the sample glossary, after a delay (a key per test keeps hits apart)
//   /test-api/flaky/<key>?fail=3   500 the first 3 times (default 1) for <key>, then the sample glossary
//   /test-api/hits/<path>          how many times <path> was requested, as JSON
// Hits and flaky keys are kept per browser (by User-Agent): Chromium and Firefox run the same
// tests side by side, and each must see only its own requests.
import { readFileSync } from 'node:fs';

const sample = () => readFileSync(new URL('../../examples/freelance-glossary.json', import.meta.url), 'utf8');
const hits = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testApi(context, next) {
  const path = context.path;
  if (!path.startsWith('/test-api/')) return next();
  const route = path.slice('/test-api/'.length);
  const browser = context.get('user-agent');
  const key = (name) => `${browser}\n${name}`;
  if (!route.startsWith('hits/')) hits.set(key(route), (hits.get(key(route)) ?? 0) + 1);

  context.set('Cache-Control', 'no-store');
  context.type = 'application/json';
  if (route.startsWith('status/')) {
    context.status = Number(route.slice('status/'.length));
    context.body = JSON.stringify({ error: 'test status' });
  } else if (route === 'malformed') {
    context.body = '{"title": "Broken", "terms": [';
  } else if (route === 'hang') {
    await sleep(60_000);
    context.body = sample();
  } else if (route.startsWith('sample')) {
    await sleep(Number(context.query.delay ?? 0));
    context.body = sample();
  } else if (route.startsWith('flaky/')) {
    if (hits.get(key(route)) > Number(context.query.fail ?? 1)) {
      context.body = sample();
    } else {
      context.status = 500;
      context.body = '{}';
    }
  } else if (route.startsWith('hits/')) {
    context.body = JSON.stringify({ hits: hits.get(key(route.slice('hits/'.length))) ?? 0 });
  } else {
    // Not ours: another plugin (tests/support/signup-servers.mjs) may answer it.
    return next();
  }
}
