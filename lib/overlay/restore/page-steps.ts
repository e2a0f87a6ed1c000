import { isDisabled, isRestorePageBusy, restorePageSignature } from '@/lib/hubspot/page/restore-page';
import { queryFirst, RESTORE_SELECTORS } from '@/lib/hubspot/page/selectors';
import { text, TextError } from '@/lib/i18n/text';

/**
 * The steps a person takes on HubSpot's restore page — pick the page size, clear the search, go to
 * the first page, next page — each waiting until the page has drawn the result. Waiting watches the
 * DOM (checked at most once a frame), never a fixed delay: 100 pages must go as fast as the page.
 */

/** How long one page may take to draw before crm-sweep gives up (HubSpot's API can be slow). */
const PAGE_TIMEOUT_MS = 20_000;

/** The page did not draw what crm-sweep asked for in time (or the tab moved on). */
export class PageStalled extends TextError {
  constructor() {
    super(text('restore.pageStalled'));
  }
}

/**
 * Runs `act` and waits until the page is no longer busy and looks different from before. With
 * `mayStayTheSame` (a page-size change on a short bin), also accepts a page that was busy and
 * settled, or that never changed within a short while.
 */
export function actAndWait(act: () => void, signal: AbortSignal, mayStayTheSame = false): Promise<void> {
  const before = restorePageSignature();
  return new Promise((resolve, reject) => {
    let sawBusy = false;
    let frame = 0;
    const check = () => {
      frame = 0;
      const busy = isRestorePageBusy();
      sawBusy ||= busy;
      if (busy) return;
      if (restorePageSignature() !== before || (mayStayTheSame && sawBusy)) finish();
    };
    const observer = new MutationObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(check);
    });
    const finish = (error?: Error) => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => finish(new PageStalled());
    const timer = setTimeout(() => (mayStayTheSame ? finish() : finish(new PageStalled())), mayStayTheSame ? 3_000 : PAGE_TIMEOUT_MS);
    signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy', 'disabled'] });
    act();
    sawBusy ||= isRestorePageBusy();
    if (frame === 0) frame = requestAnimationFrame(check);
  });
}

/** Waits until the page has rows to read (first load). */
export function waitUntilIdle(signal: AbortSignal): Promise<void> {
  if (!isRestorePageBusy()) return Promise.resolve();
  return actAndWait(() => undefined, signal, true);
}

/** Picks the largest page size the menu offers (fewest pages to walk). */
export async function useLargestPageSize(signal: AbortSignal): Promise<void> {
  const menu = queryFirst<HTMLSelectElement>(document, RESTORE_SELECTORS.pageSize);
  if (!menu) return;
  const sizes = Array.from(menu.options, (o) => Number(o.value)).filter((n) => Number.isFinite(n));
  const largest = Math.max(...sizes);
  if (!Number.isFinite(largest) || Number(menu.value) === largest) return;
  await actAndWait(
    () => {
      menu.value = String(largest);
      menu.dispatchEvent(new Event('change', { bubbles: true }));
    },
    signal,
    true,
  );
}

/** Empties the page's search box so every record is listed. */
export async function clearSearch(signal: AbortSignal): Promise<void> {
  const box = queryFirst<HTMLInputElement>(document, RESTORE_SELECTORS.search);
  if (!box || box.value === '') return;
  await actAndWait(
    () => {
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    },
    signal,
    true,
  );
}

/** Back to page 1 with the page's own "Previous" button. */
export async function goToFirstPage(signal: AbortSignal): Promise<void> {
  for (let guard = 0; guard < 1_000; guard++) {
    const previous = queryFirst<HTMLButtonElement>(document, RESTORE_SELECTORS.previousPage);
    if (isDisabled(previous)) return;
    await actAndWait(() => previous!.click(), signal);
  }
}

/** The next page; false on the last one. */
export async function goToNextPage(signal: AbortSignal): Promise<boolean> {
  const next = queryFirst<HTMLButtonElement>(document, RESTORE_SELECTORS.nextPage);
  if (isDisabled(next)) return false;
  await actAndWait(() => next!.click(), signal);
  return true;
}
