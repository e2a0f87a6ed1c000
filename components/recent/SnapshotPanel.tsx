import { useSignal } from '@preact/signals';
import type { Job } from '@/lib/db/rows';
import { objectTypeFacts } from '@/lib/hubspot/object-types';
import { showError } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import { useDb } from '../common/db-context';
import { ErrorNotice } from '../common/ErrorNotice';
import { formatDate, items } from '../common/labels';
import { csvFileName, saveTextFile } from '../common/save-file';
import { snapshotCsv } from './snapshot-csv';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Props {
  job: Job;
  /** Snapshot rows still kept for the job (live). */
  snapshotCount: number;
  retentionDays: number;
}

/**
 * The job's snapshot: how much is kept and until when, "Export CSV" (from Dexie, no HubSpot call),
 * and "Delete snapshot" behind an explicit second step, since it ends re-creating the records.
 */
export function SnapshotPanel({ job, snapshotCount, retentionDays }: Props) {
  const db = useDb();
  const confirming = useSignal(false);
  const busy = useSignal(false);
  const status = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const what = items(job.objectTypeId, snapshotCount);

  const act = async (work: () => Promise<string>) => {
    busy.value = true;
    error.value = null;
    try {
      status.value = await work();
    } catch (failure) {
      error.value = showError(failure);
    } finally {
      busy.value = false;
    }
  };
  const exportCsv = () =>
    act(async () => {
      const { csv, count } = await snapshotCsv(db, job.id, objectTypeFacts(job.objectTypeId)?.csvColumns ?? []);
      const file = csvFileName('snapshot', job.portalId, job.objectTypeId, new Date(job.createdAt));
      saveTextFile(file, csv);
      return t('export.done', { file, count });
    });
  const clear = () =>
    act(async () => {
      const { removed } = await request('snapshots/clear', { jobId: job.id });
      confirming.value = false;
      return t('snapshot.deleted', { count: removed });
    });

  return (
    <div class="snapshot">
      {/* With no snapshot left, the undo panel already says what that means. */}
      {snapshotCount > 0 && <p>{t('snapshot.kept', { count: snapshotCount, date: formatDate(job.createdAt + retentionDays * DAY_MS) })}</p>}
      {snapshotCount > 0 && !confirming.value && (
        <div class="actions">
          <button
            type="button"
            class="secondary"
            disabled={busy.value}
            aria-label={t('snapshot.exportName', { items: what })}
            onClick={() => void exportCsv()}
          >
            {t('snapshot.export')}
          </button>
          <button type="button" class="secondary danger-text" disabled={busy.value} onClick={() => (confirming.value = true)}>
            {t('snapshot.delete')}
          </button>
        </div>
      )}
      {confirming.value && (
        // biome-ignore lint/a11y/useSemanticElements: a labelled notice with its two answers, not a form fieldset
        <div class="notice notice-danger" role="group" aria-labelledby={`snapshot-confirm-${job.id}`}>
          <p id={`snapshot-confirm-${job.id}`}>{t('snapshot.confirm', { items: what })}</p>
          <div class="actions">
            <button type="button" class="danger" disabled={busy.value} onClick={() => void clear()}>
              {t('snapshot.confirmButton')}
            </button>
            <button type="button" class="secondary" autofocus onClick={() => (confirming.value = false)}>
              {t('snapshot.keep')}
            </button>
          </div>
        </div>
      )}
      {status.value && (
        <p class="notice notice-ok" role="status">
          {status.value}
        </p>
      )}
      <ErrorNotice message={error.value} />
    </div>
  );
}
