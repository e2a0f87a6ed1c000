/** Snapshot rows durably written per second through commitSnapshot (fake-indexeddb in Node). */
import 'fake-indexeddb/auto';
import { deleteDb, openDb } from '@/lib/db/open';
import { commitSnapshot, type SnapshotCapture } from '@/lib/db/snapshots-repo';
import { createJob } from '@/lib/jobs/core/create-job';
import { keepsSnapshots } from '@/lib/jobs/kinds';
import { row, type BenchRow } from './results';

/** A realistic row: 25 properties, 5 associations, 2 list memberships. */
function snapshotOf(recordId: string): SnapshotCapture {
  const properties: Record<string, string | null> = { hs_object_id: recordId, email: `person${recordId}@example.com` };
  for (let i = 0; i < 23; i++) properties[`property_${i}`] = i % 6 === 0 ? null : `value ${i} of ${recordId}`;
  return {
    recordId,
    objectTypeId: '0-1',
    properties,
    associations: Array.from({ length: 5 }, (_, i) => ({
      toObjectTypeId: i < 3 ? '0-2' : '0-3',
      toObjectId: String(5_000_000 + i),
      types: [{ category: 'HUBSPOT_DEFINED', typeId: 1 + i, label: null }],
    })),
    lists: [
      { listId: '11', processingType: 'MANUAL' },
      { listId: '12', processingType: 'SNAPSHOT' },
    ],
    capturedAt: Date.now(),
  };
}

export async function benchSnapshotWrites(records = 20_000): Promise<Record<string, BenchRow>> {
  const name = `bench-snapshots-${Date.now()}`;
  const db = openDb(name);
  try {
    const ids = Array.from({ length: records }, (_, i) => String(10_000_000 + i));
    const job = await createJob(db, { kind: 'delete', portalId: '1', objectTypeId: '0-1', recordIds: ids });
    const batches = await db.batches.where('jobId').equals(job.id).sortBy('seq');
    const rows = batches.map((b) => b.ids.map(snapshotOf));
    const t0 = performance.now();
    for (const [i, b] of batches.entries()) await commitSnapshot(db, job.id, b.seq, rows[i]!, keepsSnapshots);
    const seconds = (performance.now() - t0) / 1000;
    return {
      snapshot_write_per_s: row(records / seconds, 'rows/s', 5000, 'min', {
        records,
        batchSize: 100,
        db: 'fake-indexeddb 6 in Node (one transaction per 100-row batch)',
      }),
    };
  } finally {
    await deleteDb(name);
  }
}
