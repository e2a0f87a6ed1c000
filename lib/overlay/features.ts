import { boardColumns, readColumn } from '@/lib/hubspot/page/board';
import { objectTypeFacts } from '@/lib/hubspot/object-types';
import { findTable } from '@/lib/hubspot/page/table';
import { text, type Text } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { initActionBar } from './action-bar';
import { initBoardCards } from './board-cards';
import { initBoardColumns } from './board-columns';
import { isolateOurControls } from './checkboxes';
import { createContext, type OverlayContext, type OverlayFeature, type SelectablePage } from './context';
import { initKeyboard } from './keyboard';
import { initListActions } from './list-actions';
import { MutationFeed, OURS } from './mutations';
import { initPageStyle } from './page-style';
import { initRecordIdentityGuard } from './record-identity';
import { initTableRows } from './table-rows';
import { initUserInputGuard } from './user-input';

/**
 * Which features run on which page, and the check that the page's DOM is what selectors.ts
 * expects before any of them starts. One feature per module, each `init(ctx, signal)`; everything
 * they add goes away when the page's signal aborts.
 */
const FEATURES: Record<SelectablePage['kind'], OverlayFeature[]> = {
  table: [initPageStyle, initTableRows, initKeyboard, initActionBar],
  list: [initPageStyle, initTableRows, initListActions, initKeyboard, initActionBar],
  board: [initPageStyle, initBoardCards, initBoardColumns, initKeyboard, initActionBar],
};

/** HubSpot renders after its data arrives: give the page this long to show its table or board. */
const WAIT_FOR_DOM_MS = 10_000;

/** Null when the page has the DOM we need; otherwise why the overlay is unavailable (the popup words it). */
function domProblem(page: SelectablePage): Text | null {
  if (page.kind === 'board') {
    const columns = boardColumns();
    if (columns.length === 0) return text('overlay.noColumns');
    return columns.some((c) => readColumn(c) === null) ? text('overlay.noColumnNames') : null;
  }
  // A list's members are shown in the same index table as the table view (HUBSPOT.md §1, §6).
  const table = findTable();
  return table ? null : text('overlay.noTable');
}

export interface PageDom {
  /** Null when the page has the DOM we need; otherwise why the overlay is unavailable. */
  problem: Text | null;
  /** It matched after a change, before the browser laid that change out (in the mutation
   * callback of the task that made it, or in the next animation frame): the table or board has
   * just appeared and is not laid out yet. */
  appearedInFrame: boolean;
}

/**
 * Waits (watching the DOM) until the page matches or time runs out. It looks in the mutation
 * callback of the first change in a frame — that is, in the task in which HubSpot puts its table
 * or board in, so the overlay starts there and not in the frame that renders it, HubSpot's longest
 * (its table's style, layout and paint) — and once more in the next animation frame for changes
 * that came after that look in the same frame: at most two looks a frame on a busy page.
 */
export function waitForPageDom(page: SelectablePage, signal: AbortSignal, timeoutMs = WAIT_FOR_DOM_MS): Promise<PageDom> {
  return new Promise((resolve) => {
    if (domProblem(page) === null) return resolve({ problem: null, appearedInFrame: false });
    let frame = 0;
    let changedSinceLook = false;
    const finish = (problem: Text | null, appearedInFrame = false) => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve({ problem, appearedInFrame });
    };
    const look = () => {
      if (domProblem(page) === null) finish(null, true);
    };
    const observer = new MutationObserver(() => {
      if (frame !== 0) {
        changedSinceLook = true;
        return;
      }
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (changedSinceLook) {
          changedSinceLook = false;
          look();
        }
      });
      look();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => finish(domProblem(page)), timeoutMs);
    signal.addEventListener('abort', () => finish(text('overlay.pageChanged')), { once: true });
  });
}

/** `inFrame`: see OverlayContext.inFrame. */
export function startFeatures(page: SelectablePage, root: ShadowRoot, signal: AbortSignal, inFrame = false): OverlayContext {
  const ctx = createContext(page, root, new MutationFeed(document.body, signal), inFrame);
  if (page.kind === 'board') {
    // The plural form ("deals", "handler"), as the board's records are counted (boards: deals, tickets).
    const labelKey = (objectTypeFacts(page.objectTypeId)?.labelKey ?? 'object.0-3') as 'object.0-3' | 'object.0-5';
    ctx.bar.noun.value = t(labelKey, { count: 2 });
  }
  isolateOurControls(signal);
  initUserInputGuard(signal);
  initRecordIdentityGuard(ctx, signal); // before the features' click handlers: see record-identity.ts
  for (const init of FEATURES[page.kind]) init(ctx, signal);
  // A last sweep: whatever a feature added and did not take back itself.
  signal.addEventListener(
    'abort',
    () => {
      for (const node of document.querySelectorAll(`[${OURS}]`)) node.remove();
    },
    { once: true },
  );
  return ctx;
}
