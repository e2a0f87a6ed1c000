/**
 * DOM variants of the sandbox's pages, chosen by `?variant=` (DESIGN.md §8: HubSpot's UI has
 * changed over time, and crm-sweep must read every form it has shipped). Each variant keeps the
 * rest of the page identical, so an e2e can run the same selection on each. What they render is
 * what COUNT_SIGNALS and TABLE_SELECTORS in lib/hubspot/page/selectors.ts list as alternatives
 * (HUBSPOT.md §6); the saved fixtures tests/fixtures/variant-*.html show the same shapes.
 * An unknown or missing variant renders the current one.
 */
export const TABLE_VARIANTS = {
  /** `table[data-test-id="framework-data-table"]`, total in `[data-test-id="record-count"]`. */
  current: 'current',
  /** The older `[data-test-id="crm-object-table"]`, total as plain "60 records" text in the header strip. */
  'object-table': 'object-table',
  /** An ARIA grid (`table[role="grid"]`, no test ID), the exact total only in its `aria-label`. */
  grid: 'grid',
  /** No total anywhere (HubSpot's table while it counts): select-all falls back to the API's count. */
  'no-total': 'no-total',
} as const;
export type TableVariant = keyof typeof TABLE_VARIANTS;

export const BOARD_VARIANTS = {
  /** Stage name and `[data-test-id="cdb-column-count"]` side by side. */
  current: 'current',
  /** The count as a trailing element inside `cdb-column-name` ("Appointment Scheduled <span>7</span>"). */
  'count-in-name': 'count-in-name',
  /** The count only in the column's `aria-label` ("Appointment Scheduled, 7 deals"). */
  'aria-label': 'aria-label',
  /** No per-stage count at all: no column controls; the whole pipeline is counted by the API. */
  'no-count': 'no-count',
  /** The board of HUBSPOT.md §6's main contract: flat cards (`cdb-column-item` → the title link
   * `board-card-section-title-link`, no drag wrapper, no `cdbc-title`) and no `cdb-board` wrapper. */
  'flat-cards': 'flat-cards',
} as const;
export type BoardVariant = keyof typeof BOARD_VARIANTS;

function read<V extends string>(url: URL, known: Record<V, string>): V {
  const asked = url.searchParams.get('variant') ?? '';
  return (Object.hasOwn(known, asked) ? asked : 'current') as V;
}

export const tableVariant = (url: URL): TableVariant => read(url, TABLE_VARIANTS);
export const boardVariant = (url: URL): BoardVariant => read(url, BOARD_VARIANTS);

/** A link of the page that keeps its variant (paging, page size, pipeline menu). */
export function withVariant(href: string, variant: string): string {
  if (variant === 'current') return href;
  return `${href}${href.includes('?') ? '&' : '?'}variant=${encodeURIComponent(variant)}`;
}
