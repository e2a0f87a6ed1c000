import type { Job } from '@/lib/db/rows';

/** Batches shown at first and added by each "Show more"; older ones stay in the log. */
export const RECENT_PAGE_SIZE = 20;

export interface RecentPage {
  /** The newest `shown` batches, newest first. */
  jobs: Job[];
  /** Batches in the whole log, so the list can say how many older ones there are. */
  total: number;
}
