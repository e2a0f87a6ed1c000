import { text } from '@/lib/i18n/text';
import { storedText } from '@/lib/jobs/core/stored-text';
import { markArchiving, markBatch } from '@/lib/db/batches-repo';
import type { Batch, FailedRecord } from '@/lib/db/rows';
import { commitSnapshot, listSnapshotsOfBatch } from '@/lib/db/snapshots-repo';
import { ALREADY_GONE, STILL_PRESENT } from '@/lib/jobs/core/job-facts';
import type { BatchEnv } from '@/lib/jobs/core/job-kind';
import { captureBatch, type CaptureContext } from './capture-snapshot';

/** A delete batch also needs what snapshotting learnt about the job (read once per run). */
export interface DeleteBatchEnv extends BatchEnv {
  capture: CaptureContext;
}

/**
 * One batch of a restorable delete, from wherever it stands (DESIGN.md §5):
 * pending → snapshot written (one transaction with the state) → archiving → archived → verified.
 * A batch found in `archiving` after a restart is simply sent again: archive is idempotent.
 * Only records with a committed snapshot are ever archived; records HubSpot no longer had at
 * snapshot time are reported, never touched.
 */
export async function runDeleteBatch(env: DeleteBatchEnv, batch: Batch): Promise<Batch> {
  const { db, api, job, signal } = env;
  let b = batch;
  if (b.state === 'pending') {
    const { rows } = await captureBatch(env.capture, b.ids);
    b = await commitSnapshot(db, job.id, b.seq, rows, env.keepsSnapshots);
  }
  if (b.state === 'snapshotted' || b.state === 'archiving') {
    const snapshotted = (await listSnapshotsOfBatch(db, job.id, b.seq)).map((s) => s.recordId);
    b = await markArchiving(db, job.id, b.seq, env.keepsSnapshots);
    if (snapshotted.length > 0) await api.objects.batchArchive(job.objectTypeId, snapshotted, signal);
    b = await markBatch(db, job.id, b.seq, { to: 'archived' });
  }
  if (b.state === 'archived') b = await verifyBatch(env, b);
  return b;
}

/** After archive: a batch read with `archived=true` must find every snapshotted record archived. */
async function verifyBatch(env: DeleteBatchEnv, b: Batch): Promise<Batch> {
  const { db, api, job, signal } = env;
  const snapshotted = new Set((await listSnapshotsOfBatch(db, job.id, b.seq)).map((s) => s.recordId));
  const archived = new Set<string>();
  const toCheck = b.ids.filter((id) => snapshotted.has(id));
  if (toCheck.length > 0) {
    const { results } = await api.objects.batchRead(job.objectTypeId, toCheck, ['hs_object_id'], { archived: true, signal });
    for (const r of results) if (r.archived !== false) archived.add(r.id);
  }
  const failedIds: FailedRecord[] = [];
  for (const id of b.ids) {
    if (!snapshotted.has(id)) {
      failedIds.push({
        id,
        category: ALREADY_GONE,
        ...storedText(text('record.alreadyGone')),
      });
    } else if (!archived.has(id)) {
      failedIds.push({
        id,
        category: STILL_PRESENT,
        ...storedText(text('record.stillPresent')),
      });
    }
  }
  return markBatch(db, job.id, b.seq, { to: 'verified', failedIds });
}
