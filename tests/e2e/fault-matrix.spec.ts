import { expect, test } from './fixtures';
import { formatTable, problemsOf, ROWS, runRow, sandboxOptionsFor, saveResult, sizeFromEnv, type RowResult } from '../faults/matrix';

/**
 * The fault matrix (tests/faults/matrix.ts): each HubSpot failure crossed with real service-worker
 * kills during the delete job and again during its undo. In `npm test` at CI size (300 records,
 * 3 kills per job, 2 per undo); `npm run test:faults` runs the full size (FAULT_MATRIX=full: 3,000
 * records, 20 kills per job, 6 per undo) and prints every row's table.
 */
const size = sizeFromEnv();

const results: RowResult[] = [];

test.describe(`fault matrix (${size.name}: ${size.records} records, ${size.kills} worker kills per job, ${size.undoKills} per undo)`, () => {
  for (const row of ROWS) {
    test.describe(row.id, () => {
      test.use({ sandboxOptions: sandboxOptionsFor(row, size) });

      test(`${row.title} × ${size.kills} service-worker kills, undo × ${size.undoKills}`, async ({ sandbox, extension }, testInfo) => {
        test.setTimeout(size.rowBudgetMs + 60_000);
        const result = await runRow(row, size, sandbox, extension);
        results.push(result);
        saveResult(result);
        console.log(formatTable([result]));
        testInfo.annotations.push({ type: 'fault-matrix', description: JSON.stringify(result) });
        expect(problemsOf(result)).toEqual([]);
      });
    });
  }

  test.afterAll(() => {
    if (results.length > 1) console.log(`\nFault matrix (${size.name})\n${formatTable(results)}`);
  });
});
