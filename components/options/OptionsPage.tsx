import { t } from '@/lib/i18n/translate';
import { OptionsForm } from './OptionsForm';

/** The options page: one heading, one form. */
export function OptionsPage() {
  return (
    <div class="app options">
      <main>
        <h1>{t('options.heading')}</h1>
        <OptionsForm />
      </main>
    </div>
  );
}
