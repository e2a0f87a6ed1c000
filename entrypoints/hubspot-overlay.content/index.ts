import { HUBSPOT_CONTENT_MATCHES } from '@/lib/hubspot/page/matches';
import { startOverlay } from '@/lib/overlay/start';

/**
 * The overlay itself. Not in the manifest's content scripts: hubspot-loader (every HubSpot tab
 * loads it) imports this file as a module, web-accessible to HubSpot's hosts only (wxt.config.ts),
 * so that the browser keeps its compiled code between loads (lib/overlay/load-overlay.ts says why).
 */
export default defineContentScript({
  matches: HUBSPOT_CONTENT_MATCHES,
  registration: 'runtime',
  // WXT's old-script hand-over by custom event only: its extra window.postMessage would reach
  // HubSpot's own message listeners and cost ~5 ms of the script's first evaluation here.
  noScriptStartedPostMessage: true,
  main: (ctx) => startOverlay(ctx),
});
