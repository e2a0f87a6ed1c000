import { t } from '@/lib/i18n/translate';
import { JobView } from '../job/JobView';

/** Jobs running or paused (undo jobs too), and the one just started here, each live. */
export function ActiveJobs({ jobIds }: { jobIds: readonly string[] }) {
  if (jobIds.length === 0) return null;
  return (
    <section class="active-jobs" aria-labelledby="active-heading">
      <h2 id="active-heading">{t('popup.inProgress')}</h2>
      {jobIds.map((id) => (
        <JobView key={id} jobId={id} level={3} />
      ))}
    </section>
  );
}
