import { countRows, nameLinks, readRow, rowName, tableRows, type TableRowRecord } from '@/lib/hubspot/page/table';
import { BoxNamer, nameAsText, nameOrId } from './box-names';
import { checkboxTemplate, RecordCheckboxes, type CheckedItem } from './checkboxes';
import type { OverlayContext } from './context';
import { DecorationQueue } from './decoration-queue';
import { type BoxedRow, boxRowsByLinks, hasRowBox, markRow, rowBox, UNREADABLE } from './row-box-pass';

/**
 * Script time per frame for a table's rows. Whatever a frame adds to a table, Chromium lays out,
 * pre-paints and paints the whole table again after it (5,000 rows: 250–500 ms a frame, however
 * few rows changed; even with the box's room reserved so no column's width changes, hubspot.content.css).
 * Slicing a table therefore buys no responsiveness — every frame it touches is long anyway — and
 * each extra slice costs another whole-table rendering: 8 ms slices made ~10 of them (layout
 * 1,600 ms with crm-sweep vs 700 ms without, tests/bench/README.md), 40 ms ones 2 (our frames 0.59
 * of the page's own rendering), one 0.4. So a table gets one slice unless our script alone would
 * run longer than this; a table HubSpot shows (≤ 100 rows) takes ~3 ms.
 */
const TABLE_BUDGET_MS = 250;

/**
 * The record checkboxes of a table's rows, put in a frame at a time (decoration-queue.ts): one in
 * front of each row's name link, named after it, for the record the row shows.
 *
 * A table's first pass reads its rows through their name links (table.ts nameLinks: one query for
 * the table, not two per row). A row whose name cell has no link is not reached that way, so when
 * fewer rows were reached than the table has, the rest are read row by row once the pass is done.
 * Rows HubSpot adds or re-renders later are read row by row.
 */
export class TableRowBoxes {
  private readonly boxes: RecordCheckboxes;
  private readonly namer: BoxNamer;
  private readonly queue: DecorationQueue;
  private firstPass: { table: Element; rows: number; reached: number } | null = null;

  constructor(
    private readonly ctx: OverlayContext,
    signal: AbortSignal,
    private readonly scopes: readonly string[],
    onDrained: () => void,
  ) {
    this.boxes = new RecordCheckboxes('row', ctx.model, signal);
    this.namer = new BoxNamer(signal);
    // Made now, as the features start, not in the first pass: on a table HubSpot renders after
    // the overlay started, that pass runs in the frame that first lays the table out and paints
    // it (60–110 ms of the page's own, table-rows.ts), and the first input element and span of
    // this script's world cost ~0.5–1 ms there (CPU profile of the load).
    checkboxTemplate('row');
    this.namer.restoreWord();
    const drained = () => {
      this.finishFirstPass();
      onDrained();
    };
    this.queue = new DecorationQueue(
      'table',
      (row) => this.decorateRow(row),
      signal,
      drained,
      (slice) => ctx.mutations.quietly(slice),
      TABLE_BUDGET_MS,
    );
  }

  /** Decorates every row of `table` not decorated yet, starting on the next frame (at once with
   * `inFrame`, see decoration-queue.ts). */
  decorateTable(table: Element, inFrame = false): void {
    const pass = { table, rows: 0, reached: 0 };
    this.firstPass = pass;
    this.queue.addFrom(
      () => {
        pass.rows = countRows(table);
        return nameLinks(table);
      },
      (links) => this.decorateByLinks(links),
      inFrame,
    );
  }

  /** Rows HubSpot added or re-rendered (`inFrame`: see decoration-queue.ts add); also puts
   * back the word every box refers to if a re-render took it. */
  add(rows: Iterable<Element>, inFrame: boolean): void {
    this.namer.restoreWord();
    this.queue.add(rows, inFrame);
  }

  /** Boxes every row of `table` now, in this task (a "select page" click needs the page's
   * records). */
  decorateTableNow(table: Element): void {
    this.decorateTable(table);
    this.queue.flush(); // with the rows the links did not reach, queued as the first pass drained
  }

  /** Puts `row`'s box in now (box-demand.ts: someone came for it); returns it, or null when the
   * row shows no record. */
  boxRow(row: BoxedRow): HTMLInputElement | null {
    this.ctx.mutations.quietly(() => this.decorateRow(row));
    return hasRowBox(row) ? (rowBox(row) as HTMLInputElement) : null;
  }

  /** Whether `row` has its box, or was read and shows no record: nothing to put in on demand. */
  isDone(row: BoxedRow): boolean {
    return hasRowBox(row) || rowBox(row) === UNREADABLE;
  }

  /** How many of `rows` show a record (have a box, or would get one): "select page" is named
   * after that count. */
  countReadable(rows: readonly BoxedRow[]): number {
    let count = 0;
    for (const row of rows) if (hasRowBox(row) || (rowBox(row) !== UNREADABLE && readRow(row) !== null)) count++;
    return count;
  }

  /** The records whose boxes are on the page now. */
  connectedItems(): CheckedItem[] {
    return this.boxes.connectedItems();
  }

  private decorateRow(row: BoxedRow): void {
    if (!hasRowBox(row)) this.putBox(row, readRow(row));
  }

  /** The first pass over a chunk of name links (row-box-pass.ts). */
  private decorateByLinks(links: readonly Element[]): void {
    const reached = boxRowsByLinks(links, (box, id, link) => {
      this.boxes.track(box, { id, scopes: this.scopes });
      if (!this.namer.name(box, link)) nameAsText(box, nameOrId(rowName({ id, link }), id));
    });
    if (this.firstPass) this.firstPass.reached += reached;
  }

  private finishFirstPass(): void {
    const pass = this.firstPass;
    this.firstPass = null;
    if (pass && pass.reached < pass.rows && pass.table.isConnected) this.queue.add(tableRows(pass.table));
  }

  private putBox(row: BoxedRow, record: TableRowRecord | null): void {
    if (!record) {
      markRow(row, UNREADABLE); // no checkbox rather than a wrong one
      return;
    }
    const box = this.boxes.create({ id: record.id, scopes: this.scopes });
    if (!this.namer.name(box, record.link ?? record.nameCell)) nameAsText(box, nameOrId(rowName(record), record.id));
    // One call each (ChildNode.before, not parentNode + insertBefore): see checkboxes.ts.
    if (record.link) record.link.before(box);
    else {
      // No link, so no room reserved for the box (hubspot.content.css): it takes its own.
      box.setAttribute('data-crmx-inline', '');
      if (record.nameCell.firstChild) record.nameCell.firstChild.before(box);
      else record.nameCell.append(box);
    }
    markRow(row, box);
  }
}
