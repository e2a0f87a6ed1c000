import { isRecordId, patternBody, RECORD_ID_PATTERN } from '@/lib/hubspot/ids';
import { OBJECT_TYPE_ID_PATTERN } from '@/lib/hubspot/object-types';
/**
 * Every assumption crm-sweep makes about HubSpot's DOM (HUBSPOT.md §6), as data. Each entry is a
 * list of alternatives, tried in order: the first that finds anything wins, so two variants are
 * never mixed on one page. HubSpot renders with hashed, per-deploy class names, so nothing here
 * selects by class. Sources: HubSpot's own `data-test-id`s as observed, variants seen in other
 * extensions' selectors, and the sandbox pages (tests/sandbox/ui) that keep the same contract.
 * tests/unit/overlay/selectors.test.ts runs every entry against the saved pages in tests/fixtures.
 * When an entry finds nothing the overlay says "unavailable on this page" — it never guesses.
 */
export type Alternatives = readonly string[];

export const TABLE_SELECTORS = {
  /** The index table (table view and list members). HubSpot's own first; the other two are
   * variants seen in other extensions (an older table component, and the ARIA grid form). */
  root: ['table[data-test-id="framework-data-table"]', '[data-test-id="crm-object-table"]', 'table[role="grid"]'],
  /** One record row: `data-test-id="row-{recordId}"`. */
  row: ['tr[data-test-id^="row-"]'],
  /** The name cell, first data column; our checkbox goes in front of the name. */
  nameCell: ['td[data-column-index="0"]'],
  /** Header of the name column; holds our "select page" checkbox. */
  nameHeader: ['th[data-column-index="0"]'],
} as const satisfies Record<string, Alternatives>;

export const BOARD_SELECTORS = {
  /** One stage column. */
  column: ['[data-test-id="cdb-column"]'],
  /** The stage name in a column's header. */
  columnName: ['[data-test-id="cdb-column-name"]'],
  /** The scrolling body that holds a column's cards (lazily rendered, virtualised). */
  columnBody: ['[data-test-id="cdb-column-body"]'],
  /** The element around every column; the "select all in pipeline" control goes above it.
   * Falls back to the first column's parent when HubSpot renders no such wrapper. */
  board: ['[data-test-id="cdb-board"]'],
  /** One card: the outermost wrapper, whose `data-selenium-id` is the record ID. Inside it sit the
   * drag-and-drop wrapper `[data-rbd-draggable-id]` → `cdb-card` → `cdbc-card` (the variant of §6). */
  card: ['[data-test-id="cdb-column-item"]'],
  /** The card's title (record name): the newer `cdbc-title`, else the title link itself. */
  cardTitle: ['[data-test-id="cdbc-title"]', '[data-test-id="board-card-section-title-link"]'],
  /** The title's link to the record (a second source of the ID); never another link on the card,
   * such as an associated company's. */
  cardLink: ['a[data-test-id="board-card-section-title-link"]', '[data-test-id="cdbc-title"] a[href*="/record/"]'],
} as const satisfies Record<string, Alternatives>;

/**
 * Where HubSpot shows a count, as data: it has shown the same number in several ways, so each
 * count is a list of signals tried in order (the first that yields a number wins). How each kind
 * is read (lib/hubspot/page/counts.ts), conservatively — a number that might not be a count is
 * never taken for one, the count is then "unreadable" and select-all falls back to the API's count
 * where the API alone defines the set (HUBSPOT.md §6 "Totals"):
 *  - `text`: an element whose whole readable text is the count: "1,234 records", "37";
 *  - `label`: an element whose `aria-label` ends in a count and a known noun after a comma, colon
 *    or parenthesis ("Appointment scheduled, 37 deals", "Contacts (1,234 records)"), for components
 *    that abbreviate or hide the visible number; a bare number or an unknown noun is not read;
 *  - `trailing`: the last node inside an element when it is a node of its own (an element or a
 *    separate text node, as React renders `{name} {count}`) holding only digits ("37", "1,204",
 *    "(37)"), after the name. One text node "Q3 2026" or "Stage 2" is a name, never a count;
 *  - `near`: a text-only element just above the anchor (the table), before it in the page, whose
 *    whole text is "N <noun>" with a known noun; two such texts with different numbers are
 *    ambiguous and read as none.
 * The alternatives below are as observed (`record-count`, `cdb-column-count`) and as seen in
 * HubSpot's older and ARIA-grid components (label, trailing number, plain text) — verify.
 */
