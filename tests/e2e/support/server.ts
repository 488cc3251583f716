// A tiny static server for the e2e tests: dist/ as a CDN would serve it, plus host pages the
// tests register in memory, so each test controls the page's markup and headers (CSP).

import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

export interface TestServer {
  /** Origin without a trailing slash, e.g. "http://127.0.0.1:41234". */
  readonly url: string;
  /** Serves `html` at `path` (e.g. "/host.html") with extra response headers; replaces any earlier page there. */
  readonly page: (path: string, html: string, headers?: OutgoingHttpHeaders) => void;
  /** Every path requested so far, in order: lets a test prove the widget fetched nothing else. */
  readonly requests: readonly string[];
  readonly close: () => Promise<void>;
}

const DIST = resolve(import.meta.dirname, '../../../dist');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

interface Page {
  readonly html: string;
  readonly headers: OutgoingHttpHeaders;
}

/** Serves `root` (dist/ unless told otherwise) and the pages a test registers. */
export async function startServer(root: string = DIST): Promise<TestServer> {
  const pages = new Map<string, Page>();
  const requests: string[] = [];

  const server = createServer((request, response) => {
    void respond(request, response).catch((error: unknown) => {
      // A failure here is a test-harness bug; answer 500 so the test fails loudly, not hangs.
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // No caching anywhere: a test that changes a page or rebuilds must never see an old copy.
    const base = { 'cache-control': 'no-store' };

    // Chromium asks for /favicon.ico on its own, once per browser; a 404 there would show up
    // as a console error in whichever test ran first. It is not the widget's request, so it
    // is answered empty and left out of `requests`.
    if (path === '/favicon.ico') {
      response.writeHead(204, base).end();
      return;
    }
    requests.push(path);

    const page = pages.get(path);
    if (page) {
      response.writeHead(200, { ...base, 'content-type': CONTENT_TYPES['.html'], ...page.headers });
      response.end(page.html);
      return;
    }

    const file = resolve(root, `.${decodeURIComponent(path)}`);
    // Never serve anything outside the root, whatever "../" the path carries.
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403, base).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...base, 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { ...base, 'content-type': 'text/plain' }).end('not found');
    }
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  // A test that forgets close() must not keep the vitest worker alive.
  server.unref();
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    page(path, html, headers = {}) {
      pages.set(path, { html, headers });
    },
    requests,
    close: () =>
      new Promise<void>((done, fail) => {
        // Keep-alive sockets from the browser would otherwise hold close() open.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
