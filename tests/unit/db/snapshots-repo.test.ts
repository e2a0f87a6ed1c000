import 'fake-indexeddb/auto';
import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { listAuditForJob } from '@/lib/db/audit-repo';
import { getBatch } from '@/lib/db/batches-repo';
import { markArchiving, markBatch } from '@/lib/jobs/core/batch-transitions';
import { IllegalBatchTransitionError, SnapshotRefusedError } from '@/lib/db/errors';
import type { JobKind } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import {
  commitSnapshot,
  countSnapshots,
  deleteForJob,
  listSnapshotsOfBatch,
  purgeOlderThan,
  readSnapshotPage,
} from '@/lib/db/snapshots-repo';
import { createJob } from '@/lib/jobs/core/create-job';
import { keepsSnapshots } from '@/lib/jobs/kinds';
import { freshDb, recordIds, snapshotOf } from './db-fixtures';

const DAY = 24 * 60 * 60 * 1000;

async function jobOf(db: CrmSweepDb, count: number, kind: JobKind = 'delete', createdAt = Date.now()) {
  const ids = recordIds(count);
  const job = await createJob(db, { kind, portalId: '123', objectTypeId: '0-1', recordIds: ids }, createdAt);
  return { jobId: job.id, ids };
}

/**
 * Fails every write to `batches` while `armed` — after commitSnapshot has already written its
 * snapshot rows — and counts the snapshot rows IndexedDB accepted before the failure.
 */
function injectBatchWriteFailure(db: CrmSweepDb) {
  const probe = { armed: false, snapshotRowsAccepted: 0 };
  db.use({
    stack: 'dbcore',
    name: 'fail-batch-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          async mutate(req) {
            if (probe.armed && name === 'batches') throw new Error('injected: disk full while updating the batch');
            const res = await table.mutate(req);
            if (probe.armed && name === 'snapshots' && req.type === 'put')
              probe.snapshotRowsAccepted += req.values.length - res.numFailures;
            return res;
          },
        };
      },
    }),
  });
  return probe;
}

describe('commitSnapshot', () => {
  it('writes the rows and marks the batch snapshotted', async () => {
    const db = freshDb();
    const { jobId, ids } = await jobOf(db, 150);
    const batch = await commitSnapshot(
      db,
      jobId,
      1,
      ids.slice(100).map((id) => snapshotOf(id)),
      keepsSnapshots,
      5000,
    );
    expect(batch).toMatchObject({ seq: 1, state: 'snapshotted', updatedAt: 5000 });
    const rows = await listSnapshotsOfBatch(db, jobId, 1);
    expect(rows.map((r) => r.recordId).sort()).toEqual(ids.slice(100).sort());
    expect(rows[0]).toMatchObject({ jobId, seq: 1, objectTypeId: '0-1' });
    expect((await getBatch(db, jobId, 0))?.state).toBe('pending');
  });

  it('leaves neither rows nor batch state behind when the batch update fails after the rows were written', async () => {
    const db = freshDb();
    const probe = injectBatchWriteFailure(db);
    const { jobId, ids } = await jobOf(db, 100);
    const before = await getBatch(db, jobId, 0);

    probe.armed = true;
    await expect(
      commitSnapshot(
        db,
        jobId,
        0,
        ids.map((id) => snapshotOf(id)),
        keepsSnapshots,
      ),
    ).rejects.toThrow(/injected/);
    probe.armed = false;

    expect(probe.snapshotRowsAccepted).toBe(100); // the rows did reach the store inside the transaction…
    expect(await countSnapshots(db, jobId)).toBe(0); // …and were rolled back with it
    expect(await getBatch(db, jobId, 0)).toEqual(before);
  });

  it('leaves nothing behind when one row in the middle cannot be stored', async () => {
    const db = freshDb();
    const { jobId, ids } = await jobOf(db, 100);
    const rows = ids.map((id) => snapshotOf(id));
    // A function cannot be structured-cloned: IndexedDB refuses this row after accepting 50 others.
    (rows[50]!.properties as Record<string, unknown>).hs_lead_status = () => 'not data';

    await expect(commitSnapshot(db, jobId, 0, rows, keepsSnapshots)).rejects.toThrow();
    expect(await countSnapshots(db, jobId)).toBe(0);
    expect((await getBatch(db, jobId, 0))?.state).toBe('pending');
  });

  it('refuses rows of records outside the batch, storing nothing', async () => {
    const db = freshDb();
    const { jobId, ids } = await jobOf(db, 200);
    const rows = [snapshotOf(ids[0]!), snapshotOf(ids[150]!)]; // 150 belongs to batch 1
    await expect(commitSnapshot(db, jobId, 0, rows, keepsSnapshots)).rejects.toBeInstanceOf(SnapshotRefusedError);
    await expect(commitSnapshot(db, jobId, 0, [snapshotOf(ids[0]!, Date.now(), '0-2')], keepsSnapshots)).rejects.toBeInstanceOf(
      SnapshotRefusedError,
    );
    expect(await countSnapshots(db, jobId)).toBe(0);
    expect((await getBatch(db, jobId, 0))?.state).toBe('pending');
  });

  it('refuses a batch that is not pending', async () => {
    const db = freshDb();
    const { jobId, ids } = await jobOf(db, 10);
    await commitSnapshot(
      db,
      jobId,
      0,
      ids.map((id) => snapshotOf(id)),
      keepsSnapshots,
    );
    await markArchiving(db, jobId, 0, keepsSnapshots);
    await expect(commitSnapshot(db, jobId, 0, [], keepsSnapshots)).rejects.toBeInstanceOf(IllegalBatchTransitionError);
  });
});

