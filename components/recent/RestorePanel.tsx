import { useSignal } from '@preact/signals';
import type { Job } from '@/lib/db/rows';
import { showError, showText } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import { ErrorNotice } from '../common/ErrorNotice';
import { RestoreResult } from './RestoreResult';
import { RestoreSessionStatus } from './RestoreSessionStatus';
import type { PopupRestoreSession } from './restore-session-view';

interface Props {
  job: Job;
  /** The session read live from restoreSessions (null before the first "Restore exactly"). */
  session: PopupRestoreSession | null;
  /** Why nothing can start now (the delete still running), or null. */
  blocked: string | null;
  /** The re-create button's id: "Re-create instead" sends the keyboard there. */
  recreateId: string;
}

/**
 * "Restore exactly in HubSpot" (issue 19): the background re-validates the batch, opens HubSpot's
 * own restore page in a tab, where crm-sweep ticks exactly this batch's records; this panel then
 * follows the session live — what the page selected, what it could not show, the permission page —
 * and, after HubSpot's Restore, the verify-and-repair result. The popup decides nothing itself: a
 * batch the exact path does not fit gets the background's reason and the re-create option.
 */
export function RestorePanel({ job, session, blocked, recreateId }: Props) {
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const notApplicable = useSignal<string | null>(null);
  // The reply's view until the live read of restoreSessions shows the row the background saved.
  const opened = useSignal<PopupRestoreSession | null>(null);
  const shown = session ?? opened.value;

  const open = async () => {
    busy.value = true;
    error.value = null;
    notApplicable.value = null;
    try {
      const reply = await request('restore/open', { jobId: job.id });
      if (reply.state === 'opened') opened.value = { ...reply.session, betweenRounds: false };
      else {
        notApplicable.value = showText({ text: reply.reason });
        // The exact path is out: re-create is the way left, so the keyboard goes straight there.
        queueMicrotask(() => document.getElementById(recreateId)?.focus());
      }
    } catch (failure) {
      error.value = showError(failure);
    } finally {
      busy.value = false;
    }
  };

  return (
    <div class="restore">
      {!shown && (
        <>
          <p class="hint">{t('exactRestore.help')}</p>
          <button type="button" class="primary" disabled={busy.value || blocked !== null} onClick={() => void open()}>
            {t('exactRestore.button')}
          </button>
        </>
      )}
      {notApplicable.value && (
        <div class="notice notice-info" role="status">
          <p>{t('exactRestore.notApplicable', { reason: notApplicable.value })}</p>
        </div>
      )}
      {shown && <RestoreSessionStatus session={shown} objectTypeId={job.objectTypeId} recreateId={recreateId} />}
      {shown && <RestoreResult job={job} session={shown} nextRound={() => void open()} busy={busy.value} />}
      <ErrorNotice message={error.value} />
    </div>
  );
}
