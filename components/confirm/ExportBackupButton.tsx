import { useSignal } from '@preact/signals';
import type { StagedSelection } from '@/lib/db/rows';
import { filledProperties, recordsToCsv, type CsvRecord } from '@/lib/format/csv';
import { objectTypeFacts } from '@/lib/hubspot/object-types';
import { showError } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import type { StagedExportPage } from '@/lib/messaging/payloads/preview';
import { ErrorNotice } from '../common/ErrorNotice';
import { csvFileName, saveTextFile } from '../common/save-file';

type ExportState =
  | { status: 'idle' }
  | { status: 'running'; done: number }
  | { status: 'done'; file: string; count: number; missing: number }
  | { status: 'error'; message: string };

/**
 * "Export backup CSV" before deleting: the background reads every selected record with all its
 * properties, a page at a time (its rate governor paces the calls), and the popup writes one
 * HubSpot-import CSV. Only columns with data are kept.
 */
export function ExportBackupButton({ staged }: { staged: StagedSelection }) {
  const state = useSignal<ExportState>({ status: 'idle' });
  const total = staged.ids.length;

  const run = async () => {
    state.value = { status: 'running', done: 0 };
    const records: CsvRecord[] = [];
    let missing = 0;
    try {
      for (let offset: number | null = 0; offset !== null; ) {
        const page: StagedExportPage = await request('staged/export-page', { stagedId: staged.id, offset });
        // Keep only filled values: hundreds of empty properties per record would waste memory.
        for (const r of page.records)
          records.push({ id: r.id, properties: Object.fromEntries(filledProperties(r).map((name) => [name, r.properties[name]])) });
        missing += page.missing.length;
        offset = page.nextOffset;
        state.value = { status: 'running', done: Math.min(offset ?? total, total) };
      }
      const file = csvFileName('backup', staged.portalId, staged.objectTypeId);
      saveTextFile(file, recordsToCsv(records, objectTypeFacts(staged.objectTypeId)?.csvColumns ?? []));
      state.value = { status: 'done', file, count: records.length, missing };
    } catch (error) {
      state.value = { status: 'error', message: t('export.failed', { message: showError(error) }) };
    }
  };

  const s = state.value;
  return (
    <div class="export">
      <button type="button" class="secondary" onClick={run} disabled={s.status === 'running'}>
        {t('export.button')}
      </button>
      {s.status === 'running' && (
        <div class="export-progress">
          <progress id="export-progress" max={total} value={s.done} aria-label={t('export.button')} />
          <span aria-live="polite">{t('export.progress', { done: s.done, total })}</span>
        </div>
      )}
      {s.status === 'done' && (
        <p class="notice notice-ok" role="status">
          {t('export.done', { file: s.file, count: s.count })} {s.missing > 0 && t('export.missing', { count: s.missing })}
        </p>
      )}
      {s.status === 'error' && <ErrorNotice message={s.message} />}
    </div>
  );
}
