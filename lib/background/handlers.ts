import { parseHubSpotPage } from '@/lib/hubspot/page/url';
import type { Handlers } from '@/lib/messaging/router';
import { resolveLanguage } from '@/lib/i18n/language';
import { loadSettings, tokenHint } from '@/lib/settings/settings';

/** Route handlers. Payloads arrive validated and authorised by the router. */
export function createHandlers(): Pick<Handlers, 'page/context' | 'settings/get'> {
  return {
    // The content script's own URL parse is not trusted: the background parses again.
    'page/context': async ({ url }) => {
      const settings = await loadSettings();
      return { page: parseHubSpotPage(url), configured: Boolean(settings.token), language: resolveLanguage(settings.language) };
    },
    'settings/get': async () => {
      const { token, ...rest } = await loadSettings();
      return { ...rest, tokenHint: tokenHint(token) };
    },
  };
}
