import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { setLanguage, type LanguageSetting } from '@/lib/i18n/language';
import { showError } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import type { ConnectionReport, SettingsField, SettingsInput, SettingsProblem, SettingsView } from '@/lib/messaging/payloads/settings';
import { ErrorNotice } from '../common/ErrorNotice';
import { ConnectionReportView } from './ConnectionReportView';
import { FormField } from './FormField';
import { LanguageField } from './LanguageField';
import { NumberField, type NumberSetting } from './NumberField';
import { TokenField } from './TokenField';

type Form = Required<Omit<SettingsInput, 'token'>> & { token: string };
/** A refusal in the page's language (its Text), else its English message. */
const message = (error: unknown) => showError(error);

const fromView = (view: SettingsView): Form => ({
  apiBase: view.apiBase,
  ratePercent: String(view.ratePercent),
  dailyReservePercent: String(view.dailyReservePercent),
  retentionDays: String(view.retentionDays),
  language: view.language as LanguageSetting,
  token: '',
  removeToken: false,
});

/**
 * The options form. Every value goes to settings/save as typed; the background validates all of
 * it, tries a new token against HubSpot, and stores nothing unless everything passes. Its
 * refusals come back per field and are shown next to the field they concern.
 */
export function OptionsForm() {
  const view = useSignal<SettingsView | null>(null);
  const form = useSignal<Form | null>(null);
  const problems = useSignal<SettingsProblem[]>([]);
  const status = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const connection = useSignal<ConnectionReport | null>(null);
  const busy = useSignal(false);

  useEffect(() => {
    request('settings/get', {}).then(
      (settings) => {
        view.value = settings;
        form.value = fromView(settings);
      },
      (failure: unknown) => (error.value = message(failure)),
    );
  }, []);

  const run = async (work: () => Promise<void>) => {
    busy.value = true;
    status.value = null;
    error.value = null;
    try {
      await work();
    } catch (failure) {
      error.value = message(failure);
    } finally {
      busy.value = false;
    }
  };
  const save = (event: Event) => {
    event.preventDefault();
    const f = form.value;
    if (!f) return;
    void run(async () => {
      const { token, ...rest } = f;
      const reply = await request('settings/save', token.trim() ? { ...rest, token } : rest);
      if (!reply.saved) {
        problems.value = reply.problems;
        status.value = t('options.notSaved');
        document.getElementById(`opt-${reply.problems[0]?.field}`)?.focus();
        return;
      }
      problems.value = [];
      view.value = reply.settings;
      form.value = fromView(reply.settings);
      if (reply.connection) connection.value = reply.connection;
      setLanguage(reply.settings.language);
      status.value = t('options.saved');
    });
  };
  const test = () =>
    void run(async () => {
      connection.value = await request('settings/test', {});
    });

  const f = form.value;
  if (!f) return error.value ? <ErrorNotice message={error.value} /> : <p class="muted">{t('app.loading')}</p>;
  const problemOf = (field: SettingsField) => problems.value.find((p) => p.field === field);
  const set = (patch: Partial<Form>) => (form.value = { ...f, ...patch });
  const numberField = (field: NumberSetting) => (
    <NumberField field={field} value={f[field]} problem={problemOf(field)} onInput={(value) => set({ [field]: value })} />
  );

  return (
    <form class="options-form" onSubmit={save} noValidate>
      <TokenField
        value={f.token}
        hint={view.value?.tokenHint ?? null}
        kind={view.value?.credentialKind ?? null}
        remove={f.removeToken}
        problem={problemOf('token')}
        onInput={(token) => set({ token })}
        onRemove={(removeToken) => set({ removeToken })}
      />
      <FormField id="opt-apiBase" label={t('options.apiBase')} help={t('options.apiBase.help')} problem={problemOf('apiBase')}>
        {(a) => (
          <input
            id={a.id}
            type="url"
            spellcheck={false}
            value={f.apiBase}
            aria-describedby={a.describedBy}
            aria-invalid={a.invalid}
            onInput={(e) => set({ apiBase: e.currentTarget.value })}
          />
        )}
      </FormField>
      {numberField('ratePercent')}
      {numberField('dailyReservePercent')}
      {numberField('retentionDays')}
      <LanguageField value={f.language} onChange={(language) => set({ language })} />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy.value}>
          {busy.value ? t('options.saving') : t('options.save')}
        </button>
        {view.value?.tokenHint && (
          <button type="button" class="secondary" disabled={busy.value} onClick={test}>
            {t('options.test')}
          </button>
        )}
      </div>
      {status.value && (
        <p
          class={`notice ${problems.value.length > 0 ? 'notice-error' : 'notice-ok'}`}
          role={problems.value.length > 0 ? 'alert' : 'status'}
        >
          {status.value}
        </p>
      )}
      <ErrorNotice message={error.value} />
      {connection.value && <ConnectionReportView report={connection.value} />}
    </form>
  );
}