describe('GDPR delete', () => {
  it('keeps no snapshot rows: commitSnapshot is refused and the batches run without one', async () => {
    const db = freshDb();
    const { jobId, ids } = await jobOf(db, 120, 'gdprDelete');
    await expect(
      commitSnapshot(
        db,
        jobId,
        0,
        ids.slice(0, 100).map((id) => snapshotOf(id)),
        keepsSnapshots,
      ),
    ).rejects.toBeInstanceOf(SnapshotRefusedError);
    for (const seq of [0, 1]) {
      await markArchiving(db, jobId, seq, keepsSnapshots);
      await markBatch(db, jobId, seq, { to: 'archived' });
      await markBatch(db, jobId, seq, { to: 'verified' });
    }
    expect(await countSnapshots(db, jobId)).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('reading and removing snapshots', () => {
  it('pages through a job’s snapshots without gaps or repeats', async () => {
    const db = freshDb();
    const { jobId, ids } = await jobOf(db, 250);
    for (const seq of [0, 1, 2])
      await commitSnapshot(
        db,
        jobId,
        seq,
        ids.slice(seq * 100, seq * 100 + 100).map((id) => snapshotOf(id)),
        keepsSnapshots,
      );
    const other = await jobOf(db, 5);
    await commitSnapshot(
      db,
      other.jobId,
      0,
      other.ids.map((id) => snapshotOf(id)),
      keepsSnapshots,
    );

    const seen: string[] = [];
    let page = await readSnapshotPage(db, jobId, { limit: 60 });
    seen.push(...page.rows.map((r) => r.recordId));
    while (page.nextAfterRecordId) {
      page = await readSnapshotPage(db, jobId, { afterRecordId: page.nextAfterRecordId, limit: 60 });
      seen.push(...page.rows.map((r) => r.recordId));
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it('purges rows older than the retention period and audits it per job', async () => {
    const db = freshDb();
    const now = 100 * DAY;
    const old = await jobOf(db, 3);
    const recent = await jobOf(db, 2);
    await commitSnapshot(
      db,
      old.jobId,
      0,
      old.ids.map((id) => snapshotOf(id, now - 91 * DAY)),
      keepsSnapshots,
    );
    await commitSnapshot(
      db,
      recent.jobId,
      0,
      recent.ids.map((id) => snapshotOf(id, now - 89 * DAY)),
      keepsSnapshots,
    );

    expect(await purgeOlderThan(db, 90 * DAY, now)).toBe(3);
    expect(await countSnapshots(db, old.jobId)).toBe(0);
    expect(await countSnapshots(db, recent.jobId)).toBe(2);
    expect(await listAuditForJob(db, old.jobId)).toEqual([
      expect.objectContaining({ action: 'snapshots.purged', portalId: '123', counts: { snapshots: 3 }, at: now }),
    ]);
    expect(await listAuditForJob(db, recent.jobId)).toEqual([]);
    expect(await purgeOlderThan(db, 90 * DAY, now)).toBe(0); // nothing left to purge, nothing audited
    expect(await db.audit.count()).toBe(1);
  });

  it('deletes one job’s snapshots on request and audits it', async () => {
    const db = freshDb();
    const a = await jobOf(db, 4);
    const b = await jobOf(db, 2);
    await commitSnapshot(
      db,
      a.jobId,
      0,
      a.ids.map((id) => snapshotOf(id)),
      keepsSnapshots,
    );
    await commitSnapshot(
      db,
      b.jobId,
      0,
      b.ids.map((id) => snapshotOf(id)),
      keepsSnapshots,
    );
    expect(await deleteForJob(db, a.jobId)).toBe(4);
    expect(await countSnapshots(db, a.jobId)).toBe(0);
    expect(await countSnapshots(db, b.jobId)).toBe(2);
    expect((await listAuditForJob(db, a.jobId)).map((e) => [e.action, e.counts])).toEqual([['snapshots.cleared', { snapshots: 4 }]]);
  });
});
