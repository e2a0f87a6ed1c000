import { BatchNotFoundError, IllegalBatchTransitionError, JobNotFoundError } from '@/lib/db/errors';
import type { Batch, BatchState, FailedRecord, JobKind, StoredError } from '@/lib/db/rows';
import { text } from '@/lib/i18n/text';
import type { CrmSweepDb } from '@/lib/db/schema';

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

/**
 * Batch state changes made here. pending → snapshotted is deliberately absent: only
 * commitSnapshot (snapshots-repo.ts) makes it, together with the snapshot rows.
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
 * Whether jobs of a kind must write a batch's snapshot before archiving it. A rule of the job
 * kinds (lib/jobs), passed in: storage enforces it against the stored job, it does not decide it.
 */
export type KeepsSnapshots = (kind: JobKind) => boolean;

/** State changes through markBatch; entering `archiving` goes through markArchiving. */
export type BatchStateChange =
  | { to: 'pending' }
  /** `failedIds`: records the step left out on purpose (undo: email conflicts), kept for verify. */
  | { to: 'archived'; failedIds?: FailedRecord[] }
  /**
   * `failedIds`: records verification found still present. `cleared`: records an earlier step
   * reported failed (e.g. an archive 207 error) that verification found done after all.
   * `incomplete`: records done of which HubSpot refused a part (Batch.incomplete).
   */
  | { to: 'verified'; failedIds?: FailedRecord[]; cleared?: readonly string[]; incomplete?: FailedRecord[] }
  | { to: 'failed'; error: StoredError; failedIds?: FailedRecord[] };

/** A job's batches still to work on, in RESUMPTION_ORDER, lowest seq first within a state. */
export async function listOpenBatches(db: CrmSweepDb, jobId: string): Promise<Batch[]> {
  const rank = (b: Batch) => RESUMPTION_ORDER.indexOf(b.state);
  const batches = await db.batches.where('jobId').equals(jobId).toArray();
  return batches.filter((b) => rank(b) >= 0).sort((a, b) => rank(a) - rank(b) || a.seq - b.seq);
}

export function getBatch(db: CrmSweepDb, jobId: string, seq: number): Promise<Batch | undefined> {
  return db.batches.get([jobId, seq]);
}

/** All batches of a job, by seq. */
export function listBatches(db: CrmSweepDb, jobId: string): Promise<Batch[]> {
  return db.batches.where('jobId').equals(jobId).sortBy('seq');
}

/** Moves a batch to its next state, or throws IllegalBatchTransitionError. */
export function markBatch(db: CrmSweepDb, jobId: string, seq: number, change: BatchStateChange, now = Date.now()): Promise<Batch> {
  return changeBatch(db, jobId, seq, change, null, now);
}

/**
 * Moves a batch to `archiving` (the archive request is about to be sent, again after a crash),
 * counting an attempt. A job whose kind keeps snapshots can never skip from pending to archiving:
 * the write-ahead rule is enforced here, against the stored job, not only in the engine.
 */
export function markArchiving(
  db: CrmSweepDb,
  jobId: string,
  seq: number,
  keepsSnapshots: KeepsSnapshots,
  now = Date.now(),
): Promise<Batch> {
  return changeBatch(db, jobId, seq, { to: 'archiving' }, keepsSnapshots, now);
}

async function changeBatch(
  db: CrmSweepDb,
  jobId: string,
  seq: number,
  change: BatchStateChange | { to: 'archiving' },
  keepsSnapshots: KeepsSnapshots | null,
  now: number,
): Promise<Batch> {
  return db.transaction('rw', db.batches, db.jobs, async () => {
    const batch = await db.batches.get([jobId, seq]);
    if (!batch) throw new BatchNotFoundError(jobId, seq);
    if (!NEXT_BATCH_STATES[batch.state].includes(change.to)) {
      throw new IllegalBatchTransitionError(jobId, seq, batch.state, change.to);
    }
    if (batch.state === 'pending' && change.to === 'archiving') {
      const job = await db.jobs.get(jobId);
      if (!job) throw new JobNotFoundError(jobId);
      // Only markArchiving reaches here, always with the rule; without one, refuse (fail safe).
      if (keepsSnapshots === null || keepsSnapshots(job.kind)) {
        throw new IllegalBatchTransitionError(jobId, seq, batch.state, change.to, text('storage.snapshotNotWritten'));
      }
    }

    const next: Batch = { ...batch, state: change.to, updatedAt: now };
    if (change.to === 'archiving') next.attempts = batch.attempts + 1;
    if (change.to === 'pending') {
      delete next.error;
      delete next.failedIds;
    }
    // Replaced, not appended: the step that finds them (undo's re-link) runs whole again after a restart.
    if (change.to === 'verified' && change.incomplete?.length) next.incomplete = change.incomplete;
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
    await db.batches.put(next);
    return next;
  });
}
