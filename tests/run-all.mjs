#!/usr/bin/env node
// `npm test`: every suite in order — type check, Vitest (unit + sandbox conformance + engine),
// then the sandbox build of the extension and Playwright in Chromium. Ends with one line
// `N passed, N failed` summing them all; exits non-zero if anything failed or did not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'test-results');
mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const totals = { passed: 0, failed: 0, skipped: 0 };
const suites = [];
const record = (name, passed, failed, skipped = 0) => {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  // Not in the `N passed, N failed` shape: only the final line may be read as the summary.
  suites.push(`  ${name.padEnd(20)} ${passed} passed  ${failed} failed${skipped ? `  ${skipped} skipped` : ''}`);
};
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

// 1. Types: one check; a type error anywhere fails it.
const tscStatus = run(bin('tsc'), ['--noEmit']);
record('typecheck', tscStatus === 0 ? 1 : 0, tscStatus === 0 ? 0 : 1);

// 2. Vitest. A test file that fails to load counts as a failure too.
const vitestJson = path.join(out, 'vitest.json');
rmSync(vitestJson, { force: true });
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  const brokenFiles = (v.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  record('vitest', v.numPassedTests, v.numFailedTests + brokenFiles, v.numPendingTests + v.numTodoTests);
} else record('vitest', 0, 1);
if (vitestStatus !== 0 && v && v.numFailedTests === 0) record('vitest (runner)', 0, 1);

// 3. Extension build for the sandbox, then Playwright end-to-end in Chromium.
const buildStatus = run(bin('wxt'), ['build', '--mode', 'sandbox']);
record('build', buildStatus === 0 ? 1 : 0, buildStatus === 0 ? 0 : 1);
if (buildStatus === 0) {
  const pwJson = path.join(out, 'playwright.json');
  rmSync(pwJson, { force: true });
  const pwStatus = run(bin('playwright'), ['test'], { PW_JSON_OUTPUT: pwJson });
  const p = readJson(pwJson);
  if (p?.stats) {
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = p.stats;
    record('playwright', expected + flaky, unexpected, skipped);
    if (pwStatus !== 0 && unexpected === 0) record('playwright (runner)', 0, 1);
  } else record('playwright', 0, 1);
}

console.log('\n' + suites.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
