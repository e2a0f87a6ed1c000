import { isFinishedJobState } from '@/lib/db/job-transitions';
import type { Job } from '@/lib/db/rows';
import { t } from '@/lib/i18n/translate';
import { useDb } from '../common/db-context';
import { ErrorNotice } from '../common/ErrorNotice';
import { useLiveQuery } from '../common/use-live-query';
import { RecentJobItem } from './RecentJobItem';

/** Batches shown; older ones stay in the log (and their snapshots until retention ends). */
export const RECENT_LIMIT = 20;

/**
 * The undo log: the latest delete, permanent-delete and remove-from-list jobs, newest first. Undo
 * jobs appear inside the batch they undo, not as batches of their own.
 */
export function RecentJobs({ retentionDays }: { retentionDays: number }) {
  const db = useDb();
  const live = useLiveQuery(
    () => db.jobs.orderBy('createdAt').reverse().filter((job: Job) => job.kind !== 'undo').limit(RECENT_LIMIT).toArray(),
    [db],
  );
  return (
    <section class="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('recent.heading')}</h2>
      {live.status === 'error' && <ErrorNotice message={live.error.message} />}
      {live.status === 'ready' && live.value.length === 0 && <p class="muted">{t('recent.empty')}</p>}
      {live.status === 'ready' && live.value.length > 0 && (
        <ul class="recent-list">
          {live.value.map((job, i) => (
            // The newest batch opens by itself once finished: undoing it is then a single click.
            <RecentJobItem key={job.id} job={job} retentionDays={retentionDays} openByDefault={i === 0 && isFinishedJobState(job.state)} />
          ))}
        </ul>
      )}
    </section>
  );
}
