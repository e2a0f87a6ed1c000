/**
 * `npm run bench`: speed and memory goals (never asserted by tests). Prints one table of every row
 * and writes tests/bench/results.json. `npm run bench -- engine` runs one group.
 */
import { hostSpeed } from './quiet';
import { saveRows, type BenchRow } from './results';

// Loaded lazily so one group can run without the others' dependencies.
const groups: Record<string, () => Promise<Record<string, BenchRow>>> = {
  snapshots: async () => (await import('./snapshot-bench')).benchSnapshotWrites(),
  engine: async () => (await import('./engine-bench')).benchDeleteAndUndo(),
  contended: async () => (await import('./engine-bench')).benchContended(),
  restore: async () => (await import('./restore-bench')).benchRestoreVerify(),
  overlay: async () => (await import('./overlay-bench')).benchOverlay(),
  popup: async () => (await import('./popup-bench')).benchPopup(),
  firefox: async () => (await import('./firefox-bench')).benchFirefoxDelete(),
};

const wanted = process.argv.slice(2).filter((a) => a in groups);
const rows: Record<string, BenchRow> = {};
const speedBefore = hostSpeed();
for (const [name, run] of Object.entries(groups)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.error(`bench: ${name}…`);
  Object.assign(rows, await run());
}
saveRows(rows, { before: speedBefore, after: hostSpeed() });
process.exit(0);
