import { text } from '@/lib/i18n/text';
import { storedText } from '@/lib/jobs/core/stored-text';
import { markArchiving, markBatch } from '@/lib/jobs/core/batch-transitions';
import type { Batch, FailedRecord } from '@/lib/db/rows';
import { commitSnapshot, listSnapshotsOfBatch } from '@/lib/db/snapshots-repo';
import { ALREADY_GONE, STILL_PRESENT } from '@/lib/jobs/core/job-facts';
import type { BatchEnv } from '@/lib/jobs/core/job-kind';
import { recordErrorsOf, refusedRecord } from '@/lib/jobs/core/record-errors';
import type { CaptureContext } from './capture-context';
import { captureBatch } from './capture-snapshot';
import { readArchivedState } from './verify-archived';

/** A delete batch also needs what snapshotting learnt about the job (read once per run). */
export interface DeleteBatchEnv extends BatchEnv {
  capture: CaptureContext;
}

/**
 * One batch of a restorable delete, from wherever it stands (DESIGN.md §5):
 * pending → snapshot written (one transaction with the state) → archiving → archived → verified.
 * A batch found in `archiving` after a restart is simply sent again: archive is idempotent.
 * Only records with a committed snapshot are ever archived; records HubSpot no longer had at
 * snapshot time are reported, never touched, and so are records it would not read (with its reason).
 */
export async function runDeleteBatch(env: DeleteBatchEnv, batch: Batch): Promise<Batch> {
  const { db, api, job, signal } = env;
  let b = batch;
  if (b.state === 'pending') {
    const { rows, unread } = await captureBatch(env.capture, b.ids);
    b = await commitSnapshot(db, job.id, b.seq, rows, env.keepsSnapshots, Date.now(), unread);
  }
  if (b.state === 'snapshotted' || b.state === 'archiving') {
    const snapshotted = (await listSnapshotsOfBatch(db, job.id, b.seq)).map((s) => s.recordId);
    b = await markArchiving(db, job.id, b.seq, env.keepsSnapshots);
    let refused: FailedRecord[] = [];
    if (snapshotted.length > 0) {
      // A 207 names the records HubSpot did not archive; the rest were (verified next anyway).
      const { errors } = await api.objects.batchArchive(job.objectTypeId, snapshotted, signal);
      // After a restart (attempts > 1) the request cut off by it may still reach HubSpot later and
      // archive a record this one was refused for: such a record is uncertain, so undo reads it
      // back instead of leaving it out (fault matrix, row partial-207).
      const resent = b.attempts > 1;
      refused = [...recordErrorsOf(errors, snapshotted, 'objects.batchArchive').byId.values()].map((e) =>
        resent ? { ...refusedRecord(e, 'record.archiveRefusedResent'), uncertain: true } : refusedRecord(e, 'record.archiveRefused'),
      );
    }
    // Before deciding, give that cut-off request time to land: verified at once, a record it
    // archives a moment later would be reported not deleted and then read back by an undo as
    // "restored in HubSpot" (fault matrix, partial-207: the request lands 500 ms late).
    if (resentRefusal(b, refused)) await pause(CUT_OFF_REQUEST_GRACE_MS, signal);
    b = await markBatch(db, job.id, b.seq, { to: 'archived', failedIds: refused });
  }
  if (b.state === 'archived') b = await verifyBatch(env, b);
  return b;
}

/** How long a request cut off by a restart may still take to reach HubSpot and be carried out. */
export const CUT_OFF_REQUEST_GRACE_MS = 2_000;

const resentRefusal = (b: Batch, refused: FailedRecord[]) => b.attempts > 1 && refused.length > 0;

/** Waits `ms`, or less when the job is paused or cancelled meanwhile. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * After archive: a batch read with `archived=true` decides, record by record. Archived → done,
 * even if the archive answer said otherwise (`cleared`); not archived → failed, with HubSpot's
 * reason when its archive answer gave one; not readable → failed as unverified, never done.
 */
async function verifyBatch(env: DeleteBatchEnv, b: Batch): Promise<Batch> {
  const { db, api, job, signal } = env;
  const snapshotted = new Set((await listSnapshotsOfBatch(db, job.id, b.seq)).map((s) => s.recordId));
  const known = new Map((b.failedIds ?? []).map((f) => [f.id, f]));
  const toCheck = b.ids.filter((id) => snapshotted.has(id));
  const { archived, unverified } = await readArchivedState(api, job.objectTypeId, toCheck, signal);
  const failedIds: FailedRecord[] = [];
  const cleared: string[] = [];
  for (const id of b.ids) {
    if (known.has(id)) {
      if (archived.has(id)) cleared.push(id);
    } else if (!snapshotted.has(id)) {
      failedIds.push({ id, category: ALREADY_GONE, ...storedText(text('record.alreadyGone')) });
    } else if (unverified.has(id)) {
      failedIds.push({ ...refusedRecord(unverified.get(id)!, 'record.unverified'), uncertain: true });
    } else if (!archived.has(id)) {
      failedIds.push({ id, category: STILL_PRESENT, ...storedText(text('record.stillPresent')) });
    }
  }
  return markBatch(db, job.id, b.seq, { to: 'verified', failedIds, cleared });
}
