import { HUBSPOT_CONTENT_MATCHES } from '@/lib/hubspot/page/matches';
import { startOverlay } from '@/lib/overlay/start';

export default defineContentScript({
  matches: HUBSPOT_CONTENT_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx),
});
