import type { CrmSweepDb } from '@/lib/db/schema';
import { parseHubSpotPage } from '@/lib/hubspot/page/url';
import type { Handlers } from '@/lib/messaging/router';
import { resolveLanguage } from '@/lib/i18n/language';
import { IN_PAGE_WORDS } from '@/lib/i18n/in-page-words';
import { loadSettings } from '@/lib/settings/settings';
import { loadCredential } from './credentials';
import { forgetOverlayStatus } from './overlay-status';
import { settingsView } from './settings-handlers';

/** Route handlers. Payloads arrive validated and authorised by the router. */
export function createHandlers(db: CrmSweepDb): Pick<Handlers, 'page/context' | 'settings/get'> {
  return {
    // The content script's own URL parse is not trusted: the background parses again.
    // It learns whether a credential is saved, never the credential. A page asking for its context
    // is a new page in its tab: what the overlay reported about the one before is forgotten —
    // awaited so the popup never reads it afterwards, but a failed write only leaves the old
    // report: it must not keep the overlay from starting on this page.
    'page/context': async ({ url }, sender) => {
      const tabId = sender.tab?.id;
      const forgotten = tabId === undefined ? undefined : forgetOverlayStatus(tabId).catch(() => undefined);
      const language = resolveLanguage((await loadSettings()).language);
      const configured = Boolean(await loadCredential(db));
      await forgotten;
      return { page: parseHubSpotPage(url), configured, language, words: IN_PAGE_WORDS[language] };
    },
    'settings/get': () => settingsView(db),
  };
}
