import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import type { SettingsView } from '@/lib/messaging/payloads/settings';

/**
 * Who acts, said plainly: the saved credential (service key or private-app token, its last four
 * characters, its portal) acts with its own scopes for the whole account — HubSpot's per-user Bulk
 * delete permission does not apply (HUBSPOT.md §7). Nothing is shown until settings/get answers.
 */
export function ActingIdentity({ portalId }: { portalId: string }) {
  const view = useSignal<SettingsView | null>(null);
  useEffect(() => {
    let current = true;
    request('settings/get', {}).then(
      (settings) => {
        if (current) view.value = settings;
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  const settings = view.value;
  if (!settings?.tokenHint) return null;
  const kind = settings.credentialKind ?? 'serviceKey';
  return (
    <>
      <dt>{t('confirm.actingAs')}</dt>
      <dd class="acting-identity">
        {t(`confirm.actor.${kind}`, { hint: settings.tokenHint, portalId: settings.credentialPortalId ?? portalId })}
      </dd>
    </>
  );
}
