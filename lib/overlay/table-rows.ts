import { batch, effect, signal as createSignal } from '@preact/signals-core';
import { findTable, readDisplayedTotal, readRow, ROW_SELECTOR, tableRows } from '@/lib/hubspot/page/table';
import { selectAllSupport } from '@/lib/selection/query';
import { englishCount } from '@/lib/format/english-count';
import { renderText, text } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { onCheckClick } from './check-clicks';
import type { CheckedItem } from './checkboxes';
import type { OverlayContext } from './context';
import { matchesIn } from './mutations';
import { TableRowBoxes } from './table-row-boxes';
import { askApiCount } from './api-count';
import { TablePageBox } from './table-page-box';

/** Rows added in one batch from which they are read as a table pass (a page of rows swapped). */
const TABLE_PASS_FROM = 16;

/**
 * Table view and list members (HUBSPOT.md §1): a checkbox per row named "Select <record name>",
 * a "select page" checkbox in the name column's header, and once the whole page is selected the
 * bar offers "Select all N records" (N as HubSpot displays it). A page that shows no total gets
 * "Select all records in this view" (or "… members of this list"), counted by the API when
 * chosen (api-count.ts). Rows HubSpot swaps when paging are decorated as they arrive and show the
 * model's state again.
 */
export function initTableRows(ctx: OverlayContext, signal: AbortSignal): void {
  const { model, bar, page } = ctx;
  const scopeKey = page.kind === 'list' ? 'list' : 'view';
  const itemScopes = [scopeKey] as const;
  /** The records of the rows on the page now, refreshed after every decoration pass. */
  const pageItems = createSignal<readonly CheckedItem[]>([]);
  const total = createSignal(readDisplayedTotal());
  /** The API's count behind a "select all" chosen while the page showed no total. */
  let apiCount: number | null = null;

  /** Set by refreshPage, cleared at the start of each mutation batch: one refresh per batch. */
  let refreshed = false;
  // Batched: the effects (the page box's, the bar's offer) run once, after the page box a
  // swapped header needs is in, not once per signal written and then again for the new box.
  const refreshPage = () =>
    batch(() => {
      refreshed = true;
      pageItems.value = rowBoxes.connectedItems();
      const shown = readDisplayedTotal();
      if (shown?.count !== total.value?.count || shown?.noun !== total.value?.noun) total.value = shown;
      if (shown) model.updateShown(new Map([[scopeKey, shown.count]]));
      pageBox.ensure();
    });

  const selectAll = async () => {
    const shown = total.value;
    const support = selectAllSupport(page, shown ?? undefined);
    if (!support.ok) {
      bar.notice.value = { tone: 'error', text: renderText(support.reason) };
      return;
    }
    if (shown) {
      apiCount = null;
      // The label goes into the English description of the staged selection (describeSelection).
      const label = `all ${englishCount(shown.count)} ${shown.noun || 'records'}`;
      model.setScopes([{ key: scopeKey, kind: scopeKey, label, shown: shown.count }]);
      return;
    }
    const counted = await askApiCount(ctx, { kind: scopeKey }, t('overlay.records'), signal);
    if (counted === null || signal.aborted) return;
    apiCount = counted;
    model.setScopes([{ key: scopeKey, kind: scopeKey, label: `all ${englishCount(counted)} records`, shown: counted }]);
  };

  const pageBox = new TablePageBox(model, pageItems, total, signal);
  const rowBoxes = new TableRowBoxes(ctx, signal, itemScopes, refreshPage);
  const table = findTable();
  // On the next animation frame, also where HubSpot's table has just appeared (ctx.inFrame): that
  // frame's callbacks run before it lays the table out, so its rows and our boxes are still laid
  // out and painted once, and the pass stays out of the task that mounted the table (see below).
  if (table) rowBoxes.decorateTable(table);
  // Now, not once the rows are done: it lands in the same layout as the first rows' boxes.
  pageBox.ensure();
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
      // pass is this code's first run in the tab (4–7 ms, against 1–3 ms on a page change), and
      // the task that mounted the table is 30–50 ms of the page's own: run in it, the pass could
      // take that task over 50 ms. In the frame's animation callback it runs in the task that lays
      // the new table out and paints it (60–110 ms of the page's own, traced), before that layout:
      // the boxes are there at the first paint, and no task is long because of them. The page box
      // and the page's state follow when the pass is done (onDrained).
      rowBoxes.decorateTable(current, false);
      return;
    }
    const swapped = current !== null && added.some((node) => node.contains(current));
    const rows = swapped ? [] : matchesIn(added, ROW_SELECTOR);
    if (current && (swapped || rows.length >= TABLE_PASS_FROM)) {
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

  bar.noun.value = total.value?.noun || t('overlay.records');
  ctx.buildQuery = () => {
    const scope = model.scopes.value.find((s) => s.key === scopeKey);
    if (!scope) return { refused: text('overlay.nothingToResolve') };
    const support = selectAllSupport(page, total.value ?? undefined);
    if (!support.ok) return { refused: support.reason };
    if (!total.value && apiCount !== null) return { query: { kind: scopeKey }, displayedTotal: apiCount, totalFrom: 'api' };
    return { query: { kind: scopeKey }, displayedTotal: total.value?.count ?? scope.shown };
  };

  const dispose = effect(() => {
    const shown = total.value;
    bar.noun.value = shown?.noun || t('overlay.records');
    const rows = pageItems.value;
    const wholePage = rows.length > 0 && model.countSelected(rows) === rows.length;
    // Without a total the page may or may not show every record: the API's count will tell.
    const offer = wholePage && !model.hasScope(scopeKey) && (!shown || shown.count > rows.length);
    const label = shown
      ? t('overlay.selectAllOf', { count: shown.count, noun: shown.noun || t('overlay.records') })
      : t(page.kind === 'list' ? 'overlay.selectAllInList' : 'overlay.selectAllInView');
    bar.offer.value = offer ? { label, run: () => void selectAll() } : null;
  });
  signal.addEventListener(
    'abort',
    () => {
      dispose();
      bar.offer.value = null;
    },
    { once: true },
  );
}
