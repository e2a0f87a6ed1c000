import { text, TextError } from '@/lib/i18n/text';
import { storedText } from '@/lib/jobs/core/stored-text';
import { markArchiving, markBatch } from '@/lib/jobs/core/batch-transitions';
import type { Batch, FailedRecord } from '@/lib/db/rows';
import { STILL_PRESENT } from '@/lib/jobs/core/job-facts';
import type { BatchEnv } from '@/lib/jobs/core/job-kind';
import { recordErrorsOf, refusedRecord } from '@/lib/jobs/core/record-errors';

/** HubSpot's `recordIdsMissing`: records it did not find, so did not remove (nor add). */
export const RECORD_MISSING = 'RECORD_MISSING';

/**
 * "Remove from list": the records stay, only their membership of a manual or snapshot list goes.
 * The batch's IDs are all undo needs to add them back. Removing twice is harmless. HubSpot's answer
 * names the records it did not find (`recordIdsMissing`): those are reported, not counted done, and
 * so is every record whose membership the check afterwards could not read.
 */
export async function runRemoveFromListBatch(env: BatchEnv, batch: Batch): Promise<Batch> {
  const { db, api, job, signal } = env;
  if (!job.listId) throw new TextError(text('job.listMissing'));
  let b = batch;
  if (b.state === 'pending' || b.state === 'archiving') {
    b = await markArchiving(db, job.id, b.seq, env.keepsSnapshots);
    const answer = await api.lists.removeMembers(job.listId, b.ids, signal);
    const sent = new Set(b.ids);
    for (const id of [...answer.recordIdsRemoved, ...answer.recordIdsMissing])
      if (!sent.has(id)) console.warn(`crm-sweep: list remove answered record ${id}, which was not sent`);
    const failedIds: FailedRecord[] = answer.recordIdsMissing
      .filter((id) => sent.has(id))
      .map((id) => ({ id, category: RECORD_MISSING, ...storedText(text('record.listRecordMissing')) }));
    b = await markBatch(db, job.id, b.seq, { to: 'archived', failedIds });
  }
  if (b.state === 'archived') {
    const known = new Set((b.failedIds ?? []).map((f) => f.id));
    const toCheck = b.ids.filter((id) => !known.has(id));
    const memberships = toCheck.length > 0 ? await api.lists.recordMemberships(job.objectTypeId, toCheck, signal) : null;
    const errors = recordErrorsOf(memberships?.errors ?? [], toCheck, 'lists.recordMemberships');
    const failedIds: FailedRecord[] = toCheck.flatMap((id): FailedRecord[] => {
      const error = errors.byId.get(id) ?? (errors.unknown && !memberships?.has(id) ? { id, category: 'UNKNOWN', message: '' } : undefined);
      if (error) return [{ ...refusedRecord(error, 'record.unverified'), uncertain: true }];
      if ((memberships?.get(id) ?? []).some((m) => m.listId === job.listId))
        return [{ id, category: STILL_PRESENT, ...storedText(text('record.stillMember')) }];
      return [];
    });
    b = await markBatch(db, job.id, b.seq, { to: 'verified', failedIds });
  }
  return b;
}
