import { text, TextError } from '@/lib/i18n/text';
import { storedText } from '@/lib/jobs/core/stored-text';
import { markArchiving, markBatch } from '@/lib/db/batches-repo';
import type { Batch, FailedRecord } from '@/lib/db/rows';
import { STILL_PRESENT } from '@/lib/jobs/core/job-facts';
import type { BatchEnv } from '@/lib/jobs/core/job-kind';

/**
 * "Remove from list": the records stay, only their membership of a manual or snapshot list goes.
 * The batch's IDs are all undo needs to add them back. Removing twice is harmless.
 */
export async function runRemoveFromListBatch(env: BatchEnv, batch: Batch): Promise<Batch> {
  const { db, api, job, signal } = env;
  if (!job.listId) throw new TextError(text('job.listMissing'));
  let b = batch;
  if (b.state === 'pending' || b.state === 'archiving') {
    b = await markArchiving(db, job.id, b.seq, env.keepsSnapshots);
    await api.lists.removeMembers(job.listId, b.ids, signal);
    b = await markBatch(db, job.id, b.seq, { to: 'archived' });
  }
  if (b.state === 'archived') {
    const memberships = await api.lists.recordMemberships(job.objectTypeId, b.ids, signal);
    const failedIds: FailedRecord[] = b.ids
      .filter((id) => (memberships.get(id) ?? []).some((m) => m.listId === job.listId))
      .map((id) => ({ id, category: STILL_PRESENT, ...storedText(text('record.stillMember')) }));
    b = await markBatch(db, job.id, b.seq, { to: 'verified', failedIds });
  }
  return b;
}