export type CountSignal =
  | { read: 'text'; selector: string }
  | { read: 'label'; selector: string }
  | { read: 'trailing'; selector: string }
  | { read: 'near'; anchor: Alternatives };

/** Nouns a `label` or `near` count may carry, in HubSpot's English, Danish and Dutch UI (verify). */
export const COUNT_NOUNS: readonly string[] = [
  'record',
  'records',
  'contact',
  'contacts',
  'company',
  'companies',
  'deal',
  'deals',
  'ticket',
  'tickets',
  'item',
  'items',
  'member',
  'members',
  'post',
  'poster',
  'kontakt',
  'kontakter',
  'virksomhed',
  'virksomheder',
  'aftale',
  'aftaler',
  'contactpersoon',
  'contactpersonen',
  'bedrijf',
  'bedrijven',
  'leden',
  'lid',
];

export const COUNT_SIGNALS = {
  /** The table's total (table view, list members), read from the whole page. */
  tableTotal: [
    { read: 'text', selector: '[data-test-id="record-count"]' },
    {
      read: 'label',
      selector:
        'table[data-test-id="framework-data-table"][aria-label], [data-test-id="crm-object-table"][aria-label], table[role="grid"][aria-label]',
    },
    { read: 'near', anchor: TABLE_SELECTORS.root },
  ],
  /** A board column's card count, read within the column (the column itself included). */
  columnCount: [
    { read: 'text', selector: '[data-test-id="cdb-column-count"]' },
    { read: 'label', selector: '[data-test-id="cdb-column"][aria-label]' },
    { read: 'trailing', selector: '[data-test-id="cdb-column-name"]' },
  ],
} as const satisfies Record<string, readonly CountSignal[]>;

/**
 * The signed-in user as HubSpot's navigation header shows them (the account menu). Read only to
 * say in the activity log who picked the records; a page that shows neither stages no actor.
 * HubSpot's own `data-test-id`s first (as observed; unverified against every deploy), then the
 * account menu's ARIA form. The sandbox's header (tests/sandbox/ui/layout.ts) keeps the first.
 */
export const USER_SELECTORS = {
  name: [
    '[data-test-id="account-menu-user-name"]',
    '[data-test-id="navAccountMenu-userName"]',
    '[data-test-id="navAccountMenu"] [data-user-name]',
  ],
  email: [
    '[data-test-id="account-menu-user-email"]',
    '[data-test-id="navAccountMenu-userEmail"]',
    '[data-test-id="navAccountMenu"] [data-user-email]',
  ],
} as const satisfies Record<string, Alternatives>;

/**
 * HubSpot's restore page, /recycling-bin/{portal}/restore/{typeId} (HUBSPOT.md §7). HubSpot
 * documents what the page does (paging, search, checkboxes, Restore with a confirmation, the
 * 10,000 cap, a permission page) but not its markup: these are the shapes of the two components
 * it has used as kept by the sandbox (tests/sandbox/ui/restore-page.ts) — the current native table
 * first, then the older ARIA grid of divs with `role="checkbox"` spans. Unverified against every
 * deploy; a page that matches none of them leaves crm-sweep inert ("unavailable"), never guessing.
 */
export const RESTORE_SELECTORS = {
  /** The page that says the user lacks "Account access" + "Add and edit users". */
  noPermission: ['[data-test-id="restore-no-permission"]', '[data-test-id="recycling-bin-no-access"]'],
  /** The page's root; `aria-busy="true"` on it (or inside it) while it fetches rows. */
  root: ['[data-test-id="restore-page"]', '[data-test-id="recycling-bin"]'],
  /** The records' table or grid. */
  table: ['table[data-test-id="restore-table"]', '[role="grid"][data-test-id="recycle-bin-grid"]'],
  /** One record row: `row-{id}` on the table; `data-row-key="{id}"` on the grid. */
  row: ['tr[data-test-id^="row-"]', '[role="row"][data-row-key]'],
  /** A row's own select box (its value or `data-record-id` is the record ID: a second source). */
  rowCheckbox: ['input[type="checkbox"][data-row-check]', '[role="checkbox"][data-record-id]'],
  /** "Select all on this page" in the header. */
  pageCheckbox: ['input[type="checkbox"][data-test-id="restore-select-page"]', '[role="checkbox"][data-test-id="select-all-checkbox"]'],
  nextPage: ['button[aria-label="Next page"]'],
  previousPage: ['button[aria-label="Previous page"]'],
  /** Page-size menu; crm-sweep picks its largest option. */
  pageSize: ['select[aria-label="Records per page"]', 'select[data-test-id="page-size-select"]'],
  /** "Page 2 of 40": changes when a page has rendered. */
  pageStatus: ['[data-test-id="restore-page-status"]'],
  search: ['input[data-test-id="restore-search"]', '[role="toolbar"] input[type="search"]'],
  /**
   * HubSpot's own Restore button, which the user presses: its label is quoted in crm-sweep's words
   * ("press “Restore”"), since HubSpot's language can differ from crm-sweep's. None found: our word.
   */
  restoreButton: ['button[data-test-id="restore-button"]'],
  /** "N selected" beside Restore: the page's own count, checked against crm-sweep's. */
  selectedCount: ['[data-test-id="restore-selected-count"]'],
  /** "Showing the 10,000 most recently deleted of 12,345 …": present only when the page is capped. */
  capNotice: ['[data-test-id="restore-cap-notice"]'],
  /** The per-record result HubSpot shows once its Restore is done. */
  results: ['[data-test-id="restore-results"]', '[role="status"][aria-label="Restore results"]'],
} as const satisfies Record<string, Alternatives>;

