import {
  agreedRecordId,
  anyOf,
  BOARD_SELECTORS,
  COUNT_SIGNALS,
  queryAll,
  queryFirst,
  readableText,
  RECORD_ID_SOURCES,
  recordIdFromHref,
} from './selectors';
import { readCount, splitTrailingCount } from './counts';

/**
 * HubSpot's pipeline board as the overlay reads it (HUBSPOT.md §6): stage columns with their names
 * and counts, and cards with their record IDs and names. Cards are rendered lazily and replaced on
 * every refresh, so nothing here is cached: callers read the nodes they are handed.
 */
export interface BoardColumnInfo {
  element: HTMLElement;
  /** The stage name as shown. */
  label: string;
  /** The column's displayed count; null when HubSpot shows none we can read. */
  shown: number | null;
  /** Where the column's name sits; our "select column" control goes in front of it. */
  nameElement: HTMLElement;
}

export const CARD_SELECTOR = anyOf(BOARD_SELECTORS.card);
export const COLUMN_SELECTOR = anyOf(BOARD_SELECTORS.column);
export const COLUMN_NAME_SELECTOR = anyOf(BOARD_SELECTORS.columnName);

export function boardColumns(scope: ParentNode = document): HTMLElement[] {
  return queryAll(scope, BOARD_SELECTORS.column);
}

/** The board's wrapper, else the parent of its first column; null when there is no board. */
export function findBoard(scope: ParentNode = document): HTMLElement | null {
  return queryFirst(scope, BOARD_SELECTORS.board) ?? boardColumns(scope)[0]?.parentElement ?? null;
}

/**
 * A column's stage name and count. The count comes from whichever signal the column uses
 * (COUNT_SIGNALS.columnCount); a count shown as a trailing number inside the name stays out of
 * the name ("Appointment scheduled 37" → "Appointment scheduled", 37), but only when it is the
 * column's count — "Stage <b>2</b>" beside a count of 37 keeps its whole name.
 */
export function readColumn(column: HTMLElement): BoardColumnInfo | null {
  const nameElement = queryFirst(column, BOARD_SELECTORS.columnName);
  const fullName = nameElement ? readableText(nameElement) : '';
  if (!nameElement || fullName === '') return null;
  const shown = readCount(column, COUNT_SIGNALS.columnCount)?.count ?? null;
  const trailing = shown === null ? null : splitTrailingCount(nameElement);
  const label = trailing && trailing.count === shown ? trailing.name : fullName;
  return { element: column, label, shown, nameElement };
}

/** A card's record ID, and the element that shows its title (the title link, else the title). */
export interface BoardCardIdentity {
  id: string;
  title: Element | null;
}

/**
 * A card's record, or null when it cannot be identified for sure. The wrapper's `data-selenium-id`
 * and the title link's `/record/{type}/{id}` must agree; without a link, the drag-and-drop ID is
 * the second opinion. A malformed or conflicting source means no checkbox rather than a wrong
 * record. (Cards are read 2,000 at a time on a board refresh, so only what is needed is read: the
 * title's text is not, see cardName.)
 */
export function readCardIdentity(card: Element): BoardCardIdentity | null {
  const link = queryFirst(card, BOARD_SELECTORS.cardLink);
  const fromLink = link ? recordIdFromHref(link.getAttribute('href')) : null;
  if (link && fromLink === null) return null;
  const draggable = link ? null : card.querySelector(`[${RECORD_ID_SOURCES.draggableAttribute}]`);
  const id = agreedRecordId([
    card.getAttribute(RECORD_ID_SOURCES.cardAttribute),
    fromLink,
    draggable?.getAttribute(RECORD_ID_SOURCES.draggableAttribute),
  ]);
  if (id === null) return null;
  // The title link is the title; only a card without one needs the title looked up.
  return { id, title: link ?? queryFirst(card, BOARD_SELECTORS.cardTitle) };
}

/** The card's name as its title shows it. */
export function cardName({ title }: BoardCardIdentity): string {
  // '' for a card without a readable title: the overlay words the fallback in the user's language.
  return title ? readableText(title) : '';
}

/** The column a card sits in (its element), or null for a card outside any column. */
export function columnOfCard(card: Element): HTMLElement | null {
  return card.closest<HTMLElement>(COLUMN_SELECTOR);
}

/** A column's rendered cards in display order, without the ones HubSpot hides (display: none). */
export function visibleCardsOf(column: ParentNode): HTMLElement[] {
  return queryAll(column, BOARD_SELECTORS.card).filter(isShown);
}

/** Hidden cards stay in the DOM with display: none (HUBSPOT.md §6); they are not "in view". */
export function isShown(element: HTMLElement): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (getComputedStyle(node).display === 'none') return false;
  }
  return true;
}
