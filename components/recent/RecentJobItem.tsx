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
 * One batch in the undo log: a disclosure button (when, what, how many, state) — named by the text
 * it shows, so a speech-input user can say what they see (WCAG 2.5.3) — that opens its live
 * progress, undo (exact restore in HubSpot first, re-create second) and snapshot actions. Closed
 * items query nothing beyond the job row, which keeps the popup's first paint fast with a long log.
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
      <button type="button" class="disclosure" aria-expanded={open} aria-controls={panelId} onClick={() => (chosen.value = !open)}>
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
  // Two live queries, not one: Dexie re-runs a querier whenever anything it read changes, and the
  // job's own batches (up to 100,000 IDs) need re-reading only when they change — not on every
  // batch an undo or a restore check writes (measured: with one query, a 12,000-record restore
  // check ran ten times slower while the popup was open, its reads holding up the worker's writes).
  const facts = useLiveQuery(async () => {
    const [snapshotCount, batches] = await Promise.all([countSnapshots(db, job.id), listBatches(db, job.id)]);
    return { snapshotCount, removed: removedRecordIds(batches).length, gaps: snapshotGapsOf(batches) };
  }, [db, job.id]);
  const undo = useLiveQuery(async () => {
    const [ownJobs, outcome, session] = await Promise.all([
      listUndoJobsOf(db, job.id),
      countIdMappingsByHow(db, job.id),
      job.kind === 'delete' ? readRestoreSession(db, job.id) : null,
    ]);
    // The exact restore's verify jobs also name this job (undoOf); the restore panel shows them.
    return { undoJobs: ownJobs.filter((j) => j.kind === 'undo'), outcome, session };
  }, [db, job.id]);
  return (
    <>
      <JobView jobId={job.id} level={3} />
      {facts.status === 'ready' && undo.status === 'ready' && (
        <>
          <UndoPanel
            job={job}
            removed={facts.value.removed}
            snapshotCount={facts.value.snapshotCount}
            undoJobs={undo.value.undoJobs}
            outcome={{ ...undo.value.outcome, gaps: facts.value.gaps }}
            session={undo.value.session}
          />
          {job.kind === 'delete' && <SnapshotPanel job={job} snapshotCount={facts.value.snapshotCount} retentionDays={retentionDays} />}
        </>
      )}
    </>
  );
}
