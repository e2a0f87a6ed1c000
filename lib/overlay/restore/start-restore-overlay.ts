import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onEachPage, reportOverlay } from '../page-boot';
import { startRestorePage } from './start-restore';

/**
 * Entry of the content script on HubSpot's restore page (issue 19), a script of its own so that
 * the one every HubSpot tab loads does not carry it: crm-sweep opens that page itself, in a new
 * tab, so the page always loads afresh where this script's matches apply. It acts only for a
 * restore crm-sweep opened in this tab (start-restore.ts).
 */
export function startRestoreOverlay(ctx: ContentScriptContext): void {
  onEachPage(ctx, async (context, signal) => {
    if (context.page.kind !== 'recycleBin') return;
    if (!(await startRestorePage(signal)) && !signal.aborted) reportOverlay('unsupported');
  });
}
