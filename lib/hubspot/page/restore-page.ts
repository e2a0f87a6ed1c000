import {
  agreedRecordId,
  anyOf,
  parseDisplayedCount,
  queryAll,
  queryFirst,
  RECORD_ID_SOURCES,
  readableText,
  recordIdFromHref,
  RESTORE_SELECTORS,
} from './selectors';

/**
 * Reading HubSpot's restore page (RESTORE_SELECTORS): which page it is, its rows with their record
 * IDs, its checkboxes and its pager. Pure DOM reading; lib/overlay/restore drives it.
 */
export type RestorePageShape = { kind: 'noPermission' } | { kind: 'records'; root: Element } | null;

export function restorePageShape(doc: ParentNode = document): RestorePageShape {
  if (queryFirst(doc, RESTORE_SELECTORS.noPermission)) return { kind: 'noPermission' };
  const root = queryFirst(doc, RESTORE_SELECTORS.root);
  return root ? { kind: 'records', root } : null;
}

export interface RestoreRow {
  row: Element;
  box: HTMLElement;
  /** Null unless two sources agree: the row's own ID and its checkbox's (and a record link, if any). */
  id: string | null;
}

/** A row's ID from the row (`row-{id}` / `data-row-key`). */
function rowOwnId(row: Element): string | null {
  const testId = row.getAttribute('data-test-id');
  if (testId?.startsWith(RECORD_ID_SOURCES.rowTestIdPrefix)) return testId.slice(RECORD_ID_SOURCES.rowTestIdPrefix.length);
  return row.getAttribute(RECORD_ID_SOURCES.rowKeyAttribute);
}

/** The checkbox's ID: a native box's value, else its `data-record-id`. */
function boxId(box: HTMLElement): string | null {
  if (box instanceof HTMLInputElement) return box.value === '' || box.value === 'on' ? null : box.value;
  return box.getAttribute(RECORD_ID_SOURCES.checkboxRecordAttribute);
}

/** The rows the page shows now; a row without its own checkbox is left out. */
export function restoreRows(scope: ParentNode = document): RestoreRow[] {
  const table = queryFirst(scope, RESTORE_SELECTORS.table);
  if (!table) return [];
  const rows: RestoreRow[] = [];
  for (const row of queryAll(table, RESTORE_SELECTORS.row)) {
    const box = queryFirst<HTMLElement>(row, RESTORE_SELECTORS.rowCheckbox);
    if (!box) continue;
    const own = rowOwnId(row);
    const fromBox = boxId(box);
    const link = row.querySelector(RECORD_ID_SOURCES.recordLink)?.getAttribute('href');
    // A link that is there but names no record counts as a disagreeing source.
    const linkId = link ? (recordIdFromHref(link) ?? link) : undefined;
    // Two sources at least, all present ones equal: one missing source is as bad as a disagreement.
    const id = own !== null && fromBox !== null ? agreedRecordId([own, fromBox, linkId]) : null;
    rows.push({ row, box, id });
  }
  return rows;
}

/** Native checkbox or ARIA checkbox. */
export function isTicked(box: Element): boolean {
  return box instanceof HTMLInputElement ? box.checked : box.getAttribute('aria-checked') === 'true';
}

/** True while the page fetches or draws rows. */
export function isRestorePageBusy(doc: ParentNode = document): boolean {
  const root = queryFirst(doc, RESTORE_SELECTORS.root);
  return root !== null && (root.getAttribute('aria-busy') === 'true' || root.querySelector('[aria-busy="true"]') !== null);
}

/** What changes when another page of rows is drawn: the pager's text and the rows' identities. */
export function restorePageSignature(doc: ParentNode = document): string {
  const status = queryFirst(doc, RESTORE_SELECTORS.pageStatus)?.textContent ?? '';
  const rows = restoreRows(doc);
  return `${status}|${rows.length}|${rows[0]?.id ?? ''}|${rows.at(-1)?.id ?? ''}`;
}

export function isDisabled(button: Element | null): boolean {
  return button === null || (button as HTMLButtonElement).disabled === true || button.getAttribute('aria-disabled') === 'true';
}

/** The page says it shows only part of the bin (HubSpot's 10,000 cap). */
export function isCapped(doc: ParentNode = document): boolean {
  return queryFirst(doc, RESTORE_SELECTORS.capNotice) !== null;
}

/** The page's own "N selected", or null when it shows none we can read. */
export function pageSelectedCount(doc: ParentNode = document): number | null {
  const element = queryFirst(doc, RESTORE_SELECTORS.selectedCount);
  return element ? (parseDisplayedCount(readableText(element))?.count ?? null) : null;
}

export function restoreResults(doc: ParentNode = document): Element | null {
  return queryFirst(doc, RESTORE_SELECTORS.results);
}

export const RESTORE_RESULTS_SELECTOR = anyOf(RESTORE_SELECTORS.results);

/** Longer than this and it is not a button's word: crm-sweep names the button in its own words. */
export const RESTORE_BUTTON_LABEL_MAX = 40;
/** A label is printable text on one line: no control or format characters (no bidi overrides). */
export const BUTTON_LABEL_PATTERN = /^[^\p{Cc}\p{Cf}]+$/u;

/**
 * The visible label of HubSpot's Restore button, in HubSpot's language (which can differ from
 * crm-sweep's), or null when the page shows no such button or its label is empty, too long or not
 * plain text (what the background would refuse in a report: BUTTON_LABEL_PATTERN).
 */
export function restoreButtonLabel(doc: ParentNode = document): string | null {
  const button = queryFirst(doc, RESTORE_SELECTORS.restoreButton);
  const label = button ? readableText(button) : '';
  return label.length <= RESTORE_BUTTON_LABEL_MAX && BUTTON_LABEL_PATTERN.test(label) ? label : null;
}
