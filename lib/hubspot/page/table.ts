import {
  agreedRecordId,
  anyOf,
  parseDisplayedCount,
  queryAll,
  queryFirst,
  readableText,
  RECORD_ID_SOURCES,
  recordIdFromHref,
  TABLE_SELECTORS,
} from './selectors';

/**
 * HubSpot's index table as the overlay reads it (table view and list members, HUBSPOT.md §6):
 * the table, its rows with their record IDs and names, and the total HubSpot displays. Pure DOM
 * reads — nothing here changes the page.
 */
export interface TableRowRecord {
  id: string;
  /** The record link in the name cell, when there is one: its text is the record's name. */
  link: Element | null;
  /** Where our checkbox goes: in front of this node (the name link, else the cell's content). */
  before: ChildNode | null;
  nameCell: HTMLElement;
}

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
  const testId = row.getAttribute('data-test-id');
  const fromTestId = testId?.startsWith(RECORD_ID_SOURCES.rowTestIdPrefix) ? testId.slice(RECORD_ID_SOURCES.rowTestIdPrefix.length) : null;
  // Two simple queries: in Chromium they beat one descendant selector (`td … a`) by far.
  const nameCell = queryFirst(row, TABLE_SELECTORS.nameCell);
  if (!nameCell) return null;
  const link = nameCell.querySelector(RECORD_ID_SOURCES.recordLink);
  const fromLink = link ? recordIdFromHref(link.getAttribute('href')) : null;
  if (link && fromLink === null) return null;
  const id = agreedRecordId([fromTestId, fromLink]);
  if (id === null) return null;
  return { id, link, nameCell, before: link ?? nameCell.firstChild };
}

/**
 * The record's name as the name cell shows it, for "Select <name>". Read only when needed: it
 * takes as many DOM reads as the rest of the row, and finding a row's record on a click or a
 * shift-range needs none of it.
 */
export function rowName(record: TableRowRecord): string {
  return readableText(record.link ?? record.nameCell) || `record ${record.id}`;
}

/** The header cell of the name column, for the "select page" control. */
export function nameHeader(table: ParentNode): HTMLElement | null {
  return queryFirst(table, TABLE_SELECTORS.nameHeader);
}

/** "1,234 records" above the table → { count: 1234, noun: 'records' }; null when not readable. */
export function readDisplayedTotal(scope: ParentNode = document): { count: number; noun: string } | null {
  const element = queryFirst(scope, TABLE_SELECTORS.total);
  return element ? parseDisplayedCount(readableText(element)) : null;
}
