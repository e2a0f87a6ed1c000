import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { markBatch } from '@/lib/db/batches-repo';
import { IllegalJobTransitionError, InvalidRecordIdError, JobNotFoundError } from '@/lib/db/errors';
import {
  createJob,
  getJob,
  getJobProgress,
  listJobsInState,
  listRecentJobs,
  listUndoJobsOf,
  transitionJob,
  type NewJob,
} from '@/lib/db/jobs-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import { commitSnapshot } from '@/lib/db/snapshots-repo';
import { freshDb, recordIds, snapshotOf } from './db-fixtures';

const deleteOf = (ids: string[], portalId = '123'): NewJob => ({
  kind: 'delete',
  portalId,
  objectTypeId: '0-1',
  recordIds: ids,
  source: { pageUrl: 'https://app.hubspot.com/contacts/123/objects/0-1/views/all/list', description: 'All contacts' },
});

describe('createJob', () => {
  it('stores a staged job and its pending batches, counting distinct records', async () => {
    const db = freshDb();
    const ids = recordIds(230);
    const job = await createJob(db, deleteOf([...ids, ...ids.slice(0, 10)]), 1000);
    expect(job).toMatchObject({ state: 'staged', total: 230, createdAt: 1000, updatedAt: 1000 });
    expect(await getJob(db, job.id)).toEqual(job);
    const batches = await db.batches.where('jobId').equals(job.id).sortBy('seq');
    expect(batches.map((b) => [b.seq, b.ids.length, b.state, b.attempts])).toEqual([
      [0, 100, 'pending', 0],
      [1, 100, 'pending', 0],
      [2, 30, 'pending', 0],
    ]);
    expect(batches.flatMap((b) => b.ids)).toEqual(ids);
  });

  it('stores nothing when an ID is invalid', async () => {
    const db = freshDb();
    await expect(createJob(db, deleteOf(['1', 2 as unknown as string]))).rejects.toThrow(InvalidRecordIdError);
    expect(await db.jobs.count()).toBe(0);
    expect(await db.batches.count()).toBe(0);
  });

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

describe('transitionJob', () => {
  async function stagedJob(db: CrmSweepDb) {
    return createJob(db, deleteOf(recordIds(3)), 1000);
  }

  it('runs, pauses with a reason, resumes and finishes, stamping the times', async () => {
    const db = freshDb();
    const { id } = await stagedJob(db);
    expect(await transitionJob(db, id, { to: 'running' }, 2000)).toMatchObject({ state: 'running', startedAt: 2000 });
    const paused = await transitionJob(
      db,
      id,
      { to: 'paused', pauseReason: { code: 'rateLimit', message: 'HubSpot asked us to wait' } },
      3000,
    );
    expect(paused.pauseReason?.code).toBe('rateLimit');
    const resumed = await transitionJob(db, id, { to: 'running' }, 4000);
    expect(resumed).toMatchObject({ state: 'running', startedAt: 2000 });
    expect(resumed.pauseReason).toBeUndefined();
    expect(await transitionJob(db, id, { to: 'done' }, 5000)).toMatchObject({ state: 'done', finishedAt: 5000, updatedAt: 5000 });
  });

  it('retries a failed job, clearing the old failure', async () => {
    const db = freshDb();
    const { id } = await stagedJob(db);
    await transitionJob(db, id, { to: 'running' }, 2000);
    const failed = await transitionJob(db, id, { to: 'failed', error: { message: 'Token revoked', category: 'UNAUTHORIZED' } }, 3000);
    expect(failed).toMatchObject({ state: 'failed', finishedAt: 3000, error: { message: 'Token revoked' } });
    const retried = await transitionJob(db, id, { to: 'running' }, 4000);
    expect(retried.error).toBeUndefined();
    expect(retried.finishedAt).toBeUndefined();
    expect(await getJob(db, id)).toEqual(retried);
  });

  it.each([
    ['staged', 'paused'],
    ['staged', 'done'],
    ['staged', 'cancelled'],
    ['done', 'running'],
    ['cancelled', 'running'],
    ['failed', 'done'],
    ['running', 'running'],
  ] as const)('refuses %s → %s and changes nothing', async (from, to) => {
    const db = freshDb();
    const { id } = await stagedJob(db);
    if (from !== 'staged') await transitionJob(db, id, { to: 'running' }, 2000);
    if (from === 'done' || from === 'cancelled') await transitionJob(db, id, { to: from }, 3000);
    if (from === 'failed') await transitionJob(db, id, { to: 'failed', error: { message: 'x' } }, 3000);
    const before = await getJob(db, id);

    const change = to === 'paused' ? { to, pauseReason: { code: 'user' as const, message: 'Paused' } } : { to };
    const attempt = transitionJob(db, id, change as Parameters<typeof transitionJob>[2], 9000);
    await expect(attempt).rejects.toBeInstanceOf(IllegalJobTransitionError);
    await expect(attempt).rejects.toMatchObject({ from, to, jobId: id });
    expect(await getJob(db, id)).toEqual(before);
  });

  it('reports a missing job as JobNotFoundError', async () => {
    await expect(transitionJob(freshDb(), 'nope', { to: 'running' })).rejects.toBeInstanceOf(JobNotFoundError);
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
      );
      await markBatch(db, id, seq, { to: 'archiving' });
      await markBatch(db, id, seq, { to: 'archived' });
    };
    await archive(0);
    await markBatch(db, id, 0, { to: 'verified' });
    await archive(1);
    await markBatch(db, id, 1, { to: 'verified', failedIds: [{ id: ids[100] ?? '', message: 'Still present after archive' }] });
    await archive(2); // archived, awaiting verification: counts as done
    await markBatch(db, id, 3, { to: 'failed', error: { message: 'HubSpot refused the batch' } });
    await commitSnapshot(db, id, 4, []); // snapshotted but not sent: remaining

    expect(await getJobProgress(db, id)).toEqual({ total: 450, done: 299, failed: 101, remaining: 50 });
  });
});
