import { groupingSeparator } from '@/lib/format/typed-count';
import { currentLanguage, localeOf } from '@/lib/i18n/language';
import { t } from '@/lib/i18n/translate';
import type { TypedCountCheck } from './typed-count-check';

interface Props {
  expected: number;
  value: string;
  check: TypedCountCheck;
  onInput(value: string): void;
  disabled?: boolean;
}

/**
 * The typed-count confirmation: a labelled textbox, its hint, and a live message that says why a
 * number is refused. The message region is polite (announced after typing pauses), and the field
 * is marked invalid only once something was typed.
 */
export function TypedCountField({ expected, value, check, onInput, disabled }: Props) {
  const separator = groupingSeparator(localeOf(currentLanguage.value));
  const refused = check.state === 'refused';
  return (
    <div class="field typed-count">
      <label for="typed-count">{t('typed.label', { count: expected })}</label>
      <input
        id="typed-count"
        type="text"
        inputMode="numeric"
        autocomplete="off"
        spellcheck={false}
        value={value}
        disabled={disabled}
        aria-invalid={refused}
        aria-describedby="typed-count-hint typed-count-status"
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <p class="hint" id="typed-count-hint">
        {t('typed.hint', { separator })}
      </p>
      <p id="typed-count-status" class={refused ? 'field-error' : 'field-ok'} aria-live="polite">
        {check.state === 'refused' ? check.message : check.state === 'match' ? t('typed.ok') : ''}
      </p>
    </div>
  );
}
