import { countRecentBatches, listRecentBatches } from '@/lib/db/jobs-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import { RECENT_PAGE_SIZE, type RecentPage } from './page-size';

/** What the recent-batches list shows: one index walk and two key counts, whatever the log's size. */
export async function readRecentPage(db: CrmSweepDb, shown = RECENT_PAGE_SIZE): Promise<RecentPage> {
  const [jobs, total] = await Promise.all([listRecentBatches(db, shown), countRecentBatches(db)]);
  return { jobs, total };
}
