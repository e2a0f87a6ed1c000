import type { Batch, Job, JobState } from '@/lib/db/rows';

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

/** HubSpot keeps deleted records in its recycle bin for 90 days (HUBSPOT.md §7), then purges them. */
export const RECYCLE_BIN_DAYS = 90;

/** Restore verify: the record is still in HubSpot's recycle bin (HubSpot's restore left it there). */
export const STILL_IN_BIN = 'STILL_IN_BIN';
/** Restore verify: HubSpot would not restore the contact, another active contact has its email. */
export const EMAIL_IN_USE = 'EMAIL_IN_USE';
/** Restore verify: neither active nor in the bin — gone for good (purged, or permanently deleted). */
export const PURGED = 'PURGED';

/** HubSpot's own UI origin for the job's portal: where the records were picked (app-eu1, sandbox…). */
export function uiOriginOf(job: Pick<Job, 'source'>): string {
  try {
    if (job.source?.pageUrl) return new URL(job.source.pageUrl).origin;
  } catch {
    // An unparsable source URL falls back to HubSpot's main app host.
  }
  return 'https://app.hubspot.com';
}

/** Per record class after HubSpot's restore (payloads/restore.ts RestoreOutcomeCounts), from a verify job's batches. */
export interface RestoreOutcome {
  restoredExactly: number;
  repaired: number;
  stillMissing: number;
  refusedEmailInUse: number;
}

/**
 * A restore-verify job's outcome per record class, derived from its batches (counts are not kept
 * twice): records done are back with their ID — repaired when crm-sweep re-added something,
 * exactly otherwise; failed ones are refused (email in use) or still missing.
 */
export function restoreOutcomeOf(batches: readonly Batch[]): RestoreOutcome {
  const outcome: RestoreOutcome = { restoredExactly: 0, repaired: 0, stillMissing: 0, refusedEmailInUse: 0 };
  for (const b of batches) {
    if (b.state !== 'verified') continue;
    const failed = b.failedIds ?? [];
    const refused = failed.filter((f) => f.category === EMAIL_IN_USE).length;
    const repaired = b.repaired?.length ?? 0;
    outcome.refusedEmailInUse += refused;
    outcome.stillMissing += failed.length - refused;
    outcome.repaired += repaired;
    outcome.restoredExactly += b.ids.length - failed.length - repaired;
  }
  return outcome;
}
