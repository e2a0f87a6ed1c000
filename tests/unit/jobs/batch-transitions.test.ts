import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getBatch, listBatches } from '@/lib/db/batches-repo';
import { listOpenBatches, markArchiving, markBatch } from '@/lib/jobs/core/batch-transitions';
import { BatchNotFoundError, IllegalBatchTransitionError } from '@/lib/db/errors';
import type { JobKind } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { commitSnapshot } from '@/lib/db/snapshots-repo';
import { createJob } from '@/lib/jobs/core/create-job';
import { keepsSnapshots } from '@/lib/jobs/kinds';
import { freshDb, recordIds, snapshotOf } from '../db/db-fixtures';

async function jobWithBatches(db: CrmSweepDb, batchCount: number, kind: JobKind = 'delete') {
  const job = await createJob(db, { kind, portalId: '123', objectTypeId: '0-1', recordIds: recordIds(batchCount * 100) });
  return job.id;
}

async function snapshot(db: CrmSweepDb, jobId: string, seq: number) {
  const batch = await getBatch(db, jobId, seq);
  await commitSnapshot(
    db,
    jobId,
    seq,
    (batch?.ids ?? []).map((id) => snapshotOf(id)),
    keepsSnapshots,
  );
}

describe('listOpenBatches', () => {
  it('resumes a re-send first, then verification, then snapshotted, then pending — lowest seq first', async () => {
    const db = freshDb();
    const jobId = await jobWithBatches(db, 7);
    // seq 0 verified, 1 pending, 2 snapshotted, 3 archived, 4 archiving, 5 snapshotted, 6 archiving
    for (const seq of [0, 2, 3, 4, 5, 6]) await snapshot(db, jobId, seq);
    for (const seq of [0, 3, 4, 6]) await markArchiving(db, jobId, seq, keepsSnapshots);
    for (const seq of [0, 3]) await markBatch(db, jobId, seq, { to: 'archived' });
    await markBatch(db, jobId, 0, { to: 'verified' });

    const order = (await listOpenBatches(db, jobId)).map((batch) => `${batch.seq}:${batch.state}`);
    expect(order).toEqual(['4:archiving', '6:archiving', '3:archived', '2:snapshotted', '5:snapshotted', '1:pending']);
  });

  it('has nothing to do for a job whose batches are all verified or failed, or an unknown job', async () => {
    const db = freshDb();
    const jobId = await jobWithBatches(db, 1);
    await markBatch(db, jobId, 0, { to: 'failed', error: { message: 'x' } });
    expect(await listOpenBatches(db, jobId)).toEqual([]);
    expect(await listOpenBatches(db, 'unknown')).toEqual([]);
  });
});

describe('markBatch', () => {
  it('counts every archive send, including a re-send after a crash', async () => {
    const db = freshDb();
    const jobId = await jobWithBatches(db, 1);
    await snapshot(db, jobId, 0);
    await markArchiving(db, jobId, 0, keepsSnapshots);
    const resent = await markArchiving(db, jobId, 0, keepsSnapshots);
    expect(resent.attempts).toBe(2);
  });

  it('refuses to archive a delete batch whose snapshot was never written', async () => {
    const db = freshDb();
    const jobId = await jobWithBatches(db, 1);
    await expect(markArchiving(db, jobId, 0, keepsSnapshots)).rejects.toBeInstanceOf(IllegalBatchTransitionError);
    expect((await getBatch(db, jobId, 0))?.state).toBe('pending');
  });

  it('lets a GDPR batch go from pending straight to archiving', async () => {
    const db = freshDb();
    const jobId = await jobWithBatches(db, 1, 'gdprDelete');
    expect((await markArchiving(db, jobId, 0, keepsSnapshots)).state).toBe('archiving');
  });

  it.each([
    ['pending', 'archived'],
    ['pending', 'verified'],
    ['snapshotted', 'verified'],
    ['verified', 'failed'],
  ] as const)('refuses %s → %s', async (from, to) => {
    const db = freshDb();
    const jobId = await jobWithBatches(db, 1);
    if (from !== 'pending') await snapshot(db, jobId, 0);
    if (from === 'verified') {
      await markArchiving(db, jobId, 0, keepsSnapshots);
      await markBatch(db, jobId, 0, { to: 'archived' });
      await markBatch(db, jobId, 0, { to: 'verified' });
    }
    const change = to === 'failed' ? { to, error: { message: 'x' } } : { to };
    await expect(markBatch(db, jobId, 0, change)).rejects.toMatchObject({ from, to });
    expect((await getBatch(db, jobId, 0))?.state).toBe(from);
  });

  it('records a failure with its records, and a retry clears it', async () => {
    const db = freshDb();
    const jobId = await jobWithBatches(db, 1);
    const failed = await markBatch(db, jobId, 0, {
      to: 'failed',
      error: { message: 'Not allowed', category: 'MISSING_SCOPES' },
      failedIds: [{ id: '1', message: 'x' }],
    });
    expect(failed).toMatchObject({ state: 'failed', error: { category: 'MISSING_SCOPES' }, failedIds: [{ id: '1' }] });
    const retried = await markBatch(db, jobId, 0, { to: 'pending' });
    expect(retried.error).toBeUndefined();
    expect(retried.failedIds).toBeUndefined();
    expect((await listBatches(db, jobId)).map((b) => b.state)).toEqual(['pending']);
  });

  it('reports a missing batch', async () => {
    await expect(markBatch(freshDb(), 'nope', 0, { to: 'archived' })).rejects.toBeInstanceOf(BatchNotFoundError);
  });
});
