import { useSignal } from '@preact/signals';
import type { Job } from '@/lib/db/rows';
import { showError } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import type { RestoreOutcomeCounts } from '@/lib/messaging/payloads/restore';
import { ErrorNotice } from '../common/ErrorNotice';
import { items } from '../common/labels';
import { JobView } from '../job/JobView';
import { type PopupRestoreSession, restoreButtonWord } from './restore-session-view';

interface Props {
  job: Job;
  session: PopupRestoreSession;
  /** Opens the next round on HubSpot's restore page (restore/open again: the background re-plans). */
  nextRound: () => void;
  busy: boolean;
}

const CLASSES: readonly (keyof RestoreOutcomeCounts)[] = ['restoredExactly', 'repaired', 'stillMissing', 'refusedEmailInUse'];

/**
 * After HubSpot's Restore: "Check the restore" starts verify-and-repair (the page's 'restored'
 * report starts it too); its job view shows the progress and the per-record list, and the result
 * is told per record class. Records still in the bin — over the page's 10,000 cap, say — get a
 * next guided round.
 */
export function RestoreResult({ job, session, nextRound, busy }: Props) {
  const { verifyState } = session;
  const checking = useSignal(false);
  const error = useSignal<string | null>(null);
  const verifying = verifyState === 'running' || verifyState === 'paused' || verifyState === 'staged';
  // The last check planned the next round: what is still in the bin (not the contacts HubSpot
  // refused for a taken email — it would refuse them again).
  const remaining = session.betweenRounds ? session.inBin : 0;
  // Everything came back with its ID and was checked: nothing is left to check or restore.
  const allBack = !verifying && session.outcome !== undefined && session.outcome.stillMissing + session.outcome.refusedEmailInUse === 0;

  const check = async () => {
    checking.value = true;
    error.value = null;
    try {
      await request('restore/verify', { jobId: job.id });
    } catch (failure) {
      error.value = showError(failure);
    } finally {
      checking.value = false;
    }
  };

  return (
    <div class="restore-result">
      {session.outcome && (
        <OutcomeByClass outcome={session.outcome} objectTypeId={job.objectTypeId} headingId={`restore-result-${job.id}`} />
      )}
      {!verifying && !allBack && (
        <>
          <div class="actions">
            {remaining > 0 && (
              <button type="button" class="primary" disabled={busy} onClick={nextRound}>
                {t('exactRestore.nextRound', { count: remaining })}
              </button>
            )}
            <button
              type="button"
              class="secondary"
              disabled={checking.value}
              aria-describedby={`restore-check-${job.id}`}
              onClick={() => void check()}
            >
              {checking.value ? t('exactRestore.checking') : t('exactRestore.check')}
            </button>
          </div>
          <p class="hint" id={`restore-check-${job.id}`}>
            {t('exactRestore.check.help', { button: restoreButtonWord(session) })}
          </p>
        </>
      )}
      {session.verifyJobId && <JobView jobId={session.verifyJobId} level={4} />}
      <ErrorNotice message={error.value} />
    </div>
  );
}

function OutcomeByClass({ outcome, objectTypeId, headingId }: { outcome: RestoreOutcomeCounts; objectTypeId: string; headingId: string }) {
  const shown = CLASSES.filter((name) => outcome[name] > 0);
  if (shown.length === 0) return null;
  return (
    <div class="restore-outcome" role="status" aria-labelledby={headingId}>
      <h5 id={headingId}>{t('exactRestore.outcome.heading')}</h5>
      <ul>
        {shown.map((name) => (
          <li key={name} class={`restore-outcome-${name}`}>
            {t(`exactRestore.outcome.${name}`, { count: outcome[name], items: items(objectTypeId, outcome[name]) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
