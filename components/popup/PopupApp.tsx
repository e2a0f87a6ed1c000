import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/translate';
import { AuditDisclosure } from '../audit/AuditDisclosure';
import { useDb } from '../common/db-context';
import { useLiveQuery } from '../common/use-live-query';
import { ConfirmSelection } from '../confirm/ConfirmSelection';
import { RecentJobs } from '../recent/RecentJobs';
import { ActiveJobs } from './ActiveJobs';
import { PageStatus } from './PageStatus';
import type { PopupStart } from './first-read';
import { readActiveJobs, readStaged } from './live-reads';

interface Props {
  /** `?staged=<id>` when the background opened this page for a selection. */
  stagedId: string | null;
  retentionDays: number;
  /** The opening data, read before the first render (main.tsx); absent in tests and on a failed read. */
  start?: PopupStart;
}

/**
 * The popup: the confirmation of a staged selection when there is one, the jobs in progress, and
 * the recent batches with undo, and the activity log. Everything below the header is a live view of the database: a job
 * started here shows under "In progress" while it runs, then opens at the top of Recent batches.
 */
export function PopupApp({ stagedId, retentionDays, start }: Props) {
  const db = useDb();
  const startedJobId = useSignal<string | null>(null);
  const dismissed = useSignal(false);
  const staged = useLiveQuery(() => readStaged(db, stagedId), [db, stagedId], start && { value: start.staged });
  const active = useLiveQuery(() => readActiveJobs(db), [db], start && { value: start.active });
  const activeIds = active.status === 'ready' ? active.value.map((j) => j.id) : [];
  const waiting = staged.status === 'ready' ? staged.value : undefined;
  // Once a job starts (or the selection is dismissed) the confirmation and its focused button go:
  // the focus moves to the main area, whose first words say what happened, not to <body>.
  const main = useRef<HTMLElement>(null);
  const focusMain = () => main.current?.focus();

  return (
    <div class="app popup">
      <header class="app-header">
        {/* The popup's one level-one heading (WCAG 1.3.1, 2.4.6); the views below use h2. */}
        <h1 class="brand">crm-sweep</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('app.options')}
        </button>
      </header>
      <main tabIndex={-1} ref={main}>
        {!waiting && <PageStatus />}
        {waiting && (
          <ConfirmSelection
            key={waiting.id}
            staged={waiting}
            onStarted={(jobId) => {
              startedJobId.value = jobId;
              focusMain();
            }}
            onDismissed={() => {
              dismissed.value = true;
              focusMain();
            }}
          />
        )}
        {dismissed.value && !waiting && (
          <p class="notice notice-info" role="status">
            {t('confirm.dismissed')}
          </p>
        )}
        {staged.status === 'ready' && !waiting && !startedJobId.value && !dismissed.value && (
          <p class={stagedId ? 'notice notice-warn' : 'muted intro'}>{stagedId ? t('confirm.expired') : t('confirm.none')}</p>
        )}
        {startedJobId.value && activeIds.includes(startedJobId.value) && (
          <p class="notice notice-ok" role="status">
            {t('confirm.started')}
          </p>
        )}
        <ActiveJobs jobIds={activeIds} />
        <RecentJobs retentionDays={retentionDays} first={start?.recent} />
        <AuditDisclosure retentionDays={retentionDays} />
      </main>
    </div>
  );
}
