import { effect, signal as createSignal, type ReadonlySignal } from '@preact/signals-core';
import { findTable, nameHeader } from '@/lib/hubspot/page/table';
import type { DisplayedCount } from '@/lib/hubspot/page/counts';
import { t } from '@/lib/i18n/translate';
import type { SelectionModel } from '@/lib/selection/model';
import { onControlClick } from './check-clicks';
import { createCheckbox, type CheckedItem } from './checkboxes';

export interface PageBoxState {
  model: SelectionModel;
  /** The records of the page's rows: none until every row has its box (table-rows.ts). */
  pageItems: ReadonlySignal<readonly CheckedItem[]>;
  /** The rows on the page, for the box's name. */
  rowCount: ReadonlySignal<number>;
  total: ReadonlySignal<DisplayedCount | null>;
  /** Boxes every row now, so that `pageItems` holds the whole page (rows get theirs on demand). */
  boxEveryRow: () => void;
}

/**
 * The "select page" checkbox in the name column's header (table view and list members): checked
 * when every row on the page is picked, mixed when some are, named after the page's count
 * ("Select all 25 records on this page"). A click picks the page's rows, or unpicks them when all
 * were picked. Its state follows `pageItems`, `rowCount`, `total` and the model in one effect.
 */
export class TablePageBox {
  private box: HTMLInputElement | null = null;
  /** Bumped when a new box goes in: the effect then gives it its state (once per `batch`). */
  private readonly boxes = createSignal(0);

  constructor(
    private readonly state: PageBoxState,
    signal: AbortSignal,
  ) {
    const dispose = effect(() => this.sync());
    onControlClick('page', signal, () => {
      this.state.boxEveryRow();
      const rows = this.state.pageItems.value;
      const { model } = this.state;
      model.set(rows, model.countSelected(rows) !== rows.length);
      this.sync();
    });
    signal.addEventListener(
      'abort',
      () => {
        dispose();
        this.box?.remove();
      },
      { once: true },
    );
  }

  /**
   * Puts the box into the header if it is not there (a swapped table brings a new header). Its
   * state comes from the effect: inside the same `batch` as a write to `pageItems` (table-rows.ts
   * refreshPage), the effect runs once, after the new box is in.
   */
  ensure(): void {
    const table = findTable();
    const header = table && nameHeader(table);
    if (!header || (this.box?.isConnected && header.contains(this.box))) return;
    this.box?.remove();
    this.box = createCheckbox('page', t('overlay.selectPage'));
    header.prepend(this.box);
    this.boxes.value++;
  }

  private sync(): void {
    void this.boxes.value;
    const { pageItems, rowCount, total, model } = this.state;
    const rows = pageItems.value;
    const count = rowCount.value;
    const picked = model.countSelected(rows);
    const box = this.box;
    if (!box) return;
    const noun = total.value?.noun || t('overlay.records');
    box.setAttribute('aria-label', t('overlay.selectPageOf', { count, noun }));
    box.checked = rows.length > 0 && picked === rows.length;
    box.indeterminate = picked > 0 && picked < rows.length;
  }
}
