import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { JobNotFoundError } from '@/lib/db/errors';
import { getJob } from '@/lib/db/jobs-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import { createJob } from '@/lib/jobs/core/create-job';
import { IllegalJobTransitionError, transitionJob } from '@/lib/jobs/core/job-transitions';
import { deleteOf, freshDb, recordIds } from '../db/db-fixtures';

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
