#!/usr/bin/env node
// `npm test`: every suite in order — type check, lint + format and layer rules, Vitest (unit + sandbox conformance + engine),
// then the sandbox build of the extension and Playwright in Chromium, then the Firefox build through
// web-ext lint, then the Firefox journeys (Firefox ESR, puppeteer-core). Ends with one line
// `N passed, N failed` summing them all; exits non-zero if anything failed or did not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// 2. Lint and layers: Biome (lint + format, warnings fail too) and the dependency rules
// (tests/lint/layers.mjs: forbidden directions, module and folder cycles).
const biomeStatus = run(bin('biome'), ['ci', '--error-on-warnings', '.']);
record('lint + format', biomeStatus === 0 ? 1 : 0, biomeStatus === 0 ? 0 : 1);
const layersStatus = run(process.execPath, [path.join(root, 'tests', 'lint', 'layers.mjs')]);
record('layers', layersStatus === 0 ? 1 : 0, layersStatus === 0 ? 0 : 1);

// 3. Vitest. A test file that fails to load counts as a failure too.
const vitestJson = path.join(out, 'vitest.json');
rmSync(vitestJson, { force: true });
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  const brokenFiles = (v.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  record('vitest', v.numPassedTests, v.numFailedTests + brokenFiles, v.numPendingTests + v.numTodoTests);
} else record('vitest', 0, 1);
if (vitestStatus !== 0 && v && v.numFailedTests === 0) record('vitest (runner)', 0, 1);

// 4. Extension build for the sandbox, then Playwright end-to-end in Chromium.
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

// 5. Firefox: the Firefox MV3 build through Mozilla's `web-ext lint` (the add-ons linter AMO runs).
// Lint errors fail the suite; warnings and notices are listed here but do not fail it.
const ffBuildStatus = run(bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
if (ffBuildStatus !== 0) record('firefox lint', 0, 1);
else {
  const lint = spawnSync(bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-config-discovery'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  let report = null;
  try {
    report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
  } catch {
    console.error(lint.stdout, lint.stderr);
  }
  if (report?.summary) {
    writeFileSync(path.join(out, 'web-ext-lint.json'), JSON.stringify(report, null, 2));
    for (const type of ['errors', 'warnings', 'notices']) {
      for (const m of report[type] ?? [])
        console.log(`web-ext lint ${m._type}: ${m.code} — ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`);
    }
    const { errors, warnings, notices } = report.summary;
    console.log(`web-ext lint: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
    record('firefox lint', errors === 0 ? 1 : 0, errors === 0 ? 0 : 1);
    if (lint.status !== 0 && errors === 0) record('firefox lint (runner)', 0, 1);
  } else record('firefox lint', 0, 1);
}

// 6. Firefox journeys: the sandbox build in Debian's Firefox ESR through puppeteer-core (BiDi).
const ffSandboxStatus = run(bin('wxt'), ['build', '-b', 'firefox', '--mv3', '--mode', 'sandbox']);
if (ffSandboxStatus !== 0) record('firefox journeys', 0, 1);
else {
  const ffJson = path.join(out, 'firefox.json');
  rmSync(ffJson, { force: true });
  const ffStatus = run(bin('vitest'), [
    'run',
    '-c',
    'tests/firefox/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${ffJson}`,
  ]);
  const f = readJson(ffJson);
  if (f) {
    const brokenFiles = (f.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0).length;
    record('firefox journeys', f.numPassedTests, f.numFailedTests + brokenFiles, f.numPendingTests + f.numTodoTests);
    if (ffStatus !== 0 && f.numFailedTests === 0 && brokenFiles === 0) record('firefox (runner)', 0, 1);
  } else record('firefox journeys', 0, 1);
}

console.log(`\n${suites.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
