import { countRecentBatches, listRecentBatches } from '@/lib/db/jobs-repo';
import type { Job } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

/** Batches shown at first and added by each "Show more"; older ones stay in the log. */
export const RECENT_PAGE_SIZE = 20;

export interface RecentPage {
  /** The newest `shown` batches, newest first. */
  jobs: Job[];
  /** Batches in the whole log, so the list can say how many older ones there are. */
  total: number;
}

/** What the recent-batches list shows: one index walk and two key counts, whatever the log's size. */
export async function readRecentPage(db: CrmSweepDb, shown = RECENT_PAGE_SIZE): Promise<RecentPage> {
  const [jobs, total] = await Promise.all([listRecentBatches(db, shown), countRecentBatches(db)]);
  return { jobs, total };
}
