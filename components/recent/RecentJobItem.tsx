import { useSignal } from '@preact/signals';
import { listBatches } from '@/lib/db/batches-repo';
import { countIdMappingsByHow } from '@/lib/db/idmap-repo';
import { listUndoJobsOf } from '@/lib/db/jobs-repo';
import type { Job } from '@/lib/db/rows';
import { countSnapshots } from '@/lib/db/snapshots-repo';
import { t } from '@/lib/i18n/translate';
import { removedRecordIds } from '@/lib/jobs/job-facts';
import { snapshotGapsOf } from '../job/SnapshotGapsNote';
import { useDb } from '../common/db-context';
import { formatWhen, items, jobKindLabel } from '../common/labels';
import { useLiveQuery } from '../common/use-live-query';
import { JobView } from '../job/JobView';
import { readRestoreSession } from './restore-session-view';
import { SnapshotPanel } from './SnapshotPanel';
import { UndoPanel } from './UndoPanel';

interface Props {
  job: Job;
  retentionDays: number;
  /** Open unless the user closed it: the newest finished batch, so undoing it is one click. */
  openByDefault: boolean;
  /** Element-timing name for this row's text (the first row: popup_first_paint_ms). */
  timingName?: string;
}

/**
 * One batch in the undo log: a disclosure button (when, what, how many, state) that opens its live
 * progress, undo (exact restore in HubSpot first, re-create second) and snapshot actions. Closed items query nothing beyond the
 * job row, which keeps the popup's first paint fast with a long log.
 */
export function RecentJobItem({ job, retentionDays, openByDefault, timingName }: Props) {
  // Follows the default (which changes as a job finishes) until the user chooses.
  const chosen = useSignal<boolean | null>(null);
  const open = chosen.value ?? openByDefault;
  const panelId = `recent-${job.id}`;
  const when = formatWhen(job.createdAt);
  const what = items(job.objectTypeId, job.total);
  return (
    <li class={`recent-item${open ? ' open' : ''}`}>
      <button
        type="button"
        class="disclosure"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('recent.details', { kind: jobKindLabel(job.kind), items: what, when })}
        onClick={() => (chosen.value = !open)}
      >
        <span class="when">{when}</span>
        <span class="what" elementtiming={timingName}>
          {jobKindLabel(job.kind)}: {what}
        </span>
        <span class={`state state-${job.state}`}>{t(`job.state.${job.state}`)}</span>
      </button>
      {open && (
        <div id={panelId} class="recent-panel">
          <RecentJobDetails job={job} retentionDays={retentionDays} />
        </div>
      )}
    </li>
  );
}

function RecentJobDetails({ job, retentionDays }: { job: Job; retentionDays: number }) {
  const db = useDb();
  const live = useLiveQuery(async () => {
    const [ownJobs, snapshotCount, batches, outcome, session] = await Promise.all([
      listUndoJobsOf(db, job.id),
      countSnapshots(db, job.id),
      listBatches(db, job.id),
      countIdMappingsByHow(db, job.id),
      job.kind === 'delete' ? readRestoreSession(db, job.id) : null,
    ]);
    // The exact restore's verify jobs also name this job (undoOf); the restore panel shows them.
    const undoJobs = ownJobs.filter((j) => j.kind === 'undo');
    return {
      undoJobs,
      snapshotCount,
      removed: removedRecordIds(batches).length,
      outcome: { ...outcome, gaps: snapshotGapsOf(batches) },
      session,
    };
  }, [db, job.id]);
  return (
    <>
      <JobView jobId={job.id} level={3} />
      {live.status === 'ready' && (
        <>
          <UndoPanel
            job={job}
            removed={live.value.removed}
            snapshotCount={live.value.snapshotCount}
            undoJobs={live.value.undoJobs}
            outcome={live.value.outcome}
            session={live.value.session}
          />
          {job.kind === 'delete' && <SnapshotPanel job={job} snapshotCount={live.value.snapshotCount} retentionDays={retentionDays} />}
        </>
      )}
    </>
  );
}
