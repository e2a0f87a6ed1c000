import { text, TextError } from '@/lib/i18n/text';
import { listBatches } from '@/lib/db/batches-repo';
import { mapOldIds, recordIdMappings } from '@/lib/db/idmap-repo';
import { getJob, listUndoJobsOf } from '@/lib/db/jobs-repo';
import type { Job } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { createJob } from '@/lib/jobs/core/create-job';
import { removedRecordIds } from '@/lib/jobs/core/job-facts';
import { readBack } from '@/lib/jobs/core/read-back';
import { contactsStillInBin } from './bin-refusal';

/** Undo refused before anything changed; its Text says why, in the reader's language. */
export class UndoRefused extends TextError {}

/**
 * Creates the undo job for a finished or stopped delete / remove-from-list job. With `api`, a
 * contacts delete whose records are still in HubSpot's recycle bin is refused unless the user chose
 * re-create knowing HubSpot will then refuse their exact restore (`binRefusalAccepted`, issue 19).
 */
export async function createUndoJob(
  db: CrmSweepDb,
  jobId: string,
  opts: { api?: HubSpotApi; binRefusalAccepted?: boolean } = {},
): Promise<Job> {
  const job = await getJob(db, jobId);
  if (!job) throw new UndoRefused(text('undo.refused.notInLog'));
  if (job.kind === 'gdprDelete') throw new UndoRefused(text('undo.refused.permanent'));
  if (job.kind === 'undo') throw new UndoRefused(text('undo.refused.undoOfUndo'));
  if (job.state === 'running' || job.state === 'staged') throw new UndoRefused(text('undo.refused.running'));
  const open = (await listUndoJobsOf(db, jobId)).find((u) => u.state === 'running' || u.state === 'paused' || u.state === 'staged');
  if (open) throw new UndoRefused(text('undo.refused.open'));
  const ids = removedRecordIds(await listBatches(db, jobId));
  if (ids.length === 0) throw new UndoRefused(text('undo.refused.nothingDeleted'));
  if (opts.api && !opts.binRefusalAccepted) {
    const count = await contactsStillInBin(db, opts.api, job);
    if (count > 0) throw new UndoRefused(text('undo.refused.binRefusal', { count }));
  }
  return createJob(db, {
    kind: 'undo',
    undoOf: jobId,
    portalId: job.portalId,
    objectTypeId: job.objectTypeId,
    listId: job.listId,
    recordIds: ids,
    source: job.source,
  });
}

/**
 * "Check restored": after the user restored records in HubSpot's recycle bin, reads the original
 * IDs and notes those that are back (a batch read by old ID, 100 at a time).
 */
export async function checkRestored(
  db: CrmSweepDb,
  api: HubSpotApi,
  jobId: string,
): Promise<{ restored: number; total: number; unchecked: number }> {
  const job = await getJob(db, jobId);
  if (!job) throw new UndoRefused(text('undo.notInLog'));
  const ids = removedRecordIds(await listBatches(db, jobId));
  let restored = 0;
  let unchecked = 0;
  for (let i = 0; i < ids.length; i += 100) {
    // Records HubSpot would not read (207) are counted apart: neither restored nor known missing.
    const read = await readBack(api, job.objectTypeId, ids.slice(i, i + 100));
    unchecked += read.unchecked.length;
    // A record undo already re-created keeps that mapping: the new copy is the one linked up.
    const known = await mapOldIds(db, jobId, read.back);
    await recordIdMappings(
      db,
      read.back
        .filter((id) => !known.has(id))
        .map((id) => ({ jobId, oldId: id, newId: id, objectTypeId: job.objectTypeId, how: 'restoredInHubSpot' as const })),
    );
    restored += read.back.length;
  }
  return { restored, total: ids.length, unchecked };
}
