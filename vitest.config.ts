// The test projects: unit (node), ui (happy-dom) and e2e (the built widget in real browsers).
// The builds are in vite.config.ts; the tests share its base (Preact, the version stamp).

import { defineConfig } from 'vitest/config';
import { BASE } from './vite.config.ts';

export default defineConfig({
  plugins: BASE.plugins,
  define: BASE.define,
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
          include: ['tests/ui/**/*.test.tsx', 'tests/demo/**/*.test.tsx'],
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
