import { defineConfig } from 'vitest/config';

/**
 * Three projects, run by scripts/test.mjs as separate suites:
 * - unit: pure rules and helpers (`*.test.ts`), no database;
 * - integration: the HTTP API against a real database (`*.int.test.ts`), once on PGlite and once on
 *   PostgreSQL, chosen by QIANCHENG_TEST_DB;
 * - e2e: a real browser against a running server (`tests/e2e/*.e2e.ts`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/*/src/**/*.int.test.ts', 'packages/*/src/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
