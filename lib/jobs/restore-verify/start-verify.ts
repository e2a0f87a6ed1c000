import { listBatches } from '@/lib/db/batches-repo';
import { findIdMappings } from '@/lib/db/idmap-repo';
import { getJob } from '@/lib/db/jobs-repo';
import { restoreSessionOfJob, updateRestoreSession } from '@/lib/db/restore-sessions-repo';
import type { Job } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { text, TextError } from '@/lib/i18n/text';
import { createJob } from '@/lib/jobs/core/create-job';
import { isFinishedJobState, removedRecordIds } from '@/lib/jobs/core/job-facts';

/**
 * The verify-and-repair job of a delete job's restore session: the one still open, or a new one
 * (`created`) over every record the delete removed but those undo re-created (new IDs: the
 * re-created copy is the one linked up). Verifying all of them, not only this round's, gives the
 * popup one account of the whole batch and costs only reads for records already verified.
 * A job created but not started (the worker died in between) is returned as it is: start it.
 */
export function verifyJobFor(db: CrmSweepDb, deleteJobId: string): Promise<{ job: Job; created: boolean }> {
  // One transaction: the page's "restored" report and the popup's button arriving together make one job.
  return db.transaction('rw', [db.restoreSessions, db.jobs, db.batches, db.idMap], () => openOrCreate(db, deleteJobId));
}

async function openOrCreate(db: CrmSweepDb, deleteJobId: string): Promise<{ job: Job; created: boolean }> {
  const session = await restoreSessionOfJob(db, deleteJobId);
  if (!session) throw new TextError(text('restoreVerify.noSession'));
  const open = session.verifyJobId ? await getJob(db, session.verifyJobId) : undefined;
  if (open && !isFinishedJobState(open.state)) return { job: open, created: false };
  const deleteJob = await getJob(db, deleteJobId);
  if (!deleteJob) throw new TextError(text('undo.refused.notInLog'));
  const removed = removedRecordIds(await listBatches(db, deleteJobId));
  const mapped = await findIdMappings(db, deleteJobId, removed);
  const ids = removed.filter((id) => mapped.get(id)?.how !== 'recreated');
  if (ids.length === 0) throw new TextError(text('restoreVerify.nothingToVerify'));
  const job = await createJob(db, {
    kind: 'restoreVerify',
    undoOf: deleteJobId,
    portalId: deleteJob.portalId,
    objectTypeId: deleteJob.objectTypeId,
    recordIds: ids,
    source: deleteJob.source,
  });
  await updateRestoreSession(db, session.id, (s) => ({ ...s, verifyJobId: job.id, verifiedRound: s.round }));
  return { job, created: true };
}
