// Vitest globalSetup for the `e2e` project: build dist/widget.js and the demo pages in
// dist/demo/ once, before any e2e test, exactly as `npm run build` does, so the browser always
// loads what the current source makes, never a stale copy.

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
    // The widget first: its build empties dist/, and the demo pages go into dist/demo/.
    for (const mode of ['production', 'demo']) {
      // No inline `root`: it would override the demo config's own root (demo/).
      await build({ configFile: resolve(ROOT, 'vite.config.ts'), mode, logLevel: 'warn' });
    }
  } finally {
    if (previous === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = previous;
  }
}
