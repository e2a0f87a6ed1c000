import type { CrmSweepDb } from '@/lib/db/schema';
import { readSnapshotPage } from '@/lib/db/snapshots-repo';
import { columnsFor, csvRow, filledProperties, recordRow, UTF8_BOM } from '@/lib/format/csv';

/**
 * A job's snapshots as one HubSpot-import CSV, read straight from Dexie a page at a time. Two
 * passes: the first learns which columns hold data, the second writes rows, so memory holds one
 * page of snapshots plus the text, never every snapshot object at once.
 */
export async function snapshotCsv(db: CrmSweepDb, jobId: string, preferred: readonly string[]): Promise<{ csv: string; count: number }> {
  const names = new Set<string>();
  let count = 0;
  await eachPage(db, jobId, (rows) => {
    count += rows.length;
    for (const row of rows) for (const name of filledProperties({ id: row.recordId, properties: row.properties })) names.add(name);
  });
  const columns = columnsFor(names, preferred);
  const parts = [UTF8_BOM + csvRow(columns)];
  await eachPage(db, jobId, (rows) => {
    parts.push(rows.map((row) => csvRow(recordRow({ id: row.recordId, properties: row.properties }, columns))).join(''));
  });
  return { csv: parts.join(''), count };
}

async function eachPage(db: CrmSweepDb, jobId: string, visit: (rows: Awaited<ReturnType<typeof readSnapshotPage>>['rows']) => void) {
  let after: string | undefined;
  do {
    const page = await readSnapshotPage(db, jobId, { afterRecordId: after, limit: 1000 });
    visit(page.rows);
    after = page.nextAfterRecordId;
  } while (after !== undefined);
}
