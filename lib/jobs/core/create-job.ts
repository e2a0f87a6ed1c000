import { insertJob, type NewJobRow } from '@/lib/db/jobs-repo';
import type { Job } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { planBatches } from './plan-batches';

export interface NewJob extends NewJobRow {
  /** The frozen selection; duplicates are dropped, order is kept. */
  recordIds: readonly string[];
}

/**
 * Plans the selection into batches of ≤100 distinct IDs (refusing invalid IDs and an empty
 * selection before anything is stored), then stores the staged job with all its pending batches.
 */
export async function createJob(db: CrmSweepDb, input: NewJob, now = Date.now()): Promise<Job> {
  const { recordIds, ...described } = input;
  return insertJob(db, described, planBatches(recordIds), now);
}
