import { listJobsInState } from '@/lib/db/jobs-repo';
import type { Job, StagedSelection } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { getStagedSelection } from '@/lib/db/staged-repo';
import { newestOf, oldestFirst } from '@/lib/db/opening-read';

/**
 * What the popup's live queries read through Dexie. The first frame reads the same with plain
 * IndexedDB before Dexie has loaded (lib/db/opening-read.ts); tests/unit/popup/first-read.test.ts keeps
 * the two in agreement.
 */

/** The newest selection still waiting: what the toolbar popup confirms when opened without an id. */
export async function newestStaged(db: CrmSweepDb): Promise<StagedSelection | undefined> {
  return newestOf(await db.staged.where('expiresAt').above(Date.now()).toArray());
}

export function readStaged(db: CrmSweepDb, stagedId: string | null): Promise<StagedSelection | undefined> {
  return stagedId ? getStagedSelection(db, stagedId) : newestStaged(db);
}

/** Jobs running or paused, oldest first (the order "In progress" lists them in). */
export async function readActiveJobs(db: CrmSweepDb): Promise<Job[]> {
  return oldestFirst(await listJobsInState(db, 'running', 'paused'));
}
