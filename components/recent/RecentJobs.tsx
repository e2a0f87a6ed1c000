import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n/translate';
import { isFinishedJobState } from '@/lib/jobs/job-facts';
import { useDb } from '../common/db-context';
import { ErrorNotice } from '../common/ErrorNotice';
import { useLiveQuery } from '../common/use-live-query';
import { RecentJobItem } from './RecentJobItem';
import { RECENT_PAGE_SIZE, type RecentPage } from './page-size';
import { readRecentPage } from './recent-page';

interface Props {
  retentionDays: number;
  /** The first page, read before the popup's first render (first-read.ts). */
  first?: RecentPage;
}

/**
 * The undo log: the latest delete, permanent-delete and remove-from-list jobs, newest first, a
 * page at a time ("Show 20 more"), so a log of thousands stays a list one can read. Undo jobs
 * appear inside the batch they undo, not as batches of their own.
 */
export function RecentJobs({ retentionDays, first }: Props) {
  const db = useDb();
  const shown = useSignal(RECENT_PAGE_SIZE);
  // After "Show more", focus moves to the first batch added (the button may be gone by then).
  const focusAt = useSignal<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const live = useLiveQuery(() => readRecentPage(db, shown.value), [db, shown.value], first && { value: first });
  const jobs = live.status === 'ready' ? live.value.jobs : [];
  useEffect(() => {
    if (focusAt.value === null || jobs.length <= focusAt.value) return;
    list.current?.children[focusAt.value]?.querySelector('button')?.focus();
    focusAt.value = null;
  }, [jobs.length]);

  return (
    <section class="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('recent.heading')}</h2>
      {live.status === 'error' && <ErrorNotice message={live.error.message} />}
      {live.status === 'ready' && jobs.length === 0 && <p class="muted">{t('recent.empty')}</p>}
      {jobs.length > 0 && (
        <ul class="recent-list" ref={list}>
          {jobs.map((job, i) => (
            // The newest batch opens by itself once finished: undoing it is then a single click.
            <RecentJobItem
              key={job.id}
              job={job}
              retentionDays={retentionDays}
              openByDefault={i === 0 && isFinishedJobState(job.state)}
              timingName={i === 0 ? 'recent-first' : undefined}
            />
          ))}
        </ul>
      )}
      {live.status === 'ready' && live.value.total > jobs.length && (
        <div class="actions recent-more">
          <p class="hint">{t('recent.shown', { shown: jobs.length, total: live.value.total })}</p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              focusAt.value = jobs.length;
              shown.value = jobs.length + RECENT_PAGE_SIZE;
            }}
          >
            {t('recent.more', { count: Math.min(RECENT_PAGE_SIZE, live.value.total - jobs.length) })}
          </button>
        </div>
      )}
    </section>
  );
}
