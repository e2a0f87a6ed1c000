import {
  agreedRecordId,
  type Alternatives,
  anyOf,
  COUNT_SIGNALS,
  queryAll,
  queryList,
  queryFirst,
  readableText,
  RECORD_ID_SOURCES,
  recordIdFromHref,
  TABLE_SELECTORS,
} from './selectors';
import { type DisplayedCount, readCount } from './counts';

/**
 * HubSpot's index table as the overlay reads it (table view and list members, HUBSPOT.md §6):
 * the table, its rows with their record IDs and names, and the total HubSpot displays. Pure DOM
 * reads — nothing here changes the page.
 */
/** A row's record: read from the record link in its name cell, else (no link) from the row alone. */
export type TableRowRecord =
  | {
      id: string /** The record link: its text is the record's name; our checkbox goes in front of it. */;
      link: Element;
      nameCell?: undefined;
    }
  | { id: string; link: null /** No link: the cell's text is the name; our checkbox goes first in it. */; nameCell: HTMLElement };

export const ROW_SELECTOR = anyOf(TABLE_SELECTORS.row);

export function findTable(scope: ParentNode = document): HTMLElement | null {
  return queryFirst(scope, TABLE_SELECTORS.root);
}

/** Record rows in display order. */
export function tableRows(table: ParentNode): HTMLTableRowElement[] {
  return queryAll<HTMLTableRowElement>(table, TABLE_SELECTORS.row);
}

/**
 * A row's record, or null when its ID cannot be read for sure: `row-{id}` and the name link's
 * `/record/{type}/{id}` must agree when both are present.
 */
export function readRow(row: Element): TableRowRecord | null {
  // Two simple queries: in Chromium they beat one descendant selector (`td … a`) by far.
  const nameCell = queryFirst(row, TABLE_SELECTORS.nameCell);
  if (!nameCell) return null;
  const link = nameCell.querySelector(RECORD_ID_SOURCES.recordLink);
  if (link) {
    const id = linkedRowId(row, link);
    return id === null ? null : { id, link };
  }
  const id = agreedRecordId([rowTestId(row)]);
  return id === null ? null : { id, link: null, nameCell };
}

/** The record ID of a row whose first name-cell record link is `link` (see nameLinks), when both
 * sources agree. */
export function linkedRowId(row: Element, link: Element): string | null {
  return agreeingRowId(rowTestId(row), linkRecordId(link));
}

/** The ID in a record link's href. */
export function linkRecordId(link: Element): string | null {
  return recordIdFromHref(link.getAttribute('href'));
}

/** The row's record ID when its `row-{id}` and its name link's ID agree. */
export function agreeingRowId(fromTestId: string | null, fromLink: string | null): string | null {
  if (fromLink === null) return null;
  // The usual case, every row: both sources say the same, and the link's pattern already
  // admitted only a decimal ID (one comparison, no array).
  return fromTestId === fromLink ? fromLink : agreedRecordId([fromTestId, fromLink]);
}

/** The ID in the row's `row-{id}`. */
export function rowTestId(row: Element): string | null {
  const testId = row.getAttribute('data-test-id');
  return testId?.startsWith(RECORD_ID_SOURCES.rowTestIdPrefix) ? testId.slice(RECORD_ID_SOURCES.rowTestIdPrefix.length) : null;
}

/** Every record row's name-cell record links, in document order (a row's first link first). */
const NAME_LINKS: Alternatives = TABLE_SELECTORS.row.flatMap((row) =>
  TABLE_SELECTORS.nameCell.map((cell) => `${row} > ${cell} ${RECORD_ID_SOURCES.recordLink}`),
);

/**
 * The name links of every record row in one query. Reading a whole table through them (link →
 * `closest` row) takes one query per table instead of two per row: from the content script's
 * world every query and every new element it returns is a crossing, and per-row queries were
 * a third of decorating 5,000 rows. Per row, this one selector is the slower one (see readRow).
 * The static list itself, not an array: its elements reach script as they are decorated, a
 * slice at a time, instead of all 5,000 at once.
 */
export function nameLinks(table: ParentNode): ArrayLike<Element> {
  return queryList<Element>(table, NAME_LINKS);
}

/** The same name links as one selector, for a page style rule (the overlay reserves room there). */
export const NAME_LINK_SELECTOR = anyOf(NAME_LINKS);

/** How many record rows the table has (no element is handed to script: cheap from any world). */
export function countRows(table: ParentNode): number {
  return queryList(table, TABLE_SELECTORS.row).length;
}

/**
 * The record's name as the name cell shows it, for "Select <name>". Read only when needed: it
 * takes as many DOM reads as the rest of the row, and finding a row's record on a click or a
 * shift-range needs none of it.
 */
export function rowName(record: TableRowRecord): string {
  // '' for a row without a readable name: the overlay words the fallback in the user's language.
  return readableText(record.link ?? record.nameCell);
}

/** The header cell of the name column, for the "select page" control. */
export function nameHeader(table: ParentNode): HTMLElement | null {
  return queryFirst(table, TABLE_SELECTORS.nameHeader);
}

/**
 * The total HubSpot displays for the table ("1,234 records" → { count: 1234, noun: 'records' }),
 * from whichever signal this page uses (COUNT_SIGNALS.tableTotal); null when none can be read.
 */
export function readDisplayedTotal(scope: ParentNode = document): DisplayedCount | null {
  return readCount(scope, COUNT_SIGNALS.tableTotal);
}
