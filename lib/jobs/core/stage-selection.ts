import { saveStagedSelection, type NewStagedSelection } from '@/lib/db/staged-repo';
import type { StagedSelection } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { dedupeRecordIds, EmptySelectionError } from './plan-batches';

/**
 * Freezes a selection waiting for the user's confirmation: distinct IDs in first-seen order,
 * refused (nothing stored) when an ID is invalid or nothing is left. Returns it with its new id.
 */
export async function stageSelection(db: CrmSweepDb, input: NewStagedSelection, now = Date.now()): Promise<StagedSelection> {
  const distinct = dedupeRecordIds(input.ids);
  if (distinct.length === 0) throw new EmptySelectionError();
  return saveStagedSelection(db, { ...input, ids: distinct }, now);
}
