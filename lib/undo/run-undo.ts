import { listBatches, markBatch } from '@/lib/db/batches-repo';
import { getJob } from '@/lib/db/jobs-repo';
import type { Batch, Job } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { pauseReasonFor, storedError, type RunControl, type RunOutcome } from '@/lib/jobs/run-job';
import { runUndoCreate, type UndoEnv } from './undo-create-batch';
import { runUndoLink } from './undo-link-batch';

/**
 * Undo runs as a job like any other (same governor, same resumability) in two passes: first every
 * batch is re-created (pending/archiving → archived), then every batch is re-linked
 * (archived → verified) — only then are the new IDs of records deleted together all known.
 * Undoing "remove from list" just adds the members back.
 */
export async function runUndo(db: CrmSweepDb, api: HubSpotApi, undoJob: Job, control: RunControl): Promise<RunOutcome> {
  const deleteJob = undoJob.undoOf ? await getJob(db, undoJob.undoOf) : undefined;
  if (!deleteJob) throw new Error('The job this undo belongs to no longer exists.');
  const env: UndoEnv = { db, api, undoJob, deleteJob, defs: deleteJob.kind === 'delete' ? await api.metadata.properties(deleteJob.objectTypeId) : [] };

  const passes: [Batch['state'][], (b: Batch) => Promise<Batch>][] =
    deleteJob.kind === 'removeFromList'
      ? [[['pending', 'archiving', 'archived'], (b) => readdMembers(env, b)]]
      : [
          [['pending', 'archiving'], (b) => runUndoCreate(env, b)],
          [['archived'], (b) => runUndoLink(env, b)],
        ];
  for (const [states, step] of passes) {
    for (const batch of (await listBatches(db, undoJob.id)).filter((b) => states.includes(b.state))) {
      if (control.stop) return { kind: 'stopped', by: control.stop };
      try {
        await step(batch);
        control.onBatch?.();
      } catch (error) {
        const reason = pauseReasonFor(error);
        if (reason) return { kind: 'interrupted', reason };
        await markBatch(db, undoJob.id, batch.seq, { to: 'failed', error: storedError(error) });
      }
    }
  }
  return { kind: 'finished', failedBatches: (await listBatches(db, undoJob.id)).filter((b) => b.state === 'failed').length };
}

async function readdMembers(env: UndoEnv, batch: Batch): Promise<Batch> {
  const { db, api, undoJob, deleteJob, signal } = env;
  if (!deleteJob.listId) throw new Error('The list of this job is unknown.');
  let b = batch.state === 'archived' ? batch : await markBatch(db, undoJob.id, batch.seq, { to: 'archiving' });
  if (b.state === 'archiving') {
    await api.lists.addMembers(deleteJob.listId, b.ids, signal);
    b = await markBatch(db, undoJob.id, b.seq, { to: 'archived' });
  }
  return markBatch(db, undoJob.id, b.seq, { to: 'verified' });
}
