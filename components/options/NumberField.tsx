import { t } from '@/lib/i18n/translate';
import { SETTINGS_LIMITS, type SettingsProblem } from '@/lib/messaging/payloads/settings';
import { FormField } from './FormField';

export type NumberSetting = keyof typeof SETTINGS_LIMITS;

interface Props {
  field: NumberSetting;
  value: string;
  problem?: SettingsProblem;
  onInput: (value: string) => void;
}

/**
 * A whole-number setting with its range in the help text. Sent as typed: a text input, not
 * type=number, whose value is empty for anything that is not a number — the background validates
 * what the user typed and says what is wrong with it.
 */
export function NumberField({ field, value, problem, onInput }: Props) {
  const { min, max } = SETTINGS_LIMITS[field];
  return (
    <FormField id={`opt-${field}`} label={t(`options.${field}`)} help={t(`options.${field}.help`, { min, max })} problem={problem}>
      {(a) => (
        <input
          id={a.id}
          type="text"
          inputMode="numeric"
          class="short"
          value={value}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </FormField>
  );
}
