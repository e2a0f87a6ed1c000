import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterFirstPaint, firstPaintIsOver } from '@/lib/timing/first-paint';
import { isSelectablePage } from './context';
import { startFeatures, waitForPageDom } from './features';
import { mountOverlayHost } from './host';
import { reserveRowRoom } from './page-style';
import { onEachPage, reportOverlay } from './page-boot';

/**
 * Entry of the content script every HubSpot tab loads. On a table, board or list whose DOM matches
 * selectors.ts the overlay starts its features; when it does not match, nothing is added and the
 * background hears why (the popup can say so). HubSpot's restore page belongs to the restore
 * script (restore/start-restore-overlay.ts), which loads only there: it is left alone here.
 */
export function startOverlay(ctx: ContentScriptContext): void {
  onEachPage(ctx, async (context, signal) => {
    if (context.page.kind === 'recycleBin' || !isSelectablePage(context.page)) {
      reserveRowRoom(false);
      // HubSpot's restore page belongs to the restore script.
      return context.page.kind === 'recycleBin' ? undefined : reportOverlay('unsupported');
    }
    // Never in the frame that first paints the page: on a freshly loaded 2,000-card board that
    // frame is HubSpot's longest. Asked before waiting for the DOM, so that once the page has
    // painted, the features start where HubSpot's table or board appears, before its first layout.
    const painted = afterFirstPaint();
    const dom = await waitForPageDom(context.page, signal);
    if (signal.aborted) return;
    if (dom.problem !== null) {
      reserveRowRoom(false);
      return reportOverlay('unavailable', dom.problem);
    }
    reserveRowRoom(true);
    const inFrame = dom.appearedInFrame && firstPaintIsOver();
    await painted;
    if (signal.aborted) return;
    const root = mountOverlayHost(context.page.kind, signal);
    startFeatures(context.page, root, signal, inFrame);
    reportOverlay('ready');
  });
}
