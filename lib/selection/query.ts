import { RECORD_ID_PATTERN, UUID_PATTERN } from '@/lib/hubspot/ids';
import type { HubSpotPage } from '@/lib/hubspot/page/url';
import type { StageIntent } from '@/lib/db/rows';

/** What the user asked for on the page (the overlay names it without reaching into storage). */
export type { StageIntent };
import { arrayOf, bool, int, object, oneOf, optional, PayloadError, str, type Validator } from '@/lib/validate/validators';
import { text, type Text } from '@/lib/i18n/text';

/**
 * "All N in view" as a query the background resolves through HubSpot's API, never by scrolling
 * the page (DESIGN.md §3). Which portal, object, view, list and pipeline it applies to comes from
 * the sender's URL (vouched for by the browser); the payload only says which part of the page.
 *  - view: every record of the unfiltered `views/all` table (object listing);
 *  - list: every member of the list page's list (list memberships);
 *  - board: the selected columns of the board, each with its label and displayed count; every
 *    column is sent, so the background can tell which pipeline the board shows when the URL
 *    does not say (pipeline search, paging past the 10,000-result cap).
 */
export interface BoardColumnQuery {
  label: string;
  /** The column's count as HubSpot displays it; null when the page shows none that can be read
   * (then only the whole pipeline can be selected, counted by the API: see `totalFrom`). */
  shown: number | null;
  selected: boolean;
}

export type SelectionQuery = { kind: 'view' } | { kind: 'list' } | { kind: 'board'; columns: BoardColumnQuery[] };

export interface ResolveRequest {
  /** Chosen by the content script, so it can poll progress and cancel. */
  resolveId: string;
  query: SelectionQuery;
  /** What HubSpot displays for the query's part of the page; the resolved set must match it. */
  displayedTotal: number;
  /**
   * 'api' when the page shows no total for a set the API alone defines (whole pipeline, unfiltered
   * view, list): `displayedTotal` is then the count `selection/count` answered, shown to the user
   * as the API's, and the confirmation says HubSpot showed none. Absent: HubSpot displayed it.
   */
  totalFrom?: 'api';
  /** Records picked one by one outside the query, added to the result. */
  include: string[];
  /** Records unticked inside the query, taken out of the result. */
  exclude: string[];
  description: string;
  intent?: StageIntent;
  /** The signed-in HubSpot user the page shows, for the activity log. */
  actor?: string;
}

export const stageIntentValidator = optional(oneOf(['delete', 'removeFromList'] as const));

export interface ResolveReply {
  stagedId: string;
  count: number;
  /** How many records the query resolved to (equal to the displayed total, or it was refused). */
  resolved: number;
}

export interface ResolveProgress {
  resolved: number;
  expected: number;
}

const MAX_IDS = 200_000;
const MAX_TOTAL = 100_000_000;

const columnCount = int({ min: 0, max: MAX_TOTAL });
const column = object({
  label: str({ max: 200 }),
  shown: ((value, path) => (value === null ? null : columnCount(value, path))) as Validator<number | null>,
  selected: bool,
});

export const selectionQueryValidator: Validator<SelectionQuery> = (value, path) => {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind === 'view' || kind === 'list') return object({ kind: str() })(value, path) as SelectionQuery;
  if (kind === 'board') {
    const board = object({ kind: str(), columns: arrayOf(column, { min: 1, max: 100 }) })(value, path);
    return { kind: 'board', columns: board.columns };
  }
  throw new PayloadError(`${path}.kind`, 'expected view, list or board');
};

export const resolveRequestValidator: Validator<ResolveRequest> = object({
  resolveId: str({ pattern: UUID_PATTERN }),
  query: selectionQueryValidator,
  displayedTotal: int({ min: 1, max: MAX_TOTAL }),
  include: arrayOf(str({ max: 20, pattern: RECORD_ID_PATTERN }), { max: MAX_IDS }),
  exclude: arrayOf(str({ max: 20, pattern: RECORD_ID_PATTERN }), { max: MAX_IDS }),
  description: str({ max: 200 }),
  actor: optional(str({ max: 200 })),
  intent: stageIntentValidator,
  totalFrom: optional(oneOf(['api'] as const)),
});

/** `selection/count`: how many records the API finds for a set it alone defines. */
export interface CountRequest {
  query: SelectionQuery;
}
export const countRequestValidator: Validator<CountRequest> = object({ query: selectionQueryValidator });

export const progressRequestValidator = object({ resolveId: str({ pattern: UUID_PATTERN }), cancel: optional(bool) });

/**
 * Whether "select all" can be resolved on this page, and if not, why — as a Text for the user.
 * Saved views and board views other than `all` carry filters the public API cannot see, so the
 * API's set could differ from what the page shows: refuse rather than risk it.
 */
export function selectAllSupport(page: HubSpotPage, total?: { count: number; noun: string }): { ok: true } | { ok: false; reason: Text } {
  if (page.kind === 'list') return { ok: true };
  if (page.kind !== 'table' && page.kind !== 'board') return { ok: false, reason: text('selection.selectAllPagesOnly') };
  if (page.viewId === 'all') return { ok: true };
  if (page.kind === 'board') return { ok: false, reason: text('selection.filteredBoard') };
  // The noun is HubSpot's own word on the page ("contacts"), in HubSpot's language.
  const what = total
    ? text('selection.allOf', { count: total.count, noun: total.noun || text('overlay.records') })
    : text('selection.allRecords');
  return { ok: false, reason: text('selection.filteredTable', { what }) };
}
