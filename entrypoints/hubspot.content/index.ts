import { HUBSPOT_CONTENT_MATCHES } from '@/lib/hubspot/page/matches';
import { startOverlay } from '@/lib/overlay/start';
// Injected by the browser from the manifest, before the page first paints (page.css says why).
import './page.css';

export default defineContentScript({
  matches: HUBSPOT_CONTENT_MATCHES,
  runAt: 'document_idle',
  // WXT's old-script hand-over by custom event only: its extra window.postMessage would reach
  // HubSpot's own message listeners and cost ~5 ms of the script's first evaluation here.
  noScriptStartedPostMessage: true,
  main: (ctx) => startOverlay(ctx),
});
