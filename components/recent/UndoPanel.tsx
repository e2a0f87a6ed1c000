import type { Job, SnapshotGapCounts } from '@/lib/db/rows';
import { t } from '@/lib/i18n/translate';
import { items } from '../common/labels';
import { JobView } from '../job/JobView';
import { SnapshotGapsNote } from '../job/SnapshotGapsNote';
import { RecreateOption } from './RecreateOption';
import { RestorePanel } from './RestorePanel';
import { mayStillBeInBin, type PopupRestoreSession } from './restore-session-view';

interface Props {
  job: Job;
  /** Records the job actually removed (lib/jobs/job-facts.ts removedRecordIds). */
  removed: number;
  snapshotCount: number;
  /** Undo jobs of this job, oldest first. */
  undoJobs: Job[];
  /** How the records undo brought back came back (the idMap): re-created, or found restored in HubSpot's recycle bin. */
  outcome?: UndoOutcome;
  /** The job's exact-restore session (restoreSessions, read live), if one was opened. */
  session?: PopupRestoreSession | null;
}

export interface UndoOutcome {
  recreated: number;
  restored: number;
  /** What the delete's snapshots lacked (HubSpot would not read it): undo could not bring that back. */
  gaps?: SnapshotGapCounts;
}

/**
 * Undo, exact path first (DESIGN.md §6, issue 19): "Restore exactly in HubSpot" (same IDs and
 * history, through HubSpot's own restore page) and, second, "Re-create from the snapshot" with its
 * honest account. A permanent delete gets no button at all — there is nothing to undo from.
 */
export function UndoPanel({ job, removed, snapshotCount, undoJobs, outcome, session = null }: Props) {
  if (job.kind === 'gdprDelete') return <p class="notice notice-danger">{t('undo.permanent')}</p>;
  if (job.kind !== 'delete' && job.kind !== 'removeFromList') return null;

  const open = undoJobs.some((u) => u.state === 'running' || u.state === 'paused' || u.state === 'staged');
  // Once undone (or failed, which its own view offers to retry), a second undo would only repeat it;
  // restoring the originals too would duplicate them (and contacts cannot: their email is taken).
  const undone = undoJobs.some((u) => u.state !== 'cancelled');
  const running = job.state === 'running' || job.state === 'staged' ? t('undo.blocked.running') : null;
  const blocked =
    running ?? (open ? t('undo.blocked.open') : job.kind === 'delete' && snapshotCount === 0 ? t('undo.blocked.noSnapshot') : null);
  const exact = job.kind === 'delete' && removed > 0 && !undone;
  // Everything came back exactly: there is nothing left to re-create.
  const allBack = session?.outcome !== undefined && session.outcome.stillMissing + session.outcome.refusedEmailInUse === 0;
  const recreateId = `undo-recreate-${job.id}`;
  const binRefusal = job.kind === 'delete' && job.objectTypeId === '0-1' && mayStillBeInBin(session, job.finishedAt ?? job.createdAt);

  return (
    <div class="undo">
      {exact && (
        <section class="undo-option" aria-labelledby={`undo-exact-${job.id}`}>
          <h4 id={`undo-exact-${job.id}`}>{t('undo.exact.heading')}</h4>
          <RestorePanel job={job} session={session} blocked={running} recreateId={recreateId} />
        </section>
      )}
      {!undone && !allBack && (
        <section class="undo-option" aria-labelledby={`undo-recreate-heading-${job.id}`}>
          {job.kind === 'delete' && <h4 id={`undo-recreate-heading-${job.id}`}>{t('undo.recreate.heading')}</h4>}
          <RecreateOption
            job={job}
            // After an exact restore, re-create skips what came back (the background checks by ID).
            removed={session?.outcome ? session.outcome.stillMissing + session.outcome.refusedEmailInUse : removed}
            blocked={blocked}
            binRefusal={binRefusal}
            buttonId={recreateId}
            preview={job.kind !== 'delete' || snapshotCount > 0}
          />
        </section>
      )}
      {[...undoJobs].reverse().map((u) => (
        <JobView key={u.id} jobId={u.id} level={4} />
      ))}
      {job.kind === 'delete' && undone && outcome && <UndoOutcomeNote objectTypeId={job.objectTypeId} outcome={outcome} />}
    </div>
  );
}

/**
 * How undo brought the records back, in so many words: "Back: 40" alone would hide that some were
 * not re-created because an admin had restored them from the recycle bin meanwhile (same ID).
 */
export function UndoOutcomeNote({ objectTypeId, outcome }: { objectTypeId: string; outcome: UndoOutcome }) {
  if (outcome.recreated + outcome.restored === 0) return null;
  return (
    <>
      <OutcomeList objectTypeId={objectTypeId} outcome={outcome} />
      {outcome.gaps && <SnapshotGapsNote objectTypeId={objectTypeId} gaps={outcome.gaps} />}
    </>
  );
}

function OutcomeList({ objectTypeId, outcome }: { objectTypeId: string; outcome: UndoOutcome }) {
  return (
    <ul class="undo-outcome" role="status">
      {outcome.restored > 0 && (
        <li>{t('undo.outcome.restored', { count: outcome.restored, items: items(objectTypeId, outcome.restored) })}</li>
      )}
      {outcome.recreated > 0 && (
        <li>{t('undo.outcome.recreated', { count: outcome.recreated, items: items(objectTypeId, outcome.recreated) })}</li>
      )}
    </ul>
  );
}
