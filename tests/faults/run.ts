/**
 * `npm run test:faults`: the full fault matrix (every row × 20 real service-worker kills, 3,000
 * records per row) — the same Playwright spec `npm test` runs at CI size. Builds the sandbox
 * extension, runs tests/e2e/fault-matrix.spec.ts with FAULT_MATRIX=full, then prints one table of
 * every row. `-- --ci` runs the CI size instead. Exits non-zero when any row failed.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { formatTable, loadResults, RESULTS_DIR, type SizeName } from './matrix';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const size: SizeName = process.argv.includes('--ci') ? 'ci' : 'full';
const started = Date.now();

const build = spawnSync(bin('wxt'), ['build', '--mode', 'sandbox'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

rmSync(path.join(RESULTS_DIR, size), { recursive: true, force: true });
const extra = process.argv.slice(2).filter((a) => a !== '--ci');
const run = spawnSync(bin('playwright'), ['test', 'tests/e2e/fault-matrix.spec.ts', ...extra], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FAULT_MATRIX: size },
});

const results = loadResults(size);
console.log(
  `\nFault matrix, ${size} size — total wall time ${((Date.now() - started) / 1000).toFixed(0)} s (build and browser start-ups included)`,
);
console.log(results.length > 0 ? formatTable(results) : '(no row finished)');
process.exit(run.status ?? 1);
