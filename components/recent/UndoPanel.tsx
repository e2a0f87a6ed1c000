import { useSignal } from '@preact/signals';
import type { Job, SnapshotGapCounts } from '@/lib/db/rows';
import { showError } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import { ErrorNotice } from '../common/ErrorNotice';
import { items } from '../common/labels';
import { JobView } from '../job/JobView';
import { SnapshotGapsNote } from '../job/SnapshotGapsNote';

interface Props {
  job: Job;
  /** Records the job actually removed (lib/jobs/job-facts.ts removedRecordIds). */
  removed: number;
  snapshotCount: number;
  /** Undo jobs of this job, oldest first. */
  undoJobs: Job[];
  /** How the records undo brought back came back (the idMap): re-created, or found restored in HubSpot's recycle bin. */
  outcome?: UndoOutcome;
}

export interface UndoOutcome {
  recreated: number;
  restored: number;
  /** What the delete's snapshots lacked (HubSpot would not read it): undo could not bring that back. */
  gaps?: SnapshotGapCounts;
}

/**
 * Undo with an honest account first (DESIGN.md §6): what re-creating brings back, what it cannot,
 * then one button. A permanent delete gets no button at all — there is nothing to undo from.
 */
export function UndoPanel({ job, removed, snapshotCount, undoJobs, outcome }: Props) {
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  if (job.kind === 'gdprDelete') return <p class="notice notice-danger">{t('undo.permanent')}</p>;
  if (job.kind !== 'delete' && job.kind !== 'removeFromList') return null;

  const open = undoJobs.some((u) => u.state === 'running' || u.state === 'paused' || u.state === 'staged');
  // Once undone (or failed, which its own view offers to retry), a second undo would only repeat it.
  const undone = undoJobs.some((u) => u.state !== 'cancelled');
  const blocked =
    job.state === 'running' || job.state === 'staged'
      ? t('undo.blocked.running')
      : open
        ? t('undo.blocked.open')
        : job.kind === 'delete' && snapshotCount === 0
          ? t('undo.blocked.noSnapshot')
          : null;
  const what = items(job.objectTypeId, removed);
  const undo = async () => {
    busy.value = true;
    error.value = null;
    try {
      await request('job/undo', { jobId: job.id });
    } catch (failure) {
      error.value = showError(failure);
    } finally {
      busy.value = false;
    }
  };
  const blockedId = `undo-blocked-${job.id}`;

  return (
    <div class="undo">
      {/* The account of what comes back only matters while undo can still happen. */}
      {!undone && (job.kind === 'delete' ? snapshotCount > 0 && <UndoPreview /> : <p class="hint">{t('undo.listNote')}</p>)}
      {removed > 0 && !undone && (
        <button
          type="button"
          class="primary"
          disabled={busy.value || blocked !== null}
          aria-describedby={blocked ? blockedId : undefined}
          onClick={() => void undo()}
        >
          {job.kind === 'delete' ? t('undo.button', { items: what }) : t('undo.buttonList', { items: what })}
        </button>
      )}
      {blocked && removed > 0 && !undone && (
        <p class="hint" id={blockedId}>
          {blocked}
        </p>
      )}
      <ErrorNotice message={error.value} />
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

/** What re-creating from a snapshot brings back and what it cannot (HUBSPOT.md §3 restore). */
function UndoPreview() {
  return (
    <div class="undo-preview">
      <h4>{t('undo.back')}</h4>
      <ul>
        <li>{t('undo.back.records')}</li>
        <li>{t('undo.back.associations')}</li>
        <li>{t('undo.back.lists')}</li>
      </ul>
      <h4>{t('undo.notBack')}</h4>
      <ul>
        <li>{t('undo.not.ids')}</li>
        <li>{t('undo.not.history')}</li>
        <li>{t('undo.not.calculated')}</li>
        <li>{t('undo.not.conflicts')}</li>
        <li>
          <strong>{t('undo.not.recycleBin')}</strong>
        </li>
      </ul>
    </div>
  );
}
