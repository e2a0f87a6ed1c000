import { batch, effect, signal as createSignal } from '@preact/signals-core';
import { findTable, readDisplayedTotal, readRow, ROW_SELECTOR, tableRows } from '@/lib/hubspot/page/table';
import { onCheckClick } from './check-clicks';
import type { CheckedItem } from './checkboxes';
import type { OverlayContext } from './context';
import { putBoxesOnDemand } from './box-demand';
import { matchesIn } from './mutations';
import { TableRowBoxes } from './table-row-boxes';
import { TablePageBox } from './table-page-box';
import { initTableSelectAll } from './table-select-all';

/** Rows added in one batch from which they are read as a table pass (a page of rows swapped). */
const TABLE_PASS_FROM = 16;

/**
 * Table view and list members (HUBSPOT.md §1): a checkbox per row named "Select <record name>",
 * a "select page" checkbox in the name column's header, and once the whole page is selected the
 * bar's "Select all N records" (table-select-all.ts). Until something is picked a row gets its
 * box when the pointer or the focus comes to it (box-demand.ts), as a board card does; the first
 * pick, or "select page", boxes every row, and while anything is picked the rows HubSpot swaps in
 * when paging are boxed as they arrive and show the model's state again.
 */
export function initTableRows(ctx: OverlayContext, signal: AbortSignal): void {
  const { model, page } = ctx;
  const scopeKey = page.kind === 'list' ? 'list' : 'view';
  const itemScopes = [scopeKey] as const;
  /** The records of the rows on the page now, refreshed after every decoration pass; none until
   * every row has its box (a partial list would make a page with one pick look wholly picked). */
  const pageItems = createSignal<readonly CheckedItem[]>([]);
  /** The rows on the page now that show a record, for the "select page" box's name. */
  const rowCount = createSignal(0);
  /** While anything is picked every row has its box (set by the effect below). */
  let everyRow = false;
  const total = createSignal(readDisplayedTotal());

  /** Set by refreshPage, cleared at the start of each mutation batch: one refresh per batch. */
  let refreshed = false;
  // Batched: the effects (the page box's, the bar's offer) run once, after the page box a
  // swapped header needs is in, not once per signal written and then again for the new box.
  const refreshPage = () =>
    batch(() => {
      refreshed = true;
      const current = findTable();
      const rows = current ? tableRows(current) : [];
      const items = rows.every((row) => rowBoxes.isDone(row)) ? rowBoxes.connectedItems() : null;
      pageItems.value = items ?? [];
      rowCount.value = items ? items.length : rowBoxes.countReadable(rows);
      const shown = readDisplayedTotal();
      if (shown?.count !== total.value?.count || shown?.noun !== total.value?.noun) total.value = shown;
      if (shown) model.updateShown(new Map([[scopeKey, shown.count]]));
      pageBox.ensure();
    });

  // "Select page" picks the page's records: every row is boxed first, in the click's task.
  const boxEveryRow = () => {
    const current = findTable();
    if (current) rowBoxes.decorateTableNow(current);
  };
  const pageBox = new TablePageBox({ model, pageItems, rowCount, total, boxEveryRow }, signal);
  const rowBoxes = new TableRowBoxes(ctx, signal, itemScopes, refreshPage);
  putBoxesOnDemand(
    ROW_SELECTOR,
    (row) => rowBoxes.isDone(row),
    (row) => rowBoxes.boxRow(row),
    signal,
  );
  const table = findTable();
  // Every row once anything is picked: on the next animation frame (ctx.inFrame: where HubSpot's
  // table has just appeared, that frame's callbacks run before it lays the table out, so its rows
  // and our boxes are laid out and painted once, and the pass stays out of the task that mounted
  // the table, see below).
  const disposeEveryRow = effect(() => {
    const picking = !model.isEmpty.value;
    const current = picking && !everyRow ? findTable() : null;
    everyRow = picking;
    if (current) rowBoxes.decorateTable(current);
  });
  refreshPage();
  /** Whether the page showed a table at the last look (a batch that added anything). */
  let tableShown = table !== null;
  ctx.mutations.subscribe(({ added, removedOurs }) => {
    refreshed = false;
    // Paging swaps the table, or all its rows: those are read through their name links as on
    // load (one query, and code that has run already), not row by row.
    const current = added.length > 0 ? findTable() : null;
    const mounted = current !== null && !tableShown;
    if (added.length > 0) tableShown = current !== null;
    if (mounted) {
      // HubSpot's table has just appeared where none was (its first render, after its data). The
      // task that mounted it is 30–50 ms of the page's own, and our code runs in it for the first
      // time in the tab (a pass over the rows: 4–7 ms, against 1–3 ms on a page change): run in
      // it, a pass could take that task over 50 ms. In the frame's animation callback it runs in
      // the task that lays the new table out and paints it (60–110 ms of the page's own, traced),
      // before that layout: what it adds is there at the first paint, and no task is long because
      // of it. With anything picked that pass boxes every row, and the page's state follows when
      // it is done (onDrained); else only the page box goes in now, its name in that frame.
      if (everyRow) rowBoxes.decorateTable(current, false);
      else {
        pageBox.ensure();
        requestAnimationFrame(() => signal.aborted || refreshPage());
      }
      return;
    }
    const swapped = current !== null && added.some((node) => node.contains(current));
    const rows = swapped ? [] : matchesIn(added, ROW_SELECTOR);
    if (!everyRow) rows.length = 0;
    else if (current && (swapped || rows.length >= TABLE_PASS_FROM)) {
      rowBoxes.decorateTable(current, true);
      rows.length = 0;
    }
    // React may drop our box when it re-renders a row: put it back in the same pass.
    for (const { from } of removedOurs) {
      const row = from instanceof Element ? from.closest(ROW_SELECTOR) : null;
      if (row?.isConnected) rows.push(row);
    }
    rowBoxes.add(rows, true);
    // A pass that drained just now has refreshed already (TableRowBoxes' onDrained).
    if ((added.length > 0 || removedOurs.length > 0) && !refreshed) refreshPage();
  });

  onCheckClick('row', signal, ({ item, range, keepAnchor }) => {
    const ordered = () => {
      const current = findTable();
      const records = current ? tableRows(current).map(readRow) : [];
      return records.flatMap((r) => (r ? [{ id: r.id, scopes: itemScopes }] : []));
    };
    if (range && model.anchor !== null && model.selectRange(ordered(), item.id)) return;
    model.toggle(item.id, item.scopes, { moveAnchor: !keepAnchor });
  });

  initTableSelectAll(ctx, signal, { scopeKey, pageItems, total });
  signal.addEventListener('abort', disposeEveryRow, { once: true });
}
