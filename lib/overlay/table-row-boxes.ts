import {
  agreeingRowId,
  countRows,
  linkRecordId,
  nameLinks,
  rowTestId,
  readRow,
  rowName,
  ROW_SELECTOR,
  tableRows,
  type TableRowRecord,
} from '@/lib/hubspot/page/table';
import { BoxNamer, nameAsText, nameOrId } from './box-names';
import { createCheckbox, RecordCheckboxes, type CheckedItem } from './checkboxes';
import type { OverlayContext } from './context';
import { DecorationQueue } from './decoration-queue';

/** Row → its box, or UNREADABLE once the first pass found no record ID in it: one property of the
 * row's wrapper in our own world (cheaper than a WeakMap at 5,000 rows; one property, not two,
 * since each added to a wrapper can cost an allocation). */
const BOX = Symbol('crm-sweep row box');
const UNREADABLE = 'unreadable';
type Row = Element & { [BOX]?: HTMLInputElement | typeof UNREADABLE };

/**
 * Script time per frame for a table's rows. Whatever a frame adds to a table, Chromium lays out,
 * pre-paints and paints the whole table again after it (5,000 rows: 250–500 ms a frame, however
 * few rows changed; even with the box's room reserved so no column's width changes, hubspot.content/page.css).
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
    ctx: OverlayContext,
    signal: AbortSignal,
    private readonly scopes: readonly string[],
    onDrained: () => void,
  ) {
    this.boxes = new RecordCheckboxes('row', ctx.model, signal);
    this.namer = new BoxNamer(signal);
    const drained = () => {
      this.finishFirstPass();
      onDrained();
    };
    this.queue = new DecorationQueue(
      'table',
      (row) => this.decorateRow(row),
      signal,
      drained,
      Infinity,
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

  /** The records whose boxes are on the page now. */
  connectedItems(): CheckedItem[] {
    return this.boxes.connectedItems();
  }

  private decorateRow(row: Row): void {
    if (!hasBox(row)) this.putBox(row, readRow(row));
  }

  /**
   * The first pass over a chunk of name links, one kind of DOM call per loop: rows, IDs, boxes,
   * names, insertions. The same calls made row by row, reads and inserts interleaved, took about
   * a sixth more script time on the 5,000-row benchmark table (58 vs 50 ms, interleaved loads).
   */
  private decorateByLinks(links: readonly Element[]): void {
    const rows: (Row | null)[] = [];
    for (const link of links) {
      const row = link.closest(ROW_SELECTOR) as Row | null;
      // Already read: by this pass through its first link (the one readRow reads too), or by the
      // row-by-row path when HubSpot re-rendered it meanwhile (then the feed brings it back if needed).
      if (row === null || row[BOX] !== undefined) rows.push(null);
      else {
        row[BOX] = UNREADABLE; // until its box is in: a second link in the same row skips it
        rows.push(row);
      }
    }
    const fromLinks = links.map((link, i) => (rows[i] === null ? null : linkRecordId(link)));
    const fromRows = rows.map((row) => (row === null ? null : rowTestId(row)));
    const ids = fromLinks.map((fromLink, i) => agreeingRowId(fromRows[i] ?? null, fromLink));
    const boxes = ids.map((id) => (id === null ? null : createCheckbox('row')));
    boxes.forEach((box, i) => {
      if (box === null) return;
      this.boxes.track(box, { id: ids[i]!, scopes: this.scopes });
      if (!this.namer.name(box, links[i]!)) nameAsText(box, nameOrId(rowName({ id: ids[i]!, link: links[i]! }), ids[i]!));
    });
    boxes.forEach((box, i) => {
      if (box === null) return;
      links[i]!.before(box);
      rows[i]![BOX] = box;
    });
    if (this.firstPass) this.firstPass.reached += rows.filter((row) => row !== null).length;
  }

  private finishFirstPass(): void {
    const pass = this.firstPass;
    this.firstPass = null;
    if (pass && pass.reached < pass.rows && pass.table.isConnected) this.queue.add(tableRows(pass.table));
  }

  private putBox(row: Row, record: TableRowRecord | null): void {
    if (!record) {
      row[BOX] = UNREADABLE; // no checkbox rather than a wrong one
      return;
    }
    const box = this.boxes.create({ id: record.id, scopes: this.scopes });
    if (!this.namer.name(box, record.link ?? record.nameCell)) nameAsText(box, nameOrId(rowName(record), record.id));
    // One call each (ChildNode.before, not parentNode + insertBefore): see checkboxes.ts.
    if (record.link) record.link.before(box);
    else {
      // No link, so no room reserved for the box (hubspot.content/page.css): it takes its own.
      box.setAttribute('data-crmx-inline', '');
      if (record.nameCell.firstChild) record.nameCell.firstChild.before(box);
      else record.nameCell.append(box);
    }
    row[BOX] = box;
  }
}

function hasBox(row: Row): boolean {
  const box = row[BOX];
  return box !== undefined && box !== UNREADABLE && box.isConnected && row.contains(box);
}
