import type { JobKindPlugin } from '@/lib/jobs/core/job-kind';
import { runOpenBatches } from '@/lib/jobs/core/run-batches';
import { runGdprBatch } from './gdpr-batch';

/** Permanent (privacy-law) delete of contacts: keeps no snapshot — that is its point (DESIGN.md §6). */
export const gdprDeleteKind: JobKindPlugin = {
  keepsSnapshots: false,
  run: (ctx) => runOpenBatches(ctx, (batch) => runGdprBatch(ctx, batch)),
};
