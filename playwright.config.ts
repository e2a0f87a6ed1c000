import { defineConfig } from '@playwright/test';

// Chromium is launched by the fixtures in tests/e2e/fixtures.ts (a persistent context with the
// extension loaded); launchOptions here would not reach it.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  outputDir: 'test-results/e2e',
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : [['list']],
});
