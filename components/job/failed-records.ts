import type { Batch } from '@/lib/db/rows';
import { showText } from '@/lib/i18n/text';

export interface FailedRecordView {
  id: string;
  category: string;
  /** Why, in the page's language when the row carries a Text; else as stored (English, HubSpot's words). */
  message: string;
  correlationId?: string;
}

/**
 * Every record a job did not do, with why: a failed batch fails all its records with the batch's
 * error unless `failedIds` says more per record; a finished batch lists only the records it left
 * (already gone, still present, email conflict, no snapshot).
 */
export function failedRecordsOf(batches: readonly Batch[]): FailedRecordView[] {
  const out: FailedRecordView[] = [];
  for (const batch of [...batches].sort((a, b) => a.seq - b.seq)) {
    const perRecord = new Map((batch.failedIds ?? []).map((f) => [f.id, f]));
    if (batch.state === 'failed') {
      for (const id of batch.ids) {
        const own = perRecord.get(id);
        out.push({
          id,
          category: own?.category ?? 'other',
          message: showText(own ?? batch.error),
          correlationId: batch.error?.correlationId,
        });
      }
    } else if (batch.state === 'archived' || batch.state === 'verified') {
      for (const f of batch.failedIds ?? []) out.push({ id: f.id, category: f.category ?? 'other', message: showText(f) });
    }
  }
  return out;
}

/** Groups by reason, in the order reasons first appear (stable while the job runs). */
export function groupByCategory(records: readonly FailedRecordView[]): Map<string, FailedRecordView[]> {
  const groups = new Map<string, FailedRecordView[]>();
  for (const record of records) {
    const group = groups.get(record.category);
    if (group) group.push(record);
    else groups.set(record.category, [record]);
  }
  return groups;
}

/** Records done of which HubSpot refused a part (undo: re-created, but a link or a list not back). */
export function incompleteRecordsOf(batches: readonly Batch[]): FailedRecordView[] {
  return [...batches]
    .sort((a, b) => a.seq - b.seq)
    .flatMap((b) => (b.incomplete ?? []).map((f) => ({ id: f.id, category: f.category ?? 'other', message: showText(f) })));
}

/** Restore check (issue 19): records back with their ID of which crm-sweep re-added what HubSpot's restore left out. */
export function repairedRecordsOf(batches: readonly Batch[]): FailedRecordView[] {
  return [...batches]
    .sort((a, b) => a.seq - b.seq)
    .flatMap((b) => (b.repaired ?? []).map((f) => ({ id: f.id, category: f.category ?? 'repaired', message: showText(f) })));
}
