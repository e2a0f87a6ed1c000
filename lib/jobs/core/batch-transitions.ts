import { type KeepsSnapshots, listBatches, updateBatch } from '@/lib/db/batches-repo';
import { IllegalBatchTransitionError, JobNotFoundError } from '@/lib/db/errors';
import type { Batch, BatchState, FailedRecord, StoredError } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { text } from '@/lib/i18n/text';

/**
 * The batch state machine (DESIGN.md §5): pending → snapshotted → archiving → archived → verified,
 * or failed. pending → snapshotted is deliberately absent here: only commitSnapshot
 * (lib/db/snapshots-repo.ts) makes it, together with the snapshot rows, in one transaction.
 */
const NEXT_BATCH_STATES: Readonly<Record<BatchState, readonly BatchState[]>> = {
  pending: ['archiving', 'failed'], // → archiving only for jobs that keep no snapshot (GDPR)
  snapshotted: ['archiving', 'failed'],
  archiving: ['archiving', 'archived', 'failed'], // archiving → archiving: re-sent after a crash
  archived: ['verified', 'failed'],
  verified: [],
  failed: ['pending'], // retry; snapshot rows already written stay (commitSnapshot upserts)
};

/**
 * Which batch to work on next, in this order:
 * - `archiving`: the archive request may or may not have reached HubSpot before the worker died;
 *   archiving is idempotent, so it is simply sent again (DESIGN.md §5);
 * - `archived`: archived but not verified yet — only the verifying read is left;
 * - `snapshotted`: the snapshot is durable, the archive was never sent;
 * - `pending`: nothing done yet.
 * Finishing what was started first keeps the window of half-done work as small as possible.
 */
export const RESUMPTION_ORDER: readonly BatchState[] = ['archiving', 'archived', 'snapshotted', 'pending'];

/** A job's batches still to work on, in RESUMPTION_ORDER, lowest seq first within a state. */
export async function listOpenBatches(db: CrmSweepDb, jobId: string): Promise<Batch[]> {
  const rank = (b: Batch) => RESUMPTION_ORDER.indexOf(b.state);
  return (await listBatches(db, jobId)).filter((b) => rank(b) >= 0).sort((a, b) => rank(a) - rank(b) || a.seq - b.seq);
}

/** State changes through markBatch; entering `archiving` goes through markArchiving. */
export type BatchStateChange =
  | { to: 'pending' }
  /** `failedIds`: records the step left out on purpose (undo: email conflicts), kept for verify. */
  | { to: 'archived'; failedIds?: FailedRecord[] }
  /**
   * `failedIds`: records verification found still present. `cleared`: records an earlier step
   * reported failed (e.g. an archive 207 error) that verification found done after all.
   * `incomplete`: records done of which HubSpot refused a part (Batch.incomplete).
   * `repaired`: records done that the step repaired (Batch.repaired; restore verify).
   */
  | {
      to: 'verified';
      failedIds?: FailedRecord[];
      cleared?: readonly string[];
      incomplete?: FailedRecord[];
      repaired?: FailedRecord[];
    }
  | { to: 'failed'; error: StoredError; failedIds?: FailedRecord[] };

/** Moves a batch to its next state, or throws IllegalBatchTransitionError; nothing changes then. */
export function markBatch(db: CrmSweepDb, jobId: string, seq: number, change: BatchStateChange, now = Date.now()): Promise<Batch> {
  return updateBatch(
    db,
    jobId,
    seq,
    () => false,
    (batch) => nextBatch(batch, change, now),
  );
}

/**
 * Moves a batch to `archiving` (the archive request is about to be sent, again after a crash),
 * counting an attempt. A job whose kind keeps snapshots can never skip from pending to archiving:
 * the write-ahead rule is checked against the stored job, in the write's transaction.
 */
export function markArchiving(
  db: CrmSweepDb,
  jobId: string,
  seq: number,
  keepsSnapshots: KeepsSnapshots,
  now = Date.now(),
): Promise<Batch> {
  const leavesPending = (batch: Batch) => batch.state === 'pending';
  return updateBatch(db, jobId, seq, leavesPending, (batch, job) => {
    if (leavesPending(batch)) {
      if (!job) throw new JobNotFoundError(jobId);
      if (keepsSnapshots(job.kind)) {
        throw new IllegalBatchTransitionError(jobId, seq, batch.state, 'archiving', text('storage.snapshotNotWritten'));
      }
    }
    return nextBatch(batch, { to: 'archiving' }, now);
  });
}

function nextBatch(batch: Batch, change: BatchStateChange | { to: 'archiving' }, now: number): Batch {
  if (!NEXT_BATCH_STATES[batch.state].includes(change.to)) {
    throw new IllegalBatchTransitionError(batch.jobId, batch.seq, batch.state, change.to);
  }
  const next: Batch = { ...batch, state: change.to, updatedAt: now };
  if (change.to === 'archiving') next.attempts = batch.attempts + 1;
  if (change.to === 'pending') {
    delete next.error;
    delete next.failedIds;
  }
  // Replaced, not appended: the step that finds them (undo's re-link) runs whole again after a restart.
  if (change.to === 'verified' && change.incomplete?.length) next.incomplete = change.incomplete;
  if (change.to === 'verified' && change.repaired?.length) next.repaired = change.repaired;
  if (change.to === 'verified' && change.cleared?.length && next.failedIds) {
    const cleared = new Set(change.cleared);
    next.failedIds = next.failedIds.filter((f) => !cleared.has(f.id));
  }
  if ((change.to === 'verified' || change.to === 'archived') && change.failedIds?.length) {
    next.failedIds = [...(next.failedIds ?? []), ...change.failedIds];
  }
  if (change.to === 'failed') {
    next.error = change.error;
    if (change.failedIds?.length) next.failedIds = change.failedIds;
  }
  return next;
}
