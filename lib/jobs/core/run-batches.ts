import { listOpenBatches } from '@/lib/jobs/core/batch-transitions';
import type { Batch } from '@/lib/db/rows';
import type { KindRun } from './job-kind';
import { outcomeOf, type RunOutcome } from './run-control';
import { workThrough } from './work-queue';

/**
 * The usual run of a kind whose batches are independent: work through the job's open batches in
 * resumption order (see workThrough), then say how the run ended.
 */
export async function runOpenBatches(ctx: KindRun, step: (batch: Batch) => Promise<Batch>): Promise<RunOutcome> {
  const { db, job, control } = ctx;
  const interrupted = await workThrough(db, job.id, await listOpenBatches(db, job.id), control, step, ctx.concurrency);
  return outcomeOf(db, job.id, control, interrupted);
}
