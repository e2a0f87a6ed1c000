import type { RestoreSession } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

/** Exact-restore sessions (issue 19): one open session per delete job; a new one replaces the old. */
export async function saveRestoreSession(db: CrmSweepDb, session: RestoreSession): Promise<void> {
  await db.transaction('rw', db.restoreSessions, async () => {
    await db.restoreSessions.where('jobId').equals(session.jobId).delete();
    await db.restoreSessions.put(session);
  });
}

/** The job's current session, if any. */
export async function restoreSessionOfJob(db: CrmSweepDb, jobId: string): Promise<RestoreSession | undefined> {
  return db.restoreSessions.where('jobId').equals(jobId).first();
}

/** The session whose restore page is open in `tabId` (the newest, should a tab have been reused). */
export async function restoreSessionOfTab(db: CrmSweepDb, tabId: number): Promise<RestoreSession | undefined> {
  const sessions = await db.restoreSessions.where('tabId').equals(tabId).toArray();
  return sessions.sort((a, b) => b.createdAt - a.createdAt)[0];
}

/** Read-rewrite-write in one transaction; undefined when the session is gone. */
export async function updateRestoreSession(
  db: CrmSweepDb,
  id: string,
  rewrite: (session: RestoreSession) => RestoreSession,
): Promise<RestoreSession | undefined> {
  return db.transaction('rw', db.restoreSessions, async () => {
    const session = await db.restoreSessions.get(id);
    if (!session) return undefined;
    const next = rewrite(session);
    await db.restoreSessions.put(next);
    return next;
  });
}
