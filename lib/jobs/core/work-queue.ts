import { markBatch } from '@/lib/jobs/core/batch-transitions';
import type { Batch, PauseReason } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { pauseReasonFor, storedError } from './pause-reasons';
import type { RunControl } from './run-control';

/**
 * Works through batches with a few workers (the rate governor is the real bound; workers only keep
 * it busy). An error that means "not now" — token, scopes, limits, HubSpot down — stops every
 * worker and is returned as the pause reason; an error about one batch's content fails that batch
 * only. A polite stop (pause/cancel) is honoured between batches.
 */
export async function workThrough(
  db: CrmSweepDb,
  jobId: string,
  queue: Batch[],
  control: RunControl,
  step: (batch: Batch) => Promise<unknown>,
  concurrency = 3,
): Promise<PauseReason | null> {
  let interrupted: PauseReason | null = null;
  const worker = async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      if (control.stop || interrupted) return;
      try {
        await step(batch);
        control.onBatch?.();
      } catch (error) {
        const reason = pauseReasonFor(error);
        if (reason) {
          interrupted ??= reason;
          return;
        }
        await markBatch(db, jobId, batch.seq, { to: 'failed', error: storedError(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return interrupted;
}
