import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { StagedSelection } from '@/lib/db/rows';
import { objectTypeFacts } from '@/lib/hubspot/object-types';
import { currentLanguage, localeOf } from '@/lib/i18n/language';
import { showError } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import { ErrorNotice } from '../common/ErrorNotice';
import { items } from '../common/labels';
import { ExportBackupButton } from './ExportBackupButton';
import { ImpactPreview, type PreviewState } from './ImpactPreview';
import { ModeChoice, type DeleteMode } from './ModeChoice';
import { SelectionSummary } from './SelectionSummary';
import { checkTypedCount } from './typed-count-check';
import { TypedCountField } from './TypedCountField';

interface Props {
  staged: StagedSelection;
  onStarted(jobId: string): void;
  onDismissed(): void;
}

/** A refusal in the page's language (its Text), else its English message. */
const message = (error: unknown) => showError(error);

/** Modes that apply: permanent deletion exists for contacts only; list removal for manual/snapshot lists. */
export function availableModes(staged: StagedSelection, preview: PreviewState): DeleteMode[] {
  const modes: DeleteMode[] = ['delete'];
  if (objectTypeFacts(staged.objectTypeId)?.permanentDelete) modes.push('gdprDelete');
  const list = preview.status === 'ready' ? preview.preview.list : undefined;
  if (staged.listId && list && list.processingType !== 'DYNAMIC') modes.push('removeFromList');
  return modes;
}

/**
 * The confirmation of a staged selection: what is selected, what it affects, how to delete, a
 * backup, and the typed count. Delete stays disabled until the count matches; the background
 * checks everything again and its refusal is shown as it words it.
 */
export function ConfirmSelection({ staged, onStarted, onDismissed }: Props) {
  const typed = useSignal('');
  // Opens on what the user pressed on the page (Delete… or Remove from list…).
  const mode = useSignal<DeleteMode>(staged.intent === 'removeFromList' ? 'removeFromList' : 'delete');
  const starting = useSignal(false);
  const error = useSignal<string | null>(null);
  const preview = useSignal<PreviewState>({ status: 'loading' });
  const expired = useSignal(staged.expiresAt <= Date.now());

  useEffect(() => {
    let current = true;
    preview.value = { status: 'loading' };
    request('staged/preview', { stagedId: staged.id }).then(
      (result) => {
        if (current) preview.value = { status: 'ready', preview: result };
      },
      (failure: unknown) => {
        if (current) preview.value = { status: 'error', message: message(failure) };
      },
    );
    // The selection expires while the popup may be open: say so instead of letting Delete fail.
    const timer = setTimeout(() => (expired.value = true), Math.max(0, staged.expiresAt - Date.now()));
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [staged.id]);

  // Opened for this selection: the focus starts at its heading, so a keyboard or screen-reader
  // user reads what will be deleted before reaching the typed count (README "Keyboard").
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [staged.id]);

  const language = currentLanguage.value;
  const count = staged.ids.length;
  const check = checkTypedCount(typed.value, count, language);
  const modes = availableModes(staged, preview.value);
  const chosen = modes.includes(mode.value) ? mode.value : 'delete';
  // Until the preview says whether the list allows removal, a "Remove from list…" selection must
  // not be startable as a delete; if it turns out not to allow it, say so rather than switch quietly.
  const intentPending = mode.value !== chosen && preview.value.status === 'loading';
  const intentUnavailable = staged.intent === 'removeFromList' && !modes.includes('removeFromList') && preview.value.status !== 'loading';
  const what = items(staged.objectTypeId, count);
  const actionLabel =
    chosen === 'gdprDelete'
      ? t('action.deletePermanently', { items: what })
      : chosen === 'removeFromList'
        ? t('action.removeFromList', { items: what })
        : t('action.delete', { items: what });
  const listName = preview.value.status === 'ready' ? preview.value.preview.list?.name : undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (check.state !== 'match' || starting.value || intentPending) return;
    starting.value = true;
    error.value = null;
    try {
      const { jobId } = await request('job/start', {
        stagedId: staged.id,
        typedCount: typed.value,
        locale: localeOf(language),
        mode: chosen,
      });
      onStarted(jobId);
    } catch (failure) {
      error.value = message(failure);
    } finally {
      starting.value = false;
    }
  };

  if (expired.value) return <p class="notice notice-warn">{t('confirm.expired')}</p>;
  return (
    <section class="confirm" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" tabIndex={-1} ref={heading}>
        {t('confirm.heading')}
      </h2>
      <SelectionSummary staged={staged} />
      <ImpactPreview staged={staged} state={preview.value} />
      {intentUnavailable && <p class="notice notice-warn">{t('confirm.removeUnavailable')}</p>}
      <ModeChoice modes={modes} value={chosen} listName={listName} onChange={(m) => (mode.value = m)} />
      {chosen === 'gdprDelete' && (
        <p class="notice notice-danger" id="permanent-warning">
          <strong>{t('mode.permanentWarning')}</strong>
        </p>
      )}
      <ExportBackupButton staged={staged} />
      <form class="confirm-form" onSubmit={submit}>
        <TypedCountField expected={count} value={typed.value} check={check} disabled={starting.value} onInput={(v) => (typed.value = v)} />
        <div class="actions">
          <button
            type="submit"
            class="danger"
            disabled={check.state !== 'match' || starting.value || intentPending}
            aria-describedby={chosen === 'gdprDelete' ? 'permanent-warning' : undefined}
          >
            {starting.value ? t('confirm.starting') : actionLabel}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() =>
              void request('staged/dismiss', { stagedId: staged.id }).then(onDismissed, (e: unknown) => (error.value = message(e)))
            }
          >
            {t('confirm.dismiss')}
          </button>
        </div>
        <ErrorNotice message={error.value} />
      </form>
    </section>
  );
}