/**
 * HubSpot's own floating controls that crm-sweep's action bar keeps clear of, with a margin, even
 * where they have no interactive element at the probed point (lib/overlay/bar-obstacles.ts). The
 * bar already avoids every interactive element it finds; these are the ones that appear or move
 * on their own. Bulk-action bar: a `data-test-id` of HubSpot's style (unverified), else any toolbar
 * holding HubSpot's bulk-action buttons (`data-selenium-test="bulk-action-…"`, as on its table).
 * Chat launcher: HubSpot's conversations widget container (its documented embed id), else the
 * launcher button or the widget's iframe (`#hubspot-conversations-iframe`, as HubSpot's embed names it).
 */
export const KEEP_CLEAR_SELECTORS = {
  bulkActionBar: ['[data-test-id="bulk-actions-bar"]', '[role="toolbar"]:has([data-selenium-test^="bulk-action-"])'],
  chatLauncher: ['#hubspot-messages-iframe-container', '[data-test-id="chat-widget-launcher"]', '#hubspot-conversations-iframe'],
} as const satisfies Record<string, Alternatives>;

/** Where a record ID can be read, each a second opinion on the others (all must agree). */
export const RECORD_ID_SOURCES = {
  /** Card: the outer wrapper's attribute. */
  cardAttribute: 'data-selenium-id',
  /** Card: react-beautiful-dnd's draggable ID, which HubSpot sets to the record ID. */
  draggableAttribute: 'data-rbd-draggable-id',
  /** Row: `data-test-id="row-{id}"`. */
  rowTestIdPrefix: 'row-',
  /** Restore page (grid variant): the row's key. */
  rowKeyAttribute: 'data-row-key',
  /** Restore page (grid variant): the row checkbox's record ID; the table variant uses its value. */
  checkboxRecordAttribute: 'data-record-id',
  /** Both: the record link's href ends in /record/{objectTypeId}/{recordId}. */
  recordLink: 'a[href*="/record/"]',
} as const;

// ---------------------------------------------------------------------------------------------
// Applying the data: small readers shared by table.ts, board.ts and list.ts.

const joined = new Map<Alternatives, string>();
const RECORD_HREF = new RegExp(`/record/${patternBody(OBJECT_TYPE_ID_PATTERN)}/(${patternBody(RECORD_ID_PATTERN)})/?(?:[?#].*)?$`);

/** The first alternative that matches anything under `scope`, and its matches. */
export function queryAll<E extends Element = HTMLElement>(scope: ParentNode, alternatives: Alternatives): E[] {
  return Array.from(queryList<E>(scope, alternatives));
}

/** queryAll's matches as the browser's static list: its elements reach script only when read. */
export function queryList<E extends Element = HTMLElement>(scope: ParentNode, alternatives: Alternatives): ArrayLike<E> {
  for (const selector of alternatives) {
    const found = scope.querySelectorAll<E>(selector);
    if (found.length > 0) return found;
  }
  return [];
}

