// Vitest globalSetup for the `e2e` project: run `npm run build` once, before any e2e test, so
// the browser loads exactly what the current source makes (dist/widget.js, the npm package's
// dist/esm/ and dist/types/, the demo pages in dist/demo/), never a stale copy.

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function setup(): void {
  // Vitest sets NODE_ENV=test; the build must be the production one a clinic gets.
  const env = { ...process.env, NODE_ENV: 'production' };
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, env, stdio: 'pipe' });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build failed:\n${output.stdout?.toString() ?? ''}\n${output.stderr?.toString() ?? ''}`);
  }
}
