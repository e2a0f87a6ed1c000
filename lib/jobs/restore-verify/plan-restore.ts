import { listBatches } from '@/lib/db/batches-repo';
import { getJob } from '@/lib/db/jobs-repo';
import { restoreSessionOfJob, saveRestoreSession } from '@/lib/db/restore-sessions-repo';
import type { Job, RestoreSession } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { BATCH_LIMIT } from '@/lib/hubspot/api/objects';
import { objectTypeFacts } from '@/lib/hubspot/object-types';
import { type Text, text, TextError } from '@/lib/i18n/text';
import { RECYCLE_BIN_DAYS, removedRecordIds } from '@/lib/jobs/core/job-facts';
import { readBinState } from '@/lib/jobs/core/bin-state';

/** HubSpot's restore page shows and restores at most 10,000 records at a time (HUBSPOT.md §7). */
export const RESTORE_PAGE_CAP = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RestorePlanning = { state: 'planned'; session: RestoreSession; job: Job } | { state: 'notApplicable'; reason: Text };

/**
 * Re-validates, in the background, that a job's records can be restored exactly through HubSpot's
 * restore page, and plans the round: a delete job (not permanent, not a list removal) that reached
 * HubSpot, archived less than 90 days ago, of a type with a recycle bin, with records still in the
 * bin — classified by batch reads of the original IDs. Saves the session (a job's next round
 * reuses its session and round). Bad input (unknown or running job) throws; "the exact path does
 * not apply" is an answer with the reason, so the popup can offer re-create.
 */
export async function planRestore(db: CrmSweepDb, api: HubSpotApi, jobId: string, now = Date.now()): Promise<RestorePlanning> {
  const job = await getJob(db, jobId);
  if (!job) throw new TextError(text('undo.refused.notInLog'));
  if (job.state === 'running' || job.state === 'staged') throw new TextError(text('undo.refused.running'));
  const notApplicable = (reason: Text) => ({ state: 'notApplicable' as const, reason });
  if (job.kind === 'gdprDelete') return notApplicable(text('restoreOpen.permanent'));
  if (job.kind !== 'delete') return notApplicable(text('restoreOpen.notADelete'));
  if (objectTypeFacts(job.objectTypeId)?.recycleBin !== true) return notApplicable(text('restoreOpen.noBin'));
  // The newest archive happened by the time the job last changed: past 90 days, HubSpot purged all.
  const archivedAt = job.finishedAt ?? job.updatedAt;
  if (now - archivedAt > RECYCLE_BIN_DAYS * DAY_MS) return notApplicable(text('restoreOpen.stale', { days: RECYCLE_BIN_DAYS }));
  const ids = removedRecordIds(await listBatches(db, jobId));
  if (ids.length === 0) return notApplicable(text('undo.refused.nothingDeleted'));

  const found = { inBin: [] as string[], alreadyBack: [] as string[], purged: [] as string[], unreadable: [] as string[] };
  for (let i = 0; i < ids.length; i += BATCH_LIMIT) {
    const state = await readBinState(api, job.objectTypeId, ids.slice(i, i + BATCH_LIMIT));
    found.inBin.push(...state.inBin.map((r) => r.id));
    found.alreadyBack.push(...state.active);
    found.purged.push(...state.purged);
    found.unreadable.push(...state.unreadable.map((e) => e.id));
  }
  if (found.inBin.length === 0) {
    if (found.alreadyBack.length === ids.length) return notApplicable(text('restoreOpen.allBack', { count: ids.length }));
    return notApplicable(
      text('restoreOpen.nothingInBin', {
        back: found.alreadyBack.length,
        purged: found.purged.length,
        unreadable: found.unreadable.length,
      }),
    );
  }
  // A job's next round keeps its session (and the round its last verify planned).
  const previous = await restoreSessionOfJob(db, jobId);
  const round = previous?.round ?? 1;
  const session: RestoreSession = {
    id: previous?.id ?? crypto.randomUUID(),
    jobId,
    portalId: job.portalId,
    objectTypeId: job.objectTypeId,
    createdAt: now,
    round,
    rounds: round - 1 + Math.ceil(found.inBin.length / RESTORE_PAGE_CAP),
    ...found,
    total: ids.length,
    verifyJobId: previous?.verifyJobId,
    verifiedRound: previous?.verifiedRound,
    outcome: previous?.outcome,
  };
  await saveRestoreSession(db, session);
  return { state: 'planned', session, job };
}
