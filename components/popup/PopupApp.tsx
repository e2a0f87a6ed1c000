import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { listJobsInState } from '@/lib/db/jobs-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import { getStagedSelection } from '@/lib/db/staged-repo';
import { t } from '@/lib/i18n/translate';
import { useDb } from '../common/db-context';
import { useLiveQuery } from '../common/use-live-query';
import { ConfirmSelection } from '../confirm/ConfirmSelection';
import { RecentJobs } from '../recent/RecentJobs';
import { ActiveJobs } from './ActiveJobs';

interface Props {
  /** `?staged=<id>` when the background opened this page for a selection. */
  stagedId: string | null;
  retentionDays: number;
}

/** The newest selection still waiting: what the toolbar popup confirms when opened without an id. */
async function newestStaged(db: CrmSweepDb) {
  const waiting = await db.staged.where('expiresAt').above(Date.now()).toArray();
  return waiting.sort((a, b) => b.createdAt - a.createdAt)[0];
}

/**
 * The popup: the confirmation of a staged selection when there is one, the jobs in progress, and
 * the recent batches with undo. Everything below the header is a live view of the database: a job
 * started here shows under "In progress" while it runs, then opens at the top of Recent batches.
 */
export function PopupApp({ stagedId, retentionDays }: Props) {
  const db = useDb();
  const startedJobId = useSignal<string | null>(null);
  const dismissed = useSignal(false);
  const staged = useLiveQuery(() => (stagedId ? getStagedSelection(db, stagedId) : newestStaged(db)), [db, stagedId]);
  const active = useLiveQuery(() => listJobsInState(db, 'running', 'paused'), [db]);
  const activeIds = active.status === 'ready' ? active.value.sort((a, b) => a.createdAt - b.createdAt).map((j) => j.id) : [];
  const waiting = staged.status === 'ready' ? staged.value : undefined;

  return (
    <div class="app popup">
      <header class="app-header">
        <span class="brand">crm-sweep</span>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('app.options')}
        </button>
      </header>
      <main>
        {waiting && <ConfirmSelection key={waiting.id} staged={waiting} onStarted={(jobId) => (startedJobId.value = jobId)} onDismissed={() => (dismissed.value = true)} />}
        {dismissed.value && !waiting && (
          <p class="notice notice-info" role="status">
            {t('confirm.dismissed')}
          </p>
        )}
        {staged.status === 'ready' && !waiting && !startedJobId.value && !dismissed.value && (
          <p class={stagedId ? 'notice notice-warn' : 'muted intro'}>{stagedId ? t('confirm.expired') : t('confirm.none')}</p>
        )}
        {startedJobId.value && (
          <p class="notice notice-ok" role="status">
            {t('confirm.started')}
          </p>
        )}
        <ActiveJobs jobIds={activeIds} />
        <RecentJobs retentionDays={retentionDays} />
      </main>
    </div>
  );
}
