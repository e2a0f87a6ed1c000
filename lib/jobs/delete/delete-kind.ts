import type { JobKindPlugin } from '@/lib/jobs/core/job-kind';
import { runOpenBatches } from '@/lib/jobs/core/run-batches';
import { prepareCapture } from './capture-context';
import { runDeleteBatch } from './delete-batch';

/** Restorable delete: every batch is snapshotted (one transaction with its state) before archive. */
export const deleteKind: JobKindPlugin = {
  keepsSnapshots: true,
  async run(ctx) {
    // Property names and associated types are read once per run and reused for every batch.
    const capture = await prepareCapture(ctx.api, ctx.job.objectTypeId);
    return runOpenBatches(ctx, (batch) => runDeleteBatch({ ...ctx, capture }, batch));
  },
};
