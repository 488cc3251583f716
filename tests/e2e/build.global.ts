// Vitest globalSetup for the `e2e` project: build dist/widget.js once, before any e2e test,
// so the browser always loads the bundle made from the current source, never a stale one.

import { resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

export async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test, and vite reads NODE_ENV (not only `mode`) to decide whether a
  // build is a production one: under "test" it emits a larger, development-flavoured bundle.
  // The e2e tests must test what a clinic gets, so the build runs as production, then the
  // variable is put back for the rest of the run.
  const previous = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    if (previous === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = previous;
  }
}
