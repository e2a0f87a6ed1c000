import { listBatches } from '@/lib/db/batches-repo';
import { restoreSessionOfJob } from '@/lib/db/restore-sessions-repo';
import type { JobState, RestoreSession } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { isFinishedJobState, RECYCLE_BIN_DAYS, restoreOutcomeOf } from '@/lib/jobs/job-facts';
import { t } from '@/lib/i18n/translate';
import type { RestoreSessionView } from '@/lib/messaging/payloads/restore';

/** The session as the popup shows it: the route's view, plus where the rounds stand. */
export interface PopupRestoreSession extends RestoreSessionView {
  verifyState?: JobState;
  /**
   * The last verify finished and the next round (if any) is planned but not opened on HubSpot's
   * page yet: the verify job moves `round` on and drops the page's report when it ends
   * (lib/jobs/restore-verify/run-verify.ts), and `restore/open` re-plans it (createdAt) later.
   */
  betweenRounds: boolean;
}

/**
 * HubSpot's Restore button as the popup names it: as HubSpot's restore page labelled it (HubSpot's
 * language, which can differ from crm-sweep's), else crm-sweep's own word for it.
 */
export function restoreButtonWord(session: Pick<RestoreSessionView, 'report'>): string {
  return session.report?.buttonLabel ?? t('exactRestore.restoreButton');
}

/**
 * The popup's live read of a job's exact-restore session (issue 19): the restoreSessions row and
 * its verify job seen through liveQuery, so the page's report and the verify job's progress appear
 * as the background writes them — what `restore/status` answers (lib/background/restore-view.ts),
 * without polling: while the verify job runs, its outcome is derived from its batches.
 */
export async function readRestoreSession(db: CrmSweepDb, jobId: string): Promise<PopupRestoreSession | null> {
  const row = await restoreSessionOfJob(db, jobId);
  if (!row) return null;
  const verify = row.verifyJobId ? await db.jobs.get(row.verifyJobId) : undefined;
  const running = verify !== undefined && !isFinishedJobState(verify.state);
  const outcome = running ? restoreOutcomeOf(await listBatches(db, verify.id)) : row.outcome;
  const finishedAt = verify && !running ? (verify.finishedAt ?? verify.updatedAt) : undefined;
  return {
    ...restoreSessionViewOf(row),
    ...(outcome ? { outcome } : {}),
    ...(verify ? { verifyState: verify.state } : {}),
    betweenRounds: finishedAt !== undefined && row.report === undefined && row.createdAt <= finishedAt,
  };
}

function restoreSessionViewOf(row: RestoreSession): RestoreSessionView {
  return {
    sessionId: row.id,
    jobId: row.jobId,
    round: row.round,
    rounds: row.rounds,
    inBin: row.inBin.length,
    total: row.total,
    notInBin: { alreadyBack: row.alreadyBack.length, purged: row.purged.length, unreadable: row.unreadable.length },
    ...(row.report ? { report: row.report } : {}),
    ...(row.verifyJobId ? { verifyJobId: row.verifyJobId } : {}),
  };
}

/** Records that may still be in HubSpot's bin: what a re-create would make HubSpot refuse to restore. */
export function mayStillBeInBin(session: RestoreSessionView | null, deletedAt: number, now = Date.now()): boolean {
  if (session?.outcome) return session.outcome.stillMissing + session.outcome.refusedEmailInUse > 0;
  if (session) return session.inBin > 0;
  // No session yet: HubSpot keeps deleted records 90 days (HUBSPOT.md §7); the background decides.
  return now - deletedAt < RECYCLE_BIN_DAYS * DAY_MS;
}

const DAY_MS = 24 * 60 * 60 * 1000;
