import { text, TextError } from '@/lib/i18n/text';
import { listBatches } from '@/lib/db/batches-repo';
import { markArchiving, markBatch } from '@/lib/jobs/core/batch-transitions';
import { getJob } from '@/lib/db/jobs-repo';
import type { Batch, FailedRecord } from '@/lib/db/rows';
import { storedText } from '@/lib/jobs/core/stored-text';
import type { KindRun } from '@/lib/jobs/core/job-kind';
import { outcomeOf, type RunOutcome } from '@/lib/jobs/core/run-control';
import { workThrough } from '@/lib/jobs/core/work-queue';
import { runUndoCreate } from './undo-create-batch';
import type { UndoEnv } from './undo-env';
import { runUndoLink } from './undo-link-batch';

/**
 * Undo runs as a job like any other (same governor, same resumability) in two passes: first every
 * batch is re-created (pending/archiving → archived), then every batch is re-linked
 * (archived → verified) — only then are the new IDs of records deleted together all known.
 * Undoing "remove from list" just adds the members back.
 */
export async function runUndo(ctx: KindRun): Promise<RunOutcome> {
  const { db, api, job: undoJob, control } = ctx;
  const deleteJob = undoJob.undoOf ? await getJob(db, undoJob.undoOf) : undefined;
  if (!deleteJob) throw new TextError(text('undo.jobGone'));
  const env: UndoEnv = {
    db,
    api,
    undoJob,
    deleteJob,
    keepsSnapshots: ctx.keepsSnapshots,
    defs: deleteJob.kind === 'delete' ? await api.metadata.properties(deleteJob.objectTypeId) : [],
  };

  const passes: [Batch['state'][], (b: Batch) => Promise<Batch>][] =
    deleteJob.kind === 'removeFromList'
      ? [[['pending', 'archiving', 'archived'], (b) => readdMembers(env, b)]]
      : [
          [['pending', 'archiving'], (b) => runUndoCreate(env, b)],
          [['archived'], (b) => runUndoLink(env, b)],
        ];
  for (const [states, step] of passes) {
    const queue = (await listBatches(db, undoJob.id)).filter((b) => states.includes(b.state));
    // Three at a time whatever the engine's concurrency, as undo always ran (the governor bounds it).
    const interrupted = await workThrough(db, undoJob.id, queue, control, step);
    if (interrupted || control.stop) return outcomeOf(db, undoJob.id, control, interrupted);
  }
  return outcomeOf(db, undoJob.id, control, null);
}

/**
 * Re-adds one batch of removed members. HubSpot's answer names the records it did not add
 * (`recordIdsMissing`): those are reported, not counted done. Records neither added nor missing
 * were members already (a re-send after a restart), which is the same as done.
 */
async function readdMembers(env: UndoEnv, batch: Batch): Promise<Batch> {
  const { db, api, undoJob, deleteJob, signal } = env;
  if (!deleteJob.listId) throw new TextError(text('undo.listUnknown'));
  let b = batch.state === 'archived' ? batch : await markArchiving(db, undoJob.id, batch.seq, env.keepsSnapshots);
  if (b.state === 'archiving') {
    const answer = await api.lists.addMembers(deleteJob.listId, b.ids, signal);
    const sent = new Set(b.ids);
    for (const id of [...answer.recordsIdsAdded, ...answer.recordIdsMissing])
      if (!sent.has(id)) console.warn(`crm-sweep: list add answered record ${id}, which was not sent`);
    const listId = deleteJob.listId;
    const failedIds: FailedRecord[] = answer.recordIdsMissing
      .filter((id) => sent.has(id))
      .map((id) => ({ id, category: 'RECORD_MISSING', ...storedText(text('record.listNotReadded', { listId })) }));
    b = await markBatch(db, undoJob.id, b.seq, { to: 'archived', failedIds });
  }
  return markBatch(db, undoJob.id, b.seq, { to: 'verified' });
}
