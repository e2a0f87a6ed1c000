import { Dexie } from 'dexie';
import { appendAudit } from '@/lib/db/audit-repo';
import { BatchNotFoundError, IllegalBatchTransitionError, JobNotFoundError, SnapshotRefusedError } from '@/lib/db/errors';
import type { KeepsSnapshots } from '@/lib/db/batches-repo';
import { UNKNOWN_PORTAL_ID } from '@/lib/db/migrations';
import type { Batch, FailedRecord, RecordSnapshot, SnapshotGapCounts } from '@/lib/db/rows';
import { text } from '@/lib/i18n/text';
import type { CrmSweepDb } from '@/lib/db/schema';

/** One record as captured from HubSpot; the job and batch are filled in by commitSnapshot. */
export type SnapshotCapture = Omit<RecordSnapshot, 'jobId' | 'seq'>;

export interface SnapshotPage {
  rows: RecordSnapshot[];
  /** Pass as `afterRecordId` for the next page; absent on the last page. */
  nextAfterRecordId?: string;
}

/**
 * The write-ahead step (DESIGN.md §5): writes the batch's snapshot rows AND moves the batch from
 * pending to snapshotted in ONE transaction, so either both are on disk or neither is. Only after
 * this resolves may the engine archive the batch. Records HubSpot no longer returned simply have
 * no row. Throws (changing nothing) for a job whose kind keeps no snapshots (`keepsSnapshots`,
 * the job kinds' rule), a batch that is not pending, or a row that does not belong to the batch.
 * `unread`: records HubSpot would not read (a 207 error), kept on the batch as its first failures;
 * rows with `gaps` are counted on the batch (`snapshotGaps`) so the popup need not load every row.
 */
export async function commitSnapshot(
  db: CrmSweepDb,
  jobId: string,
  seq: number,
  rows: readonly SnapshotCapture[],
  keepsSnapshots: KeepsSnapshots,
  now = Date.now(),
  unread: readonly FailedRecord[] = [],
): Promise<Batch> {
  return db.transaction('rw', [db.jobs, db.batches, db.snapshots], async () => {
    const job = await db.jobs.get(jobId);
    if (!job) throw new JobNotFoundError(jobId);
    if (!keepsSnapshots(job.kind)) {
      throw new SnapshotRefusedError(text('storage.noSnapshotsKept', { jobId, kind: job.kind }));
    }
    const batch = await db.batches.get([jobId, seq]);
    if (!batch) throw new BatchNotFoundError(jobId, seq);
    if (batch.state !== 'pending') throw new IllegalBatchTransitionError(jobId, seq, batch.state, 'snapshotted');
    const inBatch = new Set(batch.ids);
    for (const row of rows) {
      if (!inBatch.has(row.recordId) || row.objectTypeId !== job.objectTypeId) {
        throw new SnapshotRefusedError(
          text('storage.notInBatch', { recordId: row.recordId, objectTypeId: row.objectTypeId, seq: String(seq), jobId }),
        );
      }
    }

    await db.snapshots.bulkPut(rows.map((row) => ({ ...row, jobId, seq })));
    const snapshotted: Batch = { ...batch, state: 'snapshotted', updatedAt: now };
    const gaps = countGaps(rows);
    if (gaps) snapshotted.snapshotGaps = gaps;
    if (unread.length > 0) snapshotted.failedIds = [...unread];
    await db.batches.put(snapshotted);
    return snapshotted;
  });
}

/** Rows missing associations / list memberships, for the batch (the popup reads batches, not every row). */
function countGaps(rows: readonly SnapshotCapture[]): SnapshotGapCounts | null {
  const counts: SnapshotGapCounts = { associations: 0, lists: 0 };
  for (const row of rows) {
    if (row.gaps?.some((g) => g.part === 'associations')) counts.associations++;
    if (row.gaps?.some((g) => g.part === 'lists')) counts.lists++;
  }
  return counts.associations + counts.lists > 0 ? counts : null;
}

export function listSnapshotsOfBatch(db: CrmSweepDb, jobId: string, seq: number): Promise<RecordSnapshot[]> {
  return db.snapshots.where('[jobId+seq]').equals([jobId, seq]).toArray();
}

/** A job's snapshots page by page, in record-ID (string) order; for undo and CSV export. */
export async function readSnapshotPage(
  db: CrmSweepDb,
  jobId: string,
  { afterRecordId, limit = 500 }: { afterRecordId?: string; limit?: number } = {},
): Promise<SnapshotPage> {
  const from = afterRecordId === undefined ? Dexie.minKey : afterRecordId;
  const rows = await db.snapshots
    .where('[jobId+recordId]')
    .between([jobId, from], [jobId, Dexie.maxKey], afterRecordId === undefined, true)
    .limit(limit)
    .toArray();
  const last = rows.length === limit ? rows[rows.length - 1] : undefined;
  return last ? { rows, nextAfterRecordId: last.recordId } : { rows };
}

export function countSnapshots(db: CrmSweepDb, jobId: string): Promise<number> {
  return db.snapshots.where('jobId').equals(jobId).count();
}

/**
 * Retention: deletes snapshot rows captured more than `maxAgeMs` ago (default setting 90 days,
 * like HubSpot's recycle bin) and writes one 'snapshots.purged' audit entry per job affected, in
 * the same transaction. Rows are judged one by one, so a job that ran across the cutoff loses its
 * older rows now and the rest on a later run. Returns the number of rows deleted.
 */
export async function purgeOlderThan(db: CrmSweepDb, maxAgeMs: number, now = Date.now()): Promise<number> {
  const cutoff = now - maxAgeMs;
  return db.transaction('rw', [db.snapshots, db.jobs, db.audit], async () => {
    // Keys only: the rows themselves (properties, associations) are never loaded.
    const keys = await db.snapshots.where('capturedAt').below(cutoff).primaryKeys();
    if (keys.length === 0) return 0;
    const purgedByJob = new Map<string, number>();
    for (const [jobId] of keys) purgedByJob.set(jobId, (purgedByJob.get(jobId) ?? 0) + 1);
    await db.snapshots.bulkDelete(keys);
    for (const [jobId, count] of purgedByJob) await auditSnapshotRemoval(db, jobId, 'snapshots.purged', count, now);
    return keys.length;
  });
}

/** The user clears a job's snapshots (after which it can no longer be re-created). */
export async function deleteForJob(db: CrmSweepDb, jobId: string, now = Date.now()): Promise<number> {
  return db.transaction('rw', [db.snapshots, db.jobs, db.audit], async () => {
    const count = await db.snapshots.where('jobId').equals(jobId).delete();
    if (count > 0) await auditSnapshotRemoval(db, jobId, 'snapshots.cleared', count, now);
    return count;
  });
}

async function auditSnapshotRemoval(db: CrmSweepDb, jobId: string, action: string, count: number, at: number) {
  const job = await db.jobs.get(jobId);
  await appendAudit(db, { jobId, portalId: job?.portalId ?? UNKNOWN_PORTAL_ID, action, counts: { snapshots: count }, at });
}
