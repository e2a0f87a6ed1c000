import type { JobKindPlugin } from '@/lib/jobs/core/job-kind';
import { runOpenBatches } from '@/lib/jobs/core/run-batches';
import { runRemoveFromListBatch } from './remove-from-list-batch';

/** "Remove from list": the records stay, so there is nothing to snapshot; undo re-adds the IDs. */
export const removeFromListKind: JobKindPlugin = {
  keepsSnapshots: false,
  run: (ctx) => runOpenBatches(ctx, (batch) => runRemoveFromListBatch(ctx, batch)),
};
