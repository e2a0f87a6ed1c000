import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getJob } from '@/lib/db/jobs-repo';
import { createJob } from '@/lib/jobs/core/create-job';
import { InvalidRecordIdError } from '@/lib/jobs/core/plan-batches';
import { deleteOf, freshDb, recordIds } from '../db/db-fixtures';

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
});
