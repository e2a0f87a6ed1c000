import { useSignal } from '@preact/signals';
import type { Job } from '@/lib/db/rows';
import { showError } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import { ErrorNotice } from '../common/ErrorNotice';
import { items, jobKindLabel } from '../common/labels';

type Control = 'job/pause' | 'job/resume' | 'job/cancel';

/**
 * Pause / Resume / Cancel, and "Retry failed" for a failed job (job/resume starts its failed
 * batches again). Each button's name says which job it acts on, since several may be on screen.
 */
export function JobControls({ job }: { job: Job }) {
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const what = { kind: jobKindLabel(job.kind), items: items(job.objectTypeId, job.total) };

  const send = async (route: Control) => {
    busy.value = true;
    error.value = null;
    try {
      await request(route, { jobId: job.id });
    } catch (failure) {
      error.value = showError(failure);
    } finally {
      busy.value = false;
    }
  };
  const button = (route: Control, label: string, className = 'secondary') => (
    <button
      key={label}
      type="button"
      class={className}
      disabled={busy.value}
      aria-label={t('job.controlName', { action: label, ...what })}
      onClick={() => void send(route)}
    >
      {label}
    </button>
  );

  const buttons =
    job.state === 'running'
      ? [button('job/pause', t('job.pause')), button('job/cancel', t('job.cancel'))]
      : job.state === 'paused'
        ? [button('job/resume', t('job.resume'), 'primary'), button('job/cancel', t('job.cancel'))]
        : job.state === 'failed'
          ? [button('job/resume', t('job.retryFailed'), 'primary')]
          : [];
  if (buttons.length === 0 && !error.value) return null;
  return (
    <div class="job-controls">
      <div class="actions">{buttons}</div>
      {(job.state === 'running' || job.state === 'paused') && <p class="hint">{t('job.cancelNote')}</p>}
      <ErrorNotice message={error.value} />
    </div>
  );
}
