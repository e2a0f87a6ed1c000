/**
 * The fault matrix (issue 7, deliverable 2): every HubSpot failure row crossed with real MV3
 * service-worker kills in Chromium — during the delete job and again during its undo — judged only
 * from the sandbox's state and call log, the job rows (pause reasons, "already gone" reports) and
 * the extension's snapshots table. Used by tests/e2e/fault-matrix.spec.ts at two sizes: `ci` (in
 * `npm test`) and `full` (`npm run test:faults`, FAULT_MATRIX=full).
 *
 *   sizes.ts           how big a row is (records, kills, time budget) and the portal's speed
 *   scenarios.ts       the rows: faults, expected pauses and how the user lifts them
 *   kill-scheduler.ts  seeded kills on the job's own clock (API calls), each confirmed by a restart
 *   runner.ts          one row start to finish: stage, start, drive, judge, undo, judge
 *   judge.ts           verdicts from the sandbox, the call log and IndexedDB; problemsOf
 *   table.ts           the printed table and the per-row JSON results
 *   job-control.ts     resume, pause checks and seeded helpers shared by the above
 */
export { SIZES, sizeFromEnv, type MatrixSize, type SizeName } from './sizes';
export { ROWS, sandboxOptionsFor, type RowId, type RowSpec } from './scenarios';
export { planKills, type KillPlan } from './kill-scheduler';
export { runRow } from './runner';
export { problemsOf } from './judge';
export type { KillRecord, RowResult } from './result';
export { formatTable, loadResults, RESULTS_DIR, saveResult } from './table';
