import { t } from '@/lib/i18n/translate';
import type { CredentialKind, SettingsProblem } from '@/lib/messaging/payloads/settings';
import { FormField } from './FormField';

interface Props {
  value: string;
  /** "…abcd": all the page ever learns of a saved token. */
  hint: string | null;
  kind: CredentialKind | null;
  remove: boolean;
  problem?: SettingsProblem;
  onInput(value: string): void;
  onRemove(remove: boolean): void;
}

/**
 * The service key (or an existing private-app token): a password field that starts empty (the
 * saved key is never sent back to the page), how to create one and the scopes it needs, the saved
 * key's kind and last four characters, and a way to remove it.
 */
export function TokenField({ value, hint, kind, remove, problem, onInput, onRemove }: Props) {
  return (
    <>
      <FormField
        id="opt-token"
        label={t('options.token')}
        problem={problem}
        help={
          <>
            {t('options.token.help')} <span class="token-scopes">{t('options.token.scopes')}</span>{' '}
            <span class="token-saved">
              {hint ? t('options.token.saved', { hint, kind: t(`credential.${kind ?? 'serviceKey'}`) }) : t('options.token.none')}
            </span>
          </>
        }
      >
        {(a) => (
          <input
            id={a.id}
            type="password"
            autocomplete="off"
            spellcheck={false}
            value={value}
            disabled={remove}
            aria-describedby={a.describedBy}
            aria-invalid={a.invalid}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        )}
      </FormField>
      {hint && (
        <div class="field checkbox">
          <input id="opt-remove-token" type="checkbox" checked={remove} onChange={(e) => onRemove(e.currentTarget.checked)} />
          <label for="opt-remove-token">{t('options.token.remove')}</label>
        </div>
      )}
    </>
  );
}
