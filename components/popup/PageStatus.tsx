import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { showText } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { request } from '@/lib/messaging/client';
import type { OverlayStatus } from '@/lib/messaging/payloads/in-page';

/**
 * Why the overlay is not on the page the user is looking at: the content script stays out of a
 * page whose DOM does not match selectors.ts and reports it, and this is where the user hears it.
 * Silent when the overlay works, when the tab is not HubSpot, or when the status is for an earlier
 * URL of the tab.
 */
export function PageStatus() {
  const status = useSignal<OverlayStatus | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) return;
      const found = await request('overlay/status', { tabId: tab.id });
      // tab.url is visible for HubSpot hosts (host permission); a stale report names another URL.
      if (live && found && (!tab.url || tab.url === found.url)) status.value = found;
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const current = status.value;
  if (!current) return null;
  return (
    <p class="notice notice-warn" role="status">
      {current.state === 'unavailable'
        ? t('page.unavailable', { reason: showText({ text: current.reason }) })
        : current.state === 'notLoaded'
          ? t('page.notLoaded')
          : t('page.unsupported')}
    </p>
  );
}
