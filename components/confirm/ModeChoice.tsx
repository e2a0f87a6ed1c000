import { t } from '@/lib/i18n/translate';

export type DeleteMode = 'delete' | 'gdprDelete' | 'removeFromList';

interface Props {
  modes: readonly DeleteMode[];
  value: DeleteMode;
  /** The list name, for "Only remove from the list …". */
  listName?: string;
  onChange(mode: DeleteMode): void;
}

/**
 * How to delete: a radio group (arrow keys move between options, as native radios do). Only the
 * modes that apply are offered: permanent deletion for contacts, "remove from list" for a
 * selection made on a manual or snapshot list.
 */
export function ModeChoice({ modes, value, listName, onChange }: Props) {
  if (modes.length < 2) return null;
  const label = (mode: DeleteMode) =>
    mode === 'delete'
      ? t('mode.delete')
      : mode === 'gdprDelete'
        ? t('mode.gdprDelete')
        : t('mode.removeFromList', { list: listName ?? '' });
  const help = (mode: DeleteMode) =>
    mode === 'delete' ? t('mode.delete.help') : mode === 'gdprDelete' ? t('mode.gdprDelete.help') : t('mode.removeFromList.help');
  return (
    <fieldset class="mode-choice">
      <legend>{t('mode.legend')}</legend>
      {modes.map((mode) => (
        <div class={`mode-option${mode === 'gdprDelete' ? ' mode-danger' : ''}`} key={mode}>
          <input
            type="radio"
            name="delete-mode"
            id={`mode-${mode}`}
            value={mode}
            checked={value === mode}
            aria-describedby={`mode-${mode}-help`}
            onChange={() => onChange(mode)}
          />
          <label for={`mode-${mode}`}>{label(mode)}</label>
          <p class="hint" id={`mode-${mode}-help`}>
            {help(mode)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
