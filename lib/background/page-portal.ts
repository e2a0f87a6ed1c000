import type { Runtime } from 'webextension-polyfill';
import type { StageIntent } from '@/lib/db/rows';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { parseHubSpotPage, type HubSpotPage } from '@/lib/hubspot/page/url';
import { text } from '@/lib/i18n/text';
import { REMOVE_NEEDS_LIST, SelectionRefused } from '@/lib/selection/refusal';

/**
 * The portal a page's URL names must be the configured token's portal (HUBSPOT.md §2: account-info)
 * before anything is staged or resolved: a tab of another HubSpot account, or a page script that
 * rewrote the URL, would otherwise stage IDs that mean other records in the token's portal, and
 * "select all" would be resolved against the wrong portal's data. job/start checks it once more.
 */
export async function checkPagePortal(api: HubSpotApi, pagePortalId: string): Promise<void> {
  const { portalId } = await api.metadata.account();
  if (String(portalId) === pagePortalId) return;
  throw new SelectionRefused(text('selection.pagePortalMismatch', { pagePortal: pagePortalId, tokenPortal: String(portalId) }));
}

/**
 * The URL of the page a content-script message comes from, as the browser vouches for it. HubSpot
 * is a single-page app, and Chromium's `sender.url` stays the URL the document was LOADED with
 * after `history.pushState` (seen in tests/e2e/hostile-page.spec.ts): after in-app navigation from
 * the contacts table to a deals board it would still name contacts, and deal IDs would be staged
 * as contacts. For the top frame the tab's URL is the current one (browsers update it on
 * same-document navigation); frames keep `sender.url`.
 */
export function senderPageUrl(sender: Runtime.MessageSender): string {
  if (sender.frameId === 0 && typeof sender.tab?.url === 'string') return sender.tab.url;
  return sender.url ?? '';
}

export type SelectablePage = HubSpotPage & { kind: 'table' | 'board' | 'list' };

/**
 * The table, board or list page a selection message comes from (senderPageUrl), refused for any
 * other page, and for "Remove from list…" anywhere but a list page.
 */
export function selectablePage(sender: Runtime.MessageSender, intent?: StageIntent): SelectablePage {
  const page = parseHubSpotPage(senderPageUrl(sender));
  if (!page || (page.kind !== 'table' && page.kind !== 'board' && page.kind !== 'list')) {
    throw new SelectionRefused(text('selection.notSelectablePage'));
  }
  if (intent === 'removeFromList' && page.kind !== 'list') throw new SelectionRefused(REMOVE_NEEDS_LIST);
  return page as SelectablePage;
}
