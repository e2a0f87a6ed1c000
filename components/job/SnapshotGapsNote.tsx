import type { Batch, SnapshotGapCounts } from '@/lib/db/rows';
import { t } from '@/lib/i18n/translate';
import { items } from '../common/labels';

/** A delete job's snapshot gaps, summed over its batches (rows written before gaps existed have none). */
export function snapshotGapsOf(batches: readonly Batch[]): SnapshotGapCounts {
  const total: SnapshotGapCounts = { associations: 0, lists: 0 };
  for (const b of batches) {
    total.associations += b.snapshotGaps?.associations ?? 0;
    total.lists += b.snapshotGaps?.lists ?? 0;
  }
  return total;
}

/**
 * What a snapshot could not capture, in words: the records were deleted (their properties were
 * safe), but undo cannot bring back the parts HubSpot would not read before the delete.
 */
export function SnapshotGapsNote({ objectTypeId, gaps }: { objectTypeId: string; gaps: SnapshotGapCounts }) {
  if (gaps.associations + gaps.lists === 0) return null;
  return (
    <ul class="snapshot-gaps notice" role="status">
      {gaps.associations > 0 && (
        <li>{t('gaps.associations', { count: gaps.associations, items: items(objectTypeId, gaps.associations) })}</li>
      )}
      {gaps.lists > 0 && <li>{t('gaps.lists', { count: gaps.lists, items: items(objectTypeId, gaps.lists) })}</li>}
    </ul>
  );
}
