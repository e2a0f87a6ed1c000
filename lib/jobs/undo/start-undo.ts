import { text, TextError } from '@/lib/i18n/text';
import { listBatches } from '@/lib/db/batches-repo';
import { getJob, listUndoJobsOf } from '@/lib/db/jobs-repo';
import type { Job } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { createJob } from '@/lib/jobs/core/create-job';
import { removedRecordIds } from '@/lib/jobs/core/job-facts';
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
