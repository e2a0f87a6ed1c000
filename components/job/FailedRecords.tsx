import type { Batch } from '@/lib/db/rows';
import { t } from '@/lib/i18n/translate';
import { type FailedRecordView, failedRecordsOf, groupByCategory, incompleteRecordsOf, repairedRecordsOf } from './failed-records';

/** Records listed per reason; the rest are counted, so a 10,000-record failure stays readable. */
const SHOWN_PER_REASON = 20;
// The last three are the exact restore's check (issue 19): why a record of the batch is not back.
const KNOWN = ['ALREADY_GONE', 'STILL_PRESENT', 'CONFLICT', 'NO_SNAPSHOT', 'STILL_IN_BIN', 'EMAIL_IN_USE', 'PURGED'] as const;
type Reason = (typeof KNOWN)[number] | 'other';
const reasonOf = (category: string): Reason => ((KNOWN as readonly string[]).includes(category) ? (category as Reason) : 'other');

/** Records a job did not do, grouped by reason, each with HubSpot's own message. */
export function FailedRecords({ batches }: { batches: readonly Batch[] }) {
  const failed = failedRecordsOf(batches);
  const incomplete = incompleteRecordsOf(batches);
  const repaired = repairedRecordsOf(batches);
  return (
    <>
      {failed.length > 0 && <NotDone failed={failed} />}
      {incomplete.length > 0 && (
        <details class="failed-records incomplete-records">
          <summary>{t('failed.incomplete', { count: incomplete.length })}</summary>
          <RecordList records={incomplete} />
        </details>
      )}
      {repaired.length > 0 && (
        <details class="repaired-records">
          <summary>{t('failed.repaired', { count: repaired.length })}</summary>
          <RecordList records={repaired} />
        </details>
      )}
    </>
  );
}

function NotDone({ failed }: { failed: FailedRecordView[] }) {
  return (
    <details class="failed-records">
      <summary>{t('failed.heading', { count: failed.length })}</summary>
      {[...groupByCategory(failed)].map(([category, records]) => (
        <div key={category} class="failed-group">
          <h4>
            {t(`failed.${reasonOf(category)}`)} ({records.length})
          </h4>
          <RecordList records={records} />
        </div>
      ))}
    </details>
  );
}

function RecordList({ records }: { records: FailedRecordView[] }) {
  return (
    <ul>
      {records.slice(0, SHOWN_PER_REASON).map((r) => (
        <li key={r.id}>
          <code>{r.id}</code> {r.message}
          {r.correlationId && <span class="muted"> (correlationId {r.correlationId})</span>}
        </li>
      ))}
      {records.length > SHOWN_PER_REASON && <li class="muted">{t('failed.more', { count: records.length - SHOWN_PER_REASON })}</li>}
    </ul>
  );
}
