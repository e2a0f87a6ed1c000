import { listJobsInState } from '@/lib/db/jobs-repo';
import type { Job, StagedSelection } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { getStagedSelection } from '@/lib/db/staged-repo';

/**
 * What the popup's live queries read through Dexie. The first frame reads the same with plain
 * IndexedDB before Dexie has loaded (first-read.ts); tests/unit/popup/first-read.test.ts keeps
 * the two in agreement.
 */

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
