import { countProgress } from '@/lib/db/job-progress';
import type { Batch, Job, JobKind } from '@/lib/db/rows';
import { useId } from 'preact/hooks';
import { showText } from '@/lib/i18n/text';
import { n, t } from '@/lib/i18n/translate';
import { useDb } from '../common/db-context';
import { ErrorNotice } from '../common/ErrorNotice';
import { formatDuration, formatWhen, items, jobKindLabel } from '../common/labels';
import { useLiveQuery } from '../common/use-live-query';
import { FailedRecords } from './FailedRecords';
import { jobPace } from './job-pace';
import { JobControls } from './JobControls';
import { PauseNotice } from './PauseNotice';
import { SnapshotGapsNote, snapshotGapsOf } from './SnapshotGapsNote';

interface Props {
  jobId: string;
  /** Heading level inside its section. */
  level?: 2 | 3 | 4;
}

/**
 * One job, live: a view of its job row and batches through liveQuery, so every batch the
 * background finishes moves the bar. Counts are derived from the batches (countProgress).
 */
export function JobView({ jobId, level = 2 }: Props) {
  const db = useDb();
  const live = useLiveQuery(async () => {
    const [job, batches] = await Promise.all([db.jobs.get(jobId), db.batches.where('jobId').equals(jobId).toArray()]);
    return { job, batches };
  }, [db, jobId]);
  if (live.status === 'loading') return <p class="muted">{t('app.loading')}</p>;
  if (live.status === 'error') return <ErrorNotice message={live.error.message} />;
  const { job, batches } = live.value;
  return job ? <JobBody job={job} batches={batches} level={level} /> : null;
}

function JobBody({ job, batches, level }: { job: Job; batches: Batch[]; level: 2 | 3 | 4 }) {
  const progress = countProgress(batches);
  const pace = jobPace(job, batches, progress);
  const title = t('job.title', { kind: jobKindLabel(job.kind), items: items(job.objectTypeId, job.total) });
  const Heading = `h${level}` as 'h2';
  // The same job can be on screen twice (In progress, and inside its batch): ids must differ.
  const headingId = `job-title-${useId()}`;
  const active = job.state === 'running' || job.state === 'paused';
  return (
    <section class={`job job-${job.state}`} aria-labelledby={headingId}>
      <div class="job-head">
        <Heading id={headingId}>{title}</Heading>
        <span class={`state state-${job.state}`}>{t(`job.state.${job.state}`)}</span>
      </div>
      <progress
        class="job-progress"
        max={Math.max(1, progress.total)}
        value={progress.done + progress.failed}
        aria-label={t('job.progress', { kind: jobKindLabel(job.kind), items: items(job.objectTypeId, job.total) })}
      />
      <dl class="counts">
        <div>
          <dt>{t(doneKey(job.kind))}</dt>
          <dd>{n(progress.done)}</dd>
        </div>
        <div>
          <dt>{t('job.failed')}</dt>
          <dd class={progress.failed > 0 ? 'has-failures' : undefined}>{n(progress.failed)}</dd>
        </div>
        <div>
          <dt>{t('job.remaining')}</dt>
          <dd>{n(progress.remaining)}</dd>
        </div>
      </dl>
      {job.state === 'running' && (
        <p class="pace">
          {pace.recordsPerMinute === null
            ? t('job.measuring')
            : [
                t('job.rate', { rate: Math.round(pace.recordsPerMinute) }),
                pace.etaMs !== null ? t('job.eta', { duration: formatDuration(pace.etaMs) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
        </p>
      )}
      {job.state === 'paused' && job.pauseReason && <PauseNotice reason={job.pauseReason} />}
      {job.state === 'failed' && job.error && <ErrorNotice message={t('job.error', { message: showText(job.error) })} />}
      {job.finishedAt !== undefined && !active && <p class="muted">{t('job.finished', { time: formatWhen(job.finishedAt) })}</p>}
      <JobControls job={job} />
      {job.kind === 'delete' && <SnapshotGapsNote objectTypeId={job.objectTypeId} gaps={snapshotGapsOf(batches)} />}
      <FailedRecords batches={batches} />
    </section>
  );
}

function doneKey(kind: JobKind): `job.done.${JobKind}` {
  return `job.done.${kind}`;
}
