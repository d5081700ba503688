import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface Origin {
  url: string;
  /** `METHOD /path?query` of every request so far, in order. */
  requests: string[];
  /** How many GET requests asked for `path` (query included when given). */
  gets(path: string): number;
  /** How many GET requests for `path` are over: answered, or dropped by the browser (an abort). */
  finished(path: string): number;
  close(): Promise<void>;
}

/** An HTTP server on its own loopback port: a separate origin, as a real embed meets. */
export async function startOrigin(handler: Handler): Promise<Origin> {
  const requests: string[] = [];
  const finished: string[] = [];
  const server = createServer((request, response) => {
    const line = `${request.method} ${request.url}`;
    requests.push(line);
    response.on('close', () => finished.push(line));
    Promise.resolve(handler(request, response)).catch((error: Error) => {
      response.statusCode = 500;
      response.end(error.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    gets: (path) => requests.filter((line) => line === `GET ${path}`).length,
    finished: (path) => finished.filter((line) => line === `GET ${path}`).length,
    close: () =>
      new Promise((resolve) => {
        // Requests left hanging on purpose (the timeout tests) must not keep the server open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
};

export const pathOf = (request: IncomingMessage) => normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));

/** Serves files below `folder`, with extra headers (CORS, say). */
export function serveFolder(folder: string, headers: Record<string, string> = {}): Handler {
  return async (request, response) => {
    const path = pathOf(request);
    try {
      const body = await readFile(join(folder, path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      response.writeHead(404, headers);
      response.end('not found');
    }
  };
}
