import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  version: string;
  sizeBudget: { 'dist/widget.js': { gzipKiB: number } };
};

/** First line of dist/widget.js (https://v8.dev/blog/explicit-compile-hints). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Sizes as a visitor downloads them: gzip at level 9 and brotli at quality 11, in KiB. */
export function compressedKiB(code: string | Uint8Array): { gzip: number; brotli: number } {
  return {
    gzip: gzipSync(code, { level: 9 }).length / 1024,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length / 1024,
  };
}

/** Every build says how big the widget is, against its budget (checked by `npm test`). */
function sizeReport(): Plugin {
  return {
    name: 'clf-size-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const widget = bundle['widget.js'];
      if (widget?.type !== 'chunk') return;
      const { gzip, brotli } = compressedKiB(widget.code);
      const budget = pkg.sizeBudget['dist/widget.js'].gzipKiB;
      this.info(
        `dist/widget.js: ${gzip.toFixed(1)} KiB gzip, ${brotli.toFixed(1)} KiB brotli (budget ${budget} KiB gzip)`,
      );
    },
  };
}

/**
 * Writes dist/widget.js.sha384: the Subresource Integrity value of the file as it was written
 * (`sha384-` and the base64 digest), for a script tag that must refuse any other file at its
 * URL. The npm package ships it beside widget.js; the embed builder computes the same value
 * from the file it serves.
 */
function integrityFile(): Plugin {
  return {
    name: 'clf-integrity-file',
    apply: 'build',
    writeBundle(options, bundle) {
      if (!bundle['widget.js'] || !options.dir) return;
      const code = readFileSync(resolve(options.dir, 'widget.js'));
      const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
      writeFileSync(resolve(options.dir, 'widget.js.sha384'), `${integrity}\n`);
    },
  };
}

/** `npm start`: the preview server opens on the demo page and says where it is. */
function demoEntry(): Plugin {
  return {
    name: 'clf-demo-entry',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url === '/' || request.url === '/index.html') {
          response.statusCode = 302;
          response.setHeader('Location', '/demo/');
          response.end();
          return;
        }
        next();
      });
      return () => {
        server.httpServer?.once('listening', () => {
          const address = server.httpServer?.address();
          if (address && typeof address === 'object') {
            console.log(`\n  Care Level Finder demo: http://127.0.0.1:${address.port}/demo/\n`);
          }
        });
      };
    },
  };
}

const plugins = [preact({ prefreshEnabled: false, devToolsEnabled: false })];

/**
 * What every build shares: Preact, the package's version stamped in as `__CLF_VERSION__`
 * (src/version.ts), ES2022 output, and no public folder. The three builds below differ only in
 * what they build and where it goes. The test projects are in vitest.config.ts.
 */
export const BASE = {
  plugins,
  define: { __CLF_VERSION__: JSON.stringify(pkg.version) },
  build: { target: 'es2022', copyPublicDir: false },
} as const;

/**
 * `vite build --mode demo`: the demo clinic page, the clinician preview and the embed-code
 * builder, into dist/demo/. They load ../widget.js with a plain script tag, as a clinic would;
 * only their own page code is bundled here.
 */
const DEMO_PAGES = ['index', 'preview', 'builder'] as const;

const demoConfig = defineConfig({
  ...BASE,
  root: resolve(root, 'demo'),
  base: './',
  build: {
    ...BASE.build,
    outDir: resolve(root, 'dist/demo'),
    emptyOutDir: false,
    rolldownOptions: {
      input: Object.fromEntries(DEMO_PAGES.map((page) => [page, resolve(root, 'demo', `${page}.html`)])),
    },
  },
});

/**
 * `vite build --mode lib`: the ES module of the npm package (dist/esm/index.js), unminified,
 * with its dependencies left as imports so that an app bundles one Preact and one xstate.
 */
const libConfig = defineConfig({
  ...BASE,
  build: {
    ...BASE.build,
    outDir: 'dist/esm',
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: resolve(root, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'index.js',
    },
    rolldownOptions: {
      external: [/^preact(\/.*)?$/, /^xstate(\/.*)?$/, /^@preact\/signals-core$/],
    },
  },
});

const widgetConfig = defineConfig({
  ...BASE,
  plugins: [...plugins, demoEntry(), sizeReport(), integrityFile()],
  build: {
    ...BASE.build,
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    minify: true,
    lib: {
      entry: resolve(root, 'widget/main.ts'),
      formats: ['iife'],
      name: 'CareLevelFinderBundle',
      fileName: () => 'widget.js',
    },
    rolldownOptions: {
      output: {
        // V8's explicit compile hint: Chromium compiles all of the widget while the file
        // streams in, off the main thread, instead of one function at a time on first call
        // on the main thread. With the CPU 4x slower, the task that runs the script and shows
        // the intro drops from about 100 ms to about 65 ms (see BENCHMARKS.md). Added after
        // minification, which would drop it as a comment; other engines ignore it.
        postBanner: COMPILE_HINT,
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
  },
});

export default defineConfig(({ mode }) => (mode === 'demo' ? demoConfig : mode === 'lib' ? libConfig : widgetConfig));
