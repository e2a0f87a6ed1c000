import { request } from '@/lib/messaging/client';
import type { OverlayContext } from './context';

/**
 * A list page's extra action (HUBSPOT.md §1): on manual and snapshot lists the bar offers
 * "Remove from list…" beside "Delete records…" — the records stay in the CRM. Active (dynamic)
 * lists re-evaluate their members by themselves, so they get no such button. What kind of list
 * it is comes from the lists API through the background, not from the page.
 */
export function initListActions(ctx: OverlayContext, signal: AbortSignal): void {
  if (ctx.page.kind !== 'list') return;
  request('page/list-info', {}).then(
    (list) => {
      if (!signal.aborted) ctx.bar.removeFromList.value = list.processingType === 'MANUAL' || list.processingType === 'SNAPSHOT';
    },
    // Without a token (or when HubSpot refuses) only "Delete records…" is offered; the bar says
    // why when the user gets that far.
    (error: unknown) => console.debug('[crm-sweep] list details unavailable:', error),
  );
  signal.addEventListener('abort', () => (ctx.bar.removeFromList.value = false), { once: true });
}
