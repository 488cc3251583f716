// The npm package as someone who is not us meets it: `npm pack`, install the tarball into a
// fresh project, type-check and bundle the README's import snippet, load the bundle in
// Chromium and reach the first question.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStep, launchBrowser, press, withPage } from './support/browser';
import { readmeSnippets } from './support/readme';
import { startServer, type TestServer } from './support/server';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } }).toString();

let app: string;
let tarball: string;
let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'clf-consumer-'));
  // dist/ is already built by the e2e globalSetup (`npm run build`).
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', app], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(app, packed[0]?.filename ?? '');
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'clinic-app',
      private: true,
      type: 'module',
      dependencies: { 'care-level-finder': `file:${tarball}` },
    }),
  );
  // From the registry as a stranger would; npm's cache (filled by `npm ci`) keeps it quick.
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], app);

  const snippet = readmeSnippets().find(
    (block) => block.lang === 'ts' && block.code.includes("from 'care-level-finder'"),
  );
  if (!snippet) throw new Error('README.md has no ts snippet importing care-level-finder');
  mkdirSync(join(app, 'src'));
  writeFileSync(join(app, 'src/main.ts'), snippet.code);
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title></head><body><div id="screening"></div><script type="module" src="/src/main.ts"></script></body></html>',
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  [browser, server] = await Promise.all([launchBrowser(), startServer(join(app, 'dist'))]);
}, 180_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  if (app) rmSync(app, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('ships the script-tag build, the ES module, its types and the docs, and nothing of the sources', () => {
    const files = JSON.parse(npm(['pack', '--dry-run', '--json'], ROOT))[0].files.map(
      (file: { path: string }) => file.path,
    ) as string[];
    for (const needed of [
      'dist/widget.js',
      'dist/esm/index.js',
      'dist/types/index.d.ts',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'package.json',
    ]) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((path) => /^(src|tests|demo|widget)\/|^dist\/demo\//.test(path))).toEqual([]);
  });

  it("type-checks the README's import snippet against the installed declarations", () => {
    const output = (() => {
      try {
        return execFileSync(resolve(ROOT, 'node_modules/.bin/tsc'), ['-p', join(app, 'tsconfig.json')], {
          stdio: 'pipe',
        }).toString();
      } catch (error) {
        return String((error as { stdout?: Buffer }).stdout ?? error);
      }
    })();
    expect(output).toBe('');
  });

  it('bundles with Vite and reaches the first question in Chromium, with the version stamped', async () => {
    await build({
      root: app,
      configFile: false,
      logLevel: 'warn',
      build: { outDir: join(app, 'dist'), emptyOutDir: true },
    });
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/care-level-finder/package.json'), 'utf8')) as {
      version: string;
    };
    expect(installed.version).toBe(pkg.version);
    const { version } = (await import(join(app, 'node_modules/care-level-finder/dist/esm/index.js'))) as {
      version: string;
    };
    expect(version).toBe(pkg.version);
    await withPage(browser, `${server.url}/index.html`, async ({ page, problems }) => {
      const host = page.locator('#screening');
      await expectStep(host, 'intro');
      await press(host, 'start');
      await expectStep(host, 'who');
      expect(await host.locator('legend').textContent()).toBe('¿Para quién busca ayuda?');
      expect(problems).toEqual([]);
    });
  });
});
