import { useSignal } from '@preact/signals';
import type { Job } from '@/lib/db/rows';
import { recycleBinUrl } from '@/lib/hubspot/page/url';
import { showError } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import { ErrorNotice } from '../common/ErrorNotice';

/** HubSpot's own UI origin for the job's portal: where the records were picked (app-eu1, sandbox…). */
export function uiOriginOf(job: Job): string {
  try {
    if (job.source?.pageUrl) return new URL(job.source.pageUrl).origin;
  } catch {
    // An unparsable source URL falls back to HubSpot's main app host.
  }
  return 'https://app.hubspot.com';
}

/**
 * "Restore in HubSpot": the recycle bin brings back the originals exactly (IDs, history), which
 * re-creating cannot; then "Check restored" reads the original IDs and notes which are back.
 */
export function RestorePanel({ job }: { job: Job }) {
  const busy = useSignal(false);
  const result = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const check = async () => {
    busy.value = true;
    error.value = null;
    try {
      const { restored, total, unchecked = 0 } = await request('job/check-restored', { jobId: job.id });
      result.value = [t('restore.result', { restored, total }), unchecked > 0 ? t('restore.unchecked', { count: unchecked }) : '']
        .filter(Boolean)
        .join(' ');
    } catch (failure) {
      error.value = showError(failure);
    } finally {
      busy.value = false;
    }
  };
  return (
    <div class="restore">
      <p class="hint">{t('restore.help')}</p>
      <div class="actions">
        <a
          class="button secondary"
          href={recycleBinUrl(uiOriginOf(job), job.portalId, job.objectTypeId)}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('restore.linkName')}
        >
          {t('restore.link')}
        </a>
        <button type="button" class="secondary" disabled={busy.value} onClick={() => void check()}>
          {busy.value ? t('restore.checking') : t('restore.check')}
        </button>
      </div>
      {result.value && (
        <p class="notice notice-ok" role="status">
          {result.value}
        </p>
      )}
      <ErrorNotice message={error.value} />
    </div>
  );
}
