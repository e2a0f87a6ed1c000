import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { markArchiving, markBatch } from '@/lib/jobs/core/batch-transitions';
import { getJobProgress, listJobsInState, listRecentJobs, listUndoJobsOf } from '@/lib/db/jobs-repo';
import { commitSnapshot } from '@/lib/db/snapshots-repo';
import { createJob } from '@/lib/jobs/core/create-job';
import { transitionJob } from '@/lib/jobs/core/job-transitions';
import { keepsSnapshots } from '@/lib/jobs/kinds';
import { deleteOf, freshDb, recordIds, snapshotOf } from './db-fixtures';

describe('listRecentJobs, listUndoJobsOf, listJobsInState', () => {
  it('lists recent jobs newest first, per portal, and jobs by state', async () => {
    const db = freshDb();
    const a = await createJob(db, deleteOf(['1'], '111'), 1000);
    const b = await createJob(db, deleteOf(['2'], '222'), 2000);
    const c = await createJob(db, deleteOf(['3'], '111'), 3000);
    const undo = await createJob(db, { ...deleteOf(['1'], '111'), kind: 'undo', undoOf: a.id }, 4000);
    expect((await listRecentJobs(db, { limit: 3 })).map((j) => j.id)).toEqual([undo.id, c.id, b.id]);
    expect((await listRecentJobs(db, { portalId: '111' })).map((j) => j.id)).toEqual([undo.id, c.id, a.id]);
    expect((await listUndoJobsOf(db, a.id)).map((j) => j.id)).toEqual([undo.id]);
    await transitionJob(db, b.id, { to: 'running' });
    expect((await listJobsInState(db, 'running')).map((j) => j.id)).toEqual([b.id]);
  });
});

describe('getJobProgress', () => {
  it('derives total, done, failed and remaining from the batches', async () => {
    const db = freshDb();
    const ids = recordIds(450); // batches 0–3 of 100, batch 4 of 50
    const { id } = await createJob(db, deleteOf(ids));
    expect(await getJobProgress(db, id)).toEqual({ total: 450, done: 0, failed: 0, remaining: 450 });

    const archive = async (seq: number) => {
      const batch = await db.batches.get([id, seq]);
      await commitSnapshot(
        db,
        id,
        seq,
        (batch?.ids ?? []).map((r) => snapshotOf(r)),
        keepsSnapshots,
      );
      await markArchiving(db, id, seq, keepsSnapshots);
      await markBatch(db, id, seq, { to: 'archived' });
    };
    await archive(0);
    await markBatch(db, id, 0, { to: 'verified' });
    await archive(1);
    await markBatch(db, id, 1, { to: 'verified', failedIds: [{ id: ids[100] ?? '', message: 'Still present after archive' }] });
    await archive(2); // archived, awaiting verification: counts as done
    await markBatch(db, id, 3, { to: 'failed', error: { message: 'HubSpot refused the batch' } });
    await commitSnapshot(db, id, 4, [], keepsSnapshots); // snapshotted but not sent: remaining

    expect(await getJobProgress(db, id)).toEqual({ total: 450, done: 299, failed: 101, remaining: 50 });
  });
});
