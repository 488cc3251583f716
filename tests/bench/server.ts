// The benchmark's static server: fixed files from memory, gzip-compressed as a CDN would send
// them (so "bytes transferred" is what a visitor downloads), on 127.0.0.1 and a free port.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface BenchFile {
  readonly body: string | Buffer;
  readonly type: string;
}

export interface BenchServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** Serves `files`, read at each request, so pages may be added while it runs. */
export async function serve(files: ReadonlyMap<string, BenchFile>): Promise<BenchServer> {
  const gzipped = new WeakMap<BenchFile, Buffer>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path);
    if (!file) {
      response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    let gzipBody = gzipped.get(file);
    if (!gzipBody) {
      gzipBody = gzipSync(file.body, { level: 9 });
      gzipped.set(file, gzipBody);
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      'content-type': file.type,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzip ? gzipBody : file.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