export function queryFirst<E extends Element = HTMLElement>(scope: ParentNode, alternatives: Alternatives): E | null {
  for (const selector of alternatives) {
    const found = scope.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

/** One selector string for "any alternative": for `matches` and `closest`. */
export function anyOf(alternatives: Alternatives): string {
  let selector = joined.get(alternatives);
  if (selector === undefined) {
    selector = alternatives.join(', ');
    joined.set(alternatives, selector);
  }
  return selector;
}

/** A decimal record ID or null: IDs stay strings (they can exceed 2^53). */
export function asRecordId(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && isRecordId(trimmed) ? trimmed : null;
}

/** The record ID at the end of a /record/{type}/{id} link, or null. */
export function recordIdFromHref(href: string | null): string | null {
  return href ? (RECORD_HREF.exec(href)?.[1] ?? null) : null;
}

/**
 * One ID from several sources that must agree: null when none is present, any is malformed or two
 * disagree — a node we cannot identify for sure gets no checkbox at all.
 */
export function agreedRecordId(sources: ReadonlyArray<string | null | undefined>): string | null {
  // The usual case, every row: two sources with the same text, checked once.
  if (sources.length === 2 && sources[0] != null && sources[0] === sources[1]) return asRecordId(sources[0]);
  let agreed: string | null = null;
  for (const raw of sources) {
    if (raw === null || raw === undefined) continue;
    const id = asRecordId(raw);
    if (id === null || (agreed !== null && agreed !== id)) return null;
    agreed = id;
  }
  return agreed;
}

/**
 * The text a person reads: text nodes outside `aria-hidden` parts (avatars' initials) and outside
 * anything crm-sweep added, with whitespace collapsed.
 */
const HIDDEN = '[aria-hidden="true"], [data-crmx]';

export function readableText(element: Element): string {
  // Names are read for every row and card from the content script's world, where each DOM call
  // costs more than in the page: ask for the text and the hidden parts, walk only when needed.
  const full = element.textContent ?? '';
  // querySelector, not querySelectorAll + length: one crossing fewer for the common text-only name.
  const first = element.querySelector(HIDDEN);
  if (first === null) return collapse(full);
  // The usual case: the element opens with one decoration, such as an avatar's initials. (A
  // positional selector to find "any other hidden part" was tried: it made table decoration 5×
  // slower in Chromium, so the parts are counted instead.)
  if (first === element.firstChild && element.querySelectorAll(HIDDEN).length === 1)
    return collapse(full.slice((first.textContent ?? '').length));
  return collapse(textOutsideHidden(element));
}

/** The general case: a walk over the element's nodes, skipping hidden and crm-sweep subtrees. */
function textOutsideHidden(node: Node): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.getAttribute('aria-hidden') !== 'true' && !el.hasAttribute('data-crmx'))
        text += el.firstElementChild ? textOutsideHidden(el) : (el.textContent ?? '');
    }
  }
  return text;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A whole number as HubSpot groups it: "37", "1,204", "1.204", "1 204" (counts.ts reads it too). */
export const DISPLAYED_NUMBER = String.raw`\d{1,3}(?:[,.\u0020\u00a0\u202f'’]\d{3})+|\d+`;
const DISPLAYED_COUNT = new RegExp(`^\\s*(${DISPLAYED_NUMBER})(?:\\s+(\\S.*?))?\\s*$`);

/**
 * A displayed count such as "1,234 records", "1.234 contacts", "37" or "1 234 deals": the number
 * and the noun after it. Only whole numbers with grouping marks are read; anything abbreviated or
 * ambiguous ("1.2K", "about 40") is null, never a guess.
 */
export function parseDisplayedCount(text: string): { count: number; noun: string } | null {
  const m = DISPLAYED_COUNT.exec(text);
  if (!m) return null;
  const noun = m[2] ?? '';
  if (noun !== '' && !isCountNoun(noun)) return null;
  const count = Number(m[1]!.replace(/\D/g, ''));
  return Number.isSafeInteger(count) ? { count, noun } : null;
}

/** Latin letters (ASCII, Latin-1 and Latin Extended-A/B), spaces and hyphens, a letter first. */
const LATIN_NOUN = /^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f -]*$/;
let anyScriptNoun: RegExp | undefined;

/**
 * A count's noun: letters of any script, spaces and hyphens, a letter first ("records",
 * "kontaktpersoner", "件"). Latin words are checked without `\p{L}`: building that class's tables
 * costs ~0.3 ms, in the task that puts HubSpot's table in; other scripts build it when first seen.
 */
function isCountNoun(word: string): boolean {
  if (LATIN_NOUN.test(word)) return true;
  anyScriptNoun ??= /^\p{L}[\p{L} -]*$/u;
  return anyScriptNoun.test(word);
}
