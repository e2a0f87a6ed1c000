import { BatchNotFoundError } from '@/lib/db/errors';
import type { Batch, Job, JobKind } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

/**
 * Whether jobs of a kind must write a batch's snapshot before archiving it. A rule of the job
 * kinds (lib/jobs), passed in: storage enforces it against the stored job, it does not decide it.
 */
export type KeepsSnapshots = (kind: JobKind) => boolean;

export function getBatch(db: CrmSweepDb, jobId: string, seq: number): Promise<Batch | undefined> {
  return db.batches.get([jobId, seq]);
}

/** All batches of a job, by seq. */
export function listBatches(db: CrmSweepDb, jobId: string): Promise<Batch[]> {
  return db.batches.where('jobId').equals(jobId).sortBy('seq');
}

/**
 * Reads a batch (and its job, when `needsJob` says the rule needs it), lets `rewrite` decide the new row, and writes it — all
 * in one transaction, so two callers (the engine, a popup's pause) cannot both act on one old
 * state. The rules live with the caller (lib/jobs/core/batch-transitions.ts); `rewrite` throws to
 * refuse, and then nothing is written.
 */
export function updateBatch(
  db: CrmSweepDb,
  jobId: string,
  seq: number,
  needsJob: (batch: Batch) => boolean,
  rewrite: (batch: Batch, job: Job | undefined) => Batch,
): Promise<Batch> {
  return db.transaction('rw', db.batches, db.jobs, async () => {
    const batch = await db.batches.get([jobId, seq]);
    if (!batch) throw new BatchNotFoundError(jobId, seq);
    const next = rewrite(batch, needsJob(batch) ? await db.jobs.get(jobId) : undefined);
    await db.batches.put(next);
    return next;
  });
}
