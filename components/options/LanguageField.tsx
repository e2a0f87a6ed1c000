import { LANGUAGES, resolveLanguage, type LanguageSetting } from '@/lib/i18n/language';
import { t } from '@/lib/i18n/translate';
import { FormField } from './FormField';

/** The language crm-sweep speaks: "Automatic (<the browser's, as resolved now>)" or one of ours. */
export function LanguageField({ value, onChange }: { value: LanguageSetting; onChange: (language: LanguageSetting) => void }) {
  return (
    <FormField id="opt-language" label={t('options.language')}>
      {(a) => (
        <select id={a.id} value={value} onChange={(e) => onChange(e.currentTarget.value as LanguageSetting)}>
          <option value="auto">{`${t('options.language.auto')} (${t(`language.${resolveLanguage('auto')}`)})`}</option>
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(`language.${lang}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
