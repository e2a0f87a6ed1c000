import { HUBSPOT_RESTORE_MATCHES } from '@/lib/hubspot/page/matches';
import { startRestoreOverlay } from '@/lib/overlay/restore/start-restore-overlay';

export default defineContentScript({
  matches: HUBSPOT_RESTORE_MATCHES,
  runAt: 'document_idle',
  // WXT's old-script hand-over by custom event only: its extra window.postMessage would reach
  // HubSpot's own message listeners and cost ~5 ms of the script's first evaluation here.
  noScriptStartedPostMessage: true,
  main: (ctx) => startRestoreOverlay(ctx),
});
