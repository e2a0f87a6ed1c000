import { restoreSessionOfJob } from '@/lib/db/restore-sessions-repo';
import type { RestoreSession } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { RestoreSessionView } from '@/lib/messaging/payloads/restore';

/**
 * The popup's live read of a job's exact-restore session (issue 19): the restoreSessions row seen
 * through liveQuery, so the page's report and the verify job's outcome appear as the background
 * writes them — the same view `restore/status` answers, without polling.
 */
export async function readRestoreSession(db: CrmSweepDb, jobId: string): Promise<RestoreSessionView | null> {
  const row = await restoreSessionOfJob(db, jobId);
  return row ? restoreSessionViewOf(row) : null;
}

export function restoreSessionViewOf(row: RestoreSession): RestoreSessionView {
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
    ...(row.outcome ? { outcome: row.outcome } : {}),
  };
}

/** Records that may still be in HubSpot's bin: what a re-create would make HubSpot refuse to restore. */
export function mayStillBeInBin(session: RestoreSessionView | null, deletedAt: number, now = Date.now()): boolean {
  if (session?.outcome) return session.outcome.stillMissing + session.outcome.refusedEmailInUse > 0;
  if (session) return session.inBin > 0;
  // No session yet: HubSpot keeps deleted records 90 days (HUBSPOT.md §7); the background decides.
  return now - deletedAt < BIN_DAYS * DAY_MS;
}

const BIN_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
