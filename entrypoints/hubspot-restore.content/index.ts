import { HUBSPOT_RESTORE_MATCHES } from '@/lib/hubspot/page/matches';
import { startRestoreOverlay } from '@/lib/overlay/restore/start-restore-overlay';

export default defineContentScript({
  matches: HUBSPOT_RESTORE_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => startRestoreOverlay(ctx),
});
