import { browser } from 'wxt/browser';
import type { OverlayStatus } from '@/lib/messaging/payloads/in-page';

/**
 * What the overlay last said about each tab, for the popup (components/popup/PageStatus.tsx: why
 * nothing shows on the page). The overlay reports only problems; a page that asks for its context
 * starts with none — its tab's earlier report is forgotten then — so a page where the overlay
 * works costs its tab no second message. Kept in storage.session: it outlives the service worker,
 * not the browser.
 */
const STATUS_KEY = 'overlayStatus';
/** Tabs remembered; the oldest reports are dropped beyond this. */
const MAX_TABS = 50;

/** Writes one at a time: each reads the whole map and writes it back, so two at once would lose one. */
let writes: Promise<unknown> = Promise.resolve();

export async function readOverlayStatuses(): Promise<Record<string, OverlayStatus>> {
  const stored = (await browser.storage.session.get(STATUS_KEY))[STATUS_KEY];
  return stored && typeof stored === 'object' ? { ...(stored as Record<string, OverlayStatus>) } : {};
}

function update(change: (all: Record<string, OverlayStatus>) => boolean): Promise<void> {
  const done = writes.then(async () => {
    const all = await readOverlayStatuses();
    if (!change(all)) return;
    const kept = Object.entries(all)
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(0, MAX_TABS);
    await browser.storage.session.set({ [STATUS_KEY]: Object.fromEntries(kept) });
  });
  writes = done.catch(() => undefined);
  return done;
}

export function recordOverlayStatus(tabId: number, status: OverlayStatus): Promise<void> {
  return update((all) => {
    all[String(tabId)] = status;
    return true;
  });
}

/** A new page in the tab: what the overlay said about the one before no longer holds. */
export function forgetOverlayStatus(tabId: number): Promise<void> {
  return update((all) => String(tabId) in all && delete all[String(tabId)]);
}
