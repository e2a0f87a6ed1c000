import { effect, type ReadonlySignal } from '@preact/signals-core';
import type { DisplayedCount } from '@/lib/hubspot/page/counts';
import { englishCount } from '@/lib/format/english-count';
import { renderText, text } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { selectAllSupport } from '@/lib/selection/query';
import { askApiCount } from './api-count';
import type { CheckedItem } from './checkboxes';
import type { OverlayContext } from './context';

export interface SelectAllState {
  scopeKey: 'view' | 'list';
  /** The records of the page's rows: none until every row has its box (table-rows.ts). */
  pageItems: ReadonlySignal<readonly CheckedItem[]>;
  /** The total as HubSpot displays it, if it does. */
  total: ReadonlySignal<DisplayedCount | null>;
}

/**
 * Once the whole page is picked, the bar offers "Select all N records" (N as HubSpot displays it);
 * a page that shows no total gets "Select all records in this view" (or "… members of this list"),
 * counted by the API when chosen (api-count.ts). Where the API cannot see what the page shows (a
 * filtered view), it is refused with the reason. `ctx.buildQuery` then describes the whole set for
 * the background to resolve.
 */
export function initTableSelectAll(ctx: OverlayContext, signal: AbortSignal, { scopeKey, pageItems, total }: SelectAllState): void {
  const { model, bar, page } = ctx;
  /** The API's count behind a "select all" chosen while the page showed no total. */
  let apiCount: number | null = null;

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
