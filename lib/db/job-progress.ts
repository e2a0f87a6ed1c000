import type { Batch } from '@/lib/db/rows';

/**
 * Record counts shown to the user, derived from the batches every time (DESIGN.md §5: counts are
 * not kept twice, so they can never disagree with the work actually recorded).
 * `done + failed + remaining === total` always.
 */
export interface JobProgress {
  total: number;
  /** Archived in HubSpot (verified or awaiting verification), minus records reported failed. */
  done: number;
  failed: number;
  /** Not yet archived: pending, snapshotted, or sent and awaiting the answer. */
  remaining: number;
}

export function countProgress(batches: readonly Batch[]): JobProgress {
  const progress: JobProgress = { total: 0, done: 0, failed: 0, remaining: 0 };
  for (const batch of batches) {
    const size = batch.ids.length;
    progress.total += size;
    switch (batch.state) {
      case 'archived':
      case 'verified': {
        // Verification may find some records still there: those are failures, the rest are done.
        const failed = Math.min(batch.failedIds?.length ?? 0, size);
        progress.failed += failed;
        progress.done += size - failed;
        break;
      }
      case 'failed':
        // A failed batch archived nothing; failedIds (if any) only say why, record by record.
        progress.failed += size;
        break;
      default:
        progress.remaining += size;
    }
  }
  return progress;
}
