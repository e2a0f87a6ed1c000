import { listBatches } from '@/lib/db/batches-repo';
import { getJob } from '@/lib/db/jobs-repo';
import type { RestoreSession } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { isFinishedJobState, restoreOutcomeOf } from '@/lib/jobs/job-facts';
import type { RestoreSessionView } from '@/lib/messaging/payloads/restore';

/**
 * What the popup shows of a restore session. While its verify job runs, the outcome is derived
 * from the job's batches (live); once it ended, the session holds it (written by the job).
 */
export async function restoreSessionView(db: CrmSweepDb, session: RestoreSession): Promise<RestoreSessionView> {
  const view: RestoreSessionView = {
    sessionId: session.id,
    jobId: session.jobId,
    round: session.round,
    rounds: session.rounds,
    inBin: session.inBin.length,
    total: session.total,
    notInBin: { alreadyBack: session.alreadyBack.length, purged: session.purged.length, unreadable: session.unreadable.length },
  };
  if (session.report) view.report = session.report;
  if (session.verifyJobId) {
    view.verifyJobId = session.verifyJobId;
    const verify = await getJob(db, session.verifyJobId);
    if (verify && !isFinishedJobState(verify.state)) view.outcome = restoreOutcomeOf(await listBatches(db, verify.id));
  }
  if (!view.outcome && session.outcome) view.outcome = session.outcome;
  return view;
}
