import { useSignal } from '@preact/signals';
import type { Job } from '@/lib/db/rows';
import { showError } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import { ErrorNotice } from '../common/ErrorNotice';
import { items } from '../common/labels';

interface Props {
  job: Job;
  removed: number;
  /** Why undo cannot start now (running, already open, no snapshot), or null. */
  blocked: string | null;
  /** Contacts of the batch may still be in HubSpot's bin: re-creating them makes HubSpot refuse their exact restore. */
  binRefusal: boolean;
  /** The id of the re-create button, so the exact-restore panel can send the keyboard here. */
  buttonId: string;
  /** Say what re-create brings back (a delete with a snapshot; a list removal has its own note). */
  preview: boolean;
}

/**
 * "Re-create from the snapshot (new IDs)": the honest account of what comes back and what does not,
 * then one button. For contacts still in the recycle bin the button waits for an explicit "I
 * understand": HubSpot refuses to restore a contact whose email an active contact uses, so this
 * re-create would destroy the better undo (issue 19; the background refuses without the choice).
 */
export function RecreateOption({ job, removed, blocked, binRefusal, buttonId, preview }: Props) {
  const busy = useSignal(false);
  const accepted = useSignal(false);
  const error = useSignal<string | null>(null);
  const isDelete = job.kind === 'delete';
  const what = items(job.objectTypeId, removed);
  const undo = async () => {
    busy.value = true;
    error.value = null;
    try {
      await request('job/undo', binRefusal ? { jobId: job.id, binRefusalAccepted: true } : { jobId: job.id });
    } catch (failure) {
      error.value = showError(failure);
    } finally {
      busy.value = false;
    }
  };
  const blockedId = `undo-blocked-${job.id}`;
  const warningId = `undo-bin-${job.id}`;
  const describedBy = [blocked ? blockedId : null, binRefusal ? warningId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class="undo-recreate">
      {isDelete ? preview && <UndoPreview /> : <p class="hint">{t('undo.listNote')}</p>}
      {binRefusal && (
        <div class="notice notice-warn">
          <p id={warningId}>{t('undo.binRefusal.warning')}</p>
          <div class="field checkbox">
            <input
              id={`undo-bin-accept-${job.id}`}
              type="checkbox"
              checked={accepted.value}
              onChange={(event) => (accepted.value = event.currentTarget.checked)}
            />
            <label for={`undo-bin-accept-${job.id}`}>{t('undo.binRefusal.accept')}</label>
          </div>
        </div>
      )}
      {removed > 0 && (
        <button
          id={buttonId}
          type="button"
          class={isDelete ? 'secondary' : 'primary'}
          disabled={busy.value || blocked !== null || (binRefusal && !accepted.value)}
          aria-describedby={describedBy}
          onClick={() => void undo()}
        >
          {isDelete ? t('undo.button', { items: what }) : t('undo.buttonList', { items: what })}
        </button>
      )}
      {blocked && removed > 0 && (
        <p class="hint" id={blockedId}>
          {blocked}
        </p>
      )}
      <ErrorNotice message={error.value} />
    </div>
  );
}

/** What re-creating from a snapshot brings back and what it cannot (HUBSPOT.md §3 restore). */
function UndoPreview() {
  return (
    <div class="undo-preview">
      <h5>{t('undo.back')}</h5>
      <ul>
        <li>{t('undo.back.records')}</li>
        <li>{t('undo.back.associations')}</li>
        <li>{t('undo.back.lists')}</li>
      </ul>
      <h5>{t('undo.notBack')}</h5>
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
