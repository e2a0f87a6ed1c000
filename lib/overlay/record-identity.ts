import { CARD_SELECTOR, readCardIdentity } from '@/lib/hubspot/page/board';
import { readRow, ROW_SELECTOR } from '@/lib/hubspot/page/table';
import { itemOf, removeBox } from './checkboxes';
import type { OverlayContext } from './context';
import { renderText, text } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';

/**
 * A record box remembers the record it was made for, but React reuses nodes: a row or card can be
 * re-drawn in place as another record (its `row-{id}`, `data-selenium-id`, link and name change,
 * our box stays), and a page script can rewrite the same attributes. So before a click on a box
 * counts, and before a selection is staged, the row or card is read again (the same readers as
 * decoration, every ID source must agree) and must still show the box's record. If it does not,
 * nothing is selected or staged, the stale box is taken out (the feature puts a fresh one back for
 * the record the node shows now, or none if it shows none readable) and the bar says why.
 */
const RECORD_BOXES = 'input[data-crmx-check="row"], input[data-crmx-check="card"]';

/** The record the row or card around `box` shows now; null when it cannot be read for sure. */
export function recordNowAt(box: Element): string | null {
  const row = box.closest(ROW_SELECTOR);
  if (row) return readRow(row)?.id ?? null;
  const card = box.closest(CARD_SELECTOR);
  return card ? (readCardIdentity(card)?.id ?? null) : null;
}

function isStale(box: Element): boolean {
  const item = itemOf(box);
  return item !== undefined && recordNowAt(box) !== item.id;
}

/** Record boxes on the page whose row or card now shows another record, or none readable. */
export function staleRecordBoxes(scope: ParentNode = document): HTMLInputElement[] {
  return [...scope.querySelectorAll<HTMLInputElement>(RECORD_BOXES)].filter(isStale);
}

const where = (box: Element) => (box.closest(CARD_SELECTOR) ? 'card' : 'row');

/**
 * A click on a box whose node shows another record selects nothing. Registered before the
 * features' own click handlers (same window, capture phase), so they never see that click.
 */
export function initRecordIdentityGuard(ctx: OverlayContext, signal: AbortSignal): void {
  window.addEventListener(
    'click',
    (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || !box.matches(RECORD_BOXES) || !isStale(box)) return;
      event.stopImmediatePropagation();
      event.preventDefault();
      const kind = where(box);
      removeBox(box); // the mutation feed re-decorates the node for the record it shows now
      ctx.bar.notice.value = {
        tone: 'error',
        text: t(kind === 'card' ? 'overlay.changedBeforeClick.card' : 'overlay.changedBeforeClick.row'),
      };
    },
    { capture: true, signal },
  );
}

/**
 * Before staging: true (and the bar explains) when a row or card changed to another record since
 * its box was made. Picks of those records are dropped — the user no longer sees them ticked.
 */
export function refuseChangedRecords(ctx: OverlayContext): boolean {
  const stale = staleRecordBoxes();
  if (stale.length === 0) return false;
  const unpick = stale.flatMap((box) => {
    const item = itemOf(box)!;
    return ctx.model.picked.value.has(item.id) ? [item] : [];
  });
  if (unpick.length > 0) ctx.model.set(unpick, false);
  const kind = where(stale[0]!);
  stale.forEach(removeBox);
  const what = text(kind === 'card' ? 'overlay.changed.card' : 'overlay.changed.row', { count: stale.length });
  ctx.bar.notice.value = {
    tone: 'error',
    text: renderText(
      unpick.length > 0
        ? text('overlay.changedUnticked', { count: unpick.length, what })
        : text('overlay.changedNothingSelected', { what }),
    ),
  };
  return true;
}
