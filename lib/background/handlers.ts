import type { CrmSweepDb } from '@/lib/db/schema';
import { parseHubSpotPage } from '@/lib/hubspot/page/url';
import type { Handlers } from '@/lib/messaging/router';
import { resolveLanguage } from '@/lib/i18n/language';
import { loadSettings } from '@/lib/settings/settings';
import { loadCredential } from './credentials';
import { settingsView } from './settings-handlers';

/** Route handlers. Payloads arrive validated and authorised by the router. */
export function createHandlers(db: CrmSweepDb): Pick<Handlers, 'page/context' | 'settings/get'> {
  return {
    // The content script's own URL parse is not trusted: the background parses again.
    // It learns whether a credential is saved, never the credential.
    'page/context': async ({ url }) => {
      const settings = await loadSettings();
      return { page: parseHubSpotPage(url), configured: Boolean(await loadCredential(db)), language: resolveLanguage(settings.language) };
    },
    'settings/get': () => settingsView(db),
  };
}
