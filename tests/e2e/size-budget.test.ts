// The size budget of dist/widget.js (built by the e2e globalSetup, as `npm run build` does):
// one self-contained classic script, CSS and both languages inside, under its gzip budget.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const code = readFileSync(resolve(ROOT, 'dist/widget.js'), 'utf8');
const { sizeBudget } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  sizeBudget: { 'dist/widget.js': { gzipKiB: number } };
};

describe('dist/widget.js', () => {
  it(`is at most ${sizeBudget['dist/widget.js'].gzipKiB} KiB gzip`, () => {
    const gzipKiB = gzipSync(code, { level: 9 }).length / 1024;
    expect(gzipKiB).toBeLessThanOrEqual(sizeBudget['dist/widget.js'].gzipKiB);
  });

  it('is one classic script with its CSS and both languages inside, fetching nothing else', () => {
    // V8's compile hint comes first, or Chromium compiles the widget lazily on the main thread.
    expect(code.startsWith('//# allFunctionsCalledOnLoad\n(function(')).toBe(true);
    expect(code).not.toMatch(/\bimport\(|importScripts|define\.amd|sourceMappingURL|fetch\(|XMLHttpRequest|WebSocket/);
    expect(code).toContain('.clf{');
    expect(code).toContain('Find the kind of care that fits');
    expect(code).toContain('Encuentre el tipo de atención adecuado');
  });
});
