import { boardColumns, readColumn } from '@/lib/hubspot/page/board';
import { findTable } from '@/lib/hubspot/page/table';
import { text, type Text } from '@/lib/i18n/text';
import type { SelectablePage } from './context';

/** HubSpot renders after its data arrives: give the page this long to show its table or board. */
const WAIT_FOR_DOM_MS = 10_000;

/** Null when the page has the DOM we need; otherwise why the overlay is unavailable (the popup words it). */
export function pageDomProblem(page: SelectablePage): Text | null {
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
 * Watches the DOM until the page matches or time runs out, then calls `settled` once — at once
 * when it matches now. It looks in the mutation callback of the first change in a frame — that is,
 * in the task in which HubSpot puts its table or board in, so the overlay starts there and not in
 * the frame that renders it, HubSpot's longest (its table's style, layout and paint) — and once
 * more in the next animation frame for changes that came after that look in the same frame: at
 * most two looks a frame on a busy page. `settled` runs inside that callback, not a promise's
 * microtask later: what it starts is then the content script's own call (traced as such, and
 * counted as ours by the overlay benchmark's long-task rule).
 */
export function watchPageDom(
  page: SelectablePage,
  signal: AbortSignal,
  settled: (dom: PageDom) => void,
  timeoutMs = WAIT_FOR_DOM_MS,
): void {
  if (pageDomProblem(page) === null) {
    settled({ problem: null, appearedInFrame: false });
    return;
  }
  let frame = 0;
  let changedSinceLook = false;
  const finish = (problem: Text | null, appearedInFrame = false) => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    signal.removeEventListener('abort', aborted);
    settled({ problem, appearedInFrame });
  };
  const look = () => {
    if (pageDomProblem(page) === null) finish(null, true);
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
  const timer = setTimeout(() => finish(pageDomProblem(page)), timeoutMs);
  const aborted = () => finish(text('overlay.pageChanged'));
  signal.addEventListener('abort', aborted, { once: true });
}
