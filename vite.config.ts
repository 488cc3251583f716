import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** The demo pages go to dist/demo/ as they are: they load ../widget.js like a clinic page. */
function demoPages(pages: readonly string[]): Plugin {
  return {
    name: 'clf-demo-pages',
    apply: 'build',
    generateBundle() {
      for (const page of pages) {
        this.emitFile({ type: 'asset', fileName: `demo/${page}`, source: readFileSync(resolve(root, 'demo', page), 'utf8') });
      }
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

export default defineConfig({
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), demoPages(['index.html']), demoEntry()],
  define: {
    __CLF_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    reportCompressedSize: true,
    minify: true,
    lib: {
      entry: resolve(root, 'widget/main.ts'),
      formats: ['iife'],
      name: 'CareLevelFinderBundle',
      fileName: () => 'widget.js',
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Pure code runs in node; a file that needs a DOM says so with @vitest-environment.
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/ui/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/build.global.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
