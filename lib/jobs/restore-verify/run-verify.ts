import { listBatches } from '@/lib/db/batches-repo';
import { getJob } from '@/lib/db/jobs-repo';
import { restoreSessionOfJob, updateRestoreSession } from '@/lib/db/restore-sessions-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import { text, TextError } from '@/lib/i18n/text';
import type { JobKindPlugin, KindRun } from '@/lib/jobs/core/job-kind';
import { restoreOutcomeOf, STILL_IN_BIN } from '@/lib/jobs/core/job-facts';
import type { RunOutcome } from '@/lib/jobs/core/run-control';
import { runOpenBatches } from '@/lib/jobs/core/run-batches';
import { RESTORE_PAGE_CAP } from './plan-restore';
import { verifyBatch } from './verify-batch';

/**
 * Verify and repair after HubSpot's restore (issue 19), a job like any other: the same governor,
 * batches of 100, resumable from Dexie after the service worker dies. When every batch is done the
 * restore session gets the per-class outcome and the next round: what is still in the bin.
 */
async function runVerify(ctx: KindRun): Promise<RunOutcome> {
  const { db, api, job: verifyJob } = ctx;
  const deleteJob = verifyJob.undoOf ? await getJob(db, verifyJob.undoOf) : undefined;
  if (!deleteJob) throw new TextError(text('undo.jobGone'));
  const env = { db, api, verifyJob, deleteJob, keepsSnapshots: ctx.keepsSnapshots };
  // Mostly reads, each batch a short chain of calls: twice the usual workers keep the governor (the
  // real bound on calls) busy while a batch waits for storage or for its previous call.
  const outcome = await runOpenBatches({ ...ctx, concurrency: ctx.concurrency * 2 }, (batch) => verifyBatch(env, batch));
  if (outcome.kind === 'finished') await finishSession(db, deleteJob.id, verifyJob.id);
  return outcome;
}

/**
 * Writes the verify job's outcome into the delete job's restore session and plans the next round
 * once per round: `inBin` shrinks to the records still in the bin (not those HubSpot refused for a
 * taken email: restoring them again would be refused again).
 */
export async function finishSession(db: CrmSweepDb, deleteJobId: string, verifyJobId: string): Promise<void> {
  const session = await restoreSessionOfJob(db, deleteJobId);
  if (!session || session.verifyJobId !== verifyJobId) return;
  const batches = await listBatches(db, verifyJobId);
  const outcome = restoreOutcomeOf(batches);
  const stillInBin = batches.flatMap((b) => (b.failedIds ?? []).filter((f) => f.category === STILL_IN_BIN).map((f) => f.id));
  await updateRestoreSession(db, session.id, (s) => {
    const next = { ...s, outcome, inBin: stillInBin };
    if (s.verifiedRound === s.round) {
      next.round = s.round + 1;
      next.rounds = s.round + Math.ceil(stillInBin.length / RESTORE_PAGE_CAP);
      delete next.report;
    }
    return next;
  });
}

export const restoreVerifyKind: JobKindPlugin = {
  keepsSnapshots: false,
  run: runVerify,
};
