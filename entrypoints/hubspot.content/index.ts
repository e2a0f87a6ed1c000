// Only the words the overlay can show: the content script loads in every HubSpot tab (lib/i18n/catalogues.ts).
import '@/lib/i18n/in-page-catalogues';
import { HUBSPOT_CONTENT_MATCHES } from '@/lib/hubspot/page/matches';
import { startOverlay } from '@/lib/overlay/start';

export default defineContentScript({
  matches: HUBSPOT_CONTENT_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx),
});
