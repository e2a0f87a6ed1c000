import { listJobsInState } from '@/lib/db/jobs-repo';
import type { Job, StagedSelection } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { getStagedSelection } from '@/lib/db/staged-repo';
import { readRecentPage, type RecentPage } from '../recent/recent-page';

/** Everything the popup's first frame shows, read before it renders. */
export interface PopupStart {
  staged: StagedSelection | undefined;
  active: Job[];
  recent: RecentPage;
}

/** The newest selection still waiting: what the toolbar popup confirms when opened without an id. */
export async function newestStaged(db: CrmSweepDb): Promise<StagedSelection | undefined> {
  const waiting = await db.staged.where('expiresAt').above(Date.now()).toArray();
  return waiting.sort((a, b) => b.createdAt - a.createdAt)[0];
}

export function readStaged(db: CrmSweepDb, stagedId: string | null): Promise<StagedSelection | undefined> {
  return stagedId ? getStagedSelection(db, stagedId) : newestStaged(db);
}

/** Jobs running or paused, oldest first (the order "In progress" lists them in). */
export async function readActiveJobs(db: CrmSweepDb): Promise<Job[]> {
  return (await listJobsInState(db, 'running', 'paused')).sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * The popup's opening data in one read-only transaction, started before the first render: the
 * views then paint complete in one frame, instead of a header first and each list as its own
 * query lands (a waterfall a long undo log made visible). The views' live queries take over after.
 */
export function readPopupStart(db: CrmSweepDb, stagedId: string | null): Promise<PopupStart> {
  return db.transaction('r', db.jobs, db.staged, async () => {
    const [staged, active, recent] = await Promise.all([readStaged(db, stagedId), readActiveJobs(db), readRecentPage(db)]);
    return { staged, active, recent };
  });
}
