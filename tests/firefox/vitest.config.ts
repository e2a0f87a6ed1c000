import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The Firefox journeys (`npm run test:firefox`, and in `npm test`): real Firefox ESR with the
 * sandbox build of crm-sweep, driven by puppeteer-core over WebDriver BiDi. One file at a time:
 * each journey owns a browser and a sandbox, and this machine has two cores.
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  resolve: { alias: { '@': path.resolve(import.meta.dirname, '../..') } },
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
