import type { Batch, JobState } from '@/lib/db/rows';

/**
 * Facts about stored jobs and batches that the engine, the kinds and the UI all read. Pure
 * functions over row types, nothing else: the UI reaches them through lib/jobs/job-facts.ts
 * without pulling engine code into the popup.
 */

/** done, failed and cancelled: the job no longer runs (failed may still be retried). */
export function isFinishedJobState(state: JobState): boolean {
  return state === 'done' || state === 'failed' || state === 'cancelled';
}

/** A record the delete did not touch because HubSpot no longer had it (already deleted or merged). */
export const ALREADY_GONE = 'ALREADY_GONE';
/** A record HubSpot still shows after a delete or removal it accepted. */
export const STILL_PRESENT = 'STILL_PRESENT';

/**
 * Records a job (may have) removed: batches that reached HubSpot, minus the records it reported
 * not removed — already gone, or refused by HubSpot (unreadable for the snapshot, archive refused).
 * Records HubSpot may have removed after all (accepted but still shown, or not verifiable) stay in:
 * undo reads each back before re-creating it.
 */
export function removedRecordIds(batches: readonly Batch[]): string[] {
  const reached = batches.filter((b) => b.state === 'archiving' || b.state === 'archived' || b.state === 'verified');
  return reached.flatMap((b) => {
    const notRemoved = new Set((b.failedIds ?? []).filter((f) => !f.uncertain && f.category !== STILL_PRESENT).map((f) => f.id));
    return b.ids.filter((id) => !notRemoved.has(id));
  });
}
