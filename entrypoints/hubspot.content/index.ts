import { HUBSPOT_CONTENT_MATCHES } from '@/lib/hubspot/page/matches';
import { loadOverlay } from '@/lib/overlay/load-overlay';
// Injected by the browser from the manifest, before the page first paints (page.css says why).
import './page.css';

/** What every HubSpot tab loads: the page styles and a few lines that import the overlay. */
export default defineContentScript({
  matches: HUBSPOT_CONTENT_MATCHES,
  runAt: 'document_idle',
  // As the overlay's own entry (hubspot-overlay.content): no postMessage into HubSpot's page.
  noScriptStartedPostMessage: true,
  main: () => loadOverlay(),
});
