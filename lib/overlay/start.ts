import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterFirstPaint, firstPaintIsOver } from '@/lib/timing/first-paint';
import { isSelectablePage, type SelectablePage } from './context';
import { startFeatures } from './features';
import { type PageDom, pageDomProblem, watchPageDom } from './page-dom';
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
    const page = context.page;
    // Never in the frame that first paints the page: on a freshly loaded 2,000-card board that
    // frame is HubSpot's longest. Asked before waiting for the DOM, so that once the page has
    // painted, the features start where HubSpot's table or board appears, before its first layout.
    const painted = afterFirstPaint();
    const early = startsBeforeItsTable(page) ? await startEarly(page, painted, signal) : null;
    if (signal.aborted) return;
    watchPageDom(page, signal, (dom) => onPageDom(page, dom, early, painted, signal));
  });
}

/**
 * A table or list page whose table is not there yet: HubSpot renders it after its data arrives
 * (HUBSPOT.md §6). Their features box whatever table appears — as when paging swaps it — so they
 * start now, while the page waits for its data: their one-time set-up (the host, the bar, the
 * listeners, code run for the first time) is then not part of the task that puts the table in,
 * one of HubSpot's longest, and that task only gets the boxes. A board's features read the board
 * as they start (page-style.ts: its cards' layout), so a board waits for its columns.
 */
function startsBeforeItsTable(page: SelectablePage): boolean {
  return page.kind !== 'board' && pageDomProblem(page) !== null;
}

/** Starts the features before their table, on their own signal: the caller aborts it if the table
 * never comes. */
async function startEarly(page: SelectablePage, painted: Promise<void>, signal: AbortSignal): Promise<AbortController | null> {
  await painted;
  if (signal.aborted) return null;
  const started = new AbortController();
  signal.addEventListener('abort', () => started.abort(), { once: true });
  startFeatures(page, started.signal);
  return started;
}

/** The page's DOM matched (start the features, unless they started early) or never did. */
function onPageDom(page: SelectablePage, dom: PageDom, early: AbortController | null, painted: Promise<void>, signal: AbortSignal): void {
  if (signal.aborted) return;
  if (dom.problem !== null) {
    early?.abort();
    reserveRowRoom(false);
    reportOverlay('unavailable', dom.problem);
    return;
  }
  reserveRowRoom(true);
  // Working is the state the background assumes for a page that asked for its context
  // (background/overlay-status.ts): no message to say so.
  if (early !== null) return;
  const start = (inFrame: boolean) => startFeatures(page, signal, inFrame);
  if (firstPaintIsOver()) start(dom.appearedInFrame);
  else void painted.then(() => signal.aborted || start(false));
}
