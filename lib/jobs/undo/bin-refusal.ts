import { listBatches } from '@/lib/db/batches-repo';
import { mapOldIds } from '@/lib/db/idmap-repo';
import type { Job } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { BATCH_LIMIT } from '@/lib/hubspot/api/objects';
import { objectTypeFacts } from '@/lib/hubspot/object-types';
import { readBinState } from '@/lib/jobs/core/bin-state';
import { RECYCLE_BIN_DAYS, removedRecordIds } from '@/lib/jobs/core/job-facts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How many of a delete job's contacts a re-create would take from HubSpot's exact restore: those
 * still in the recycle bin (HubSpot refuses to restore a contact while an active contact has its
 * email, HUBSPOT.md §7, and the re-created copy would have it). Zero when the exact path does not
 * apply (not contacts, not a delete, no bin, archived more than 90 days ago) and for records undo
 * already accounted for (idMap). One batch read (archived) per 100 contacts, at most two.
 */
export async function contactsStillInBin(db: CrmSweepDb, api: HubSpotApi, job: Job, now = Date.now()): Promise<number> {
  const facts = objectTypeFacts(job.objectTypeId);
  if (job.kind !== 'delete' || !facts?.uniqueEmailOnCreate || !facts.recycleBin) return 0;
  if (now - (job.finishedAt ?? job.updatedAt) > RECYCLE_BIN_DAYS * DAY_MS) return 0;
  const removed = removedRecordIds(await listBatches(db, job.id));
  const known = await mapOldIds(db, job.id, removed);
  const todo = removed.filter((id) => !known.has(id));
  let inBin = 0;
  for (let i = 0; i < todo.length; i += BATCH_LIMIT)
    inBin += (await readBinState(api, job.objectTypeId, todo.slice(i, i + BATCH_LIMIT))).inBin.length;
  return inBin;
}
