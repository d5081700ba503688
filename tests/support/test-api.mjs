// Endpoints the browser tests fetch, served by web-test-runner's own server: real HTTP faults
// instead of a stubbed fetch.
//   /test-api/status/404           that status, with a JSON body
//   /test-api/malformed            200 with a body that is not JSON
//   /test-api/hang                 never answers (until the test run ends)
//   /test-api/sample/<key>?delay=300  the sample glossary, after a delay (a key per test keeps hits apart)
//   /test-api/flaky/<key>          500 the first time for <key>, then the sample glossary
//   /test-api/hits/<path>          how many times <path> was requested, as JSON
import { readFileSync } from 'node:fs';

const sample = () => readFileSync(new URL('../../examples/freelance-glossary.json', import.meta.url), 'utf8');
const hits = new Map();
const flakyKeys = new Set();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testApi(context, next) {
  const path = context.path;
  if (!path.startsWith('/test-api/')) return next();
  const route = path.slice('/test-api/'.length);
  if (!route.startsWith('hits/')) hits.set(route, (hits.get(route) ?? 0) + 1);

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
    if (flakyKeys.has(route)) {
      context.body = sample();
    } else {
      flakyKeys.add(route);
      context.status = 500;
      context.body = '{}';
    }
  } else if (route.startsWith('hits/')) {
    context.body = JSON.stringify({ hits: hits.get(route.slice('hits/'.length)) ?? 0 });
  } else {
    // Not ours: another plugin (tests/support/signup-servers.mjs) may answer it.
    return next();
  }
}
