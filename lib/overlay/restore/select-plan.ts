import { isCapped, pageSelectedCount } from '@/lib/hubspot/page/restore-page';
import type { NotShownReason, RestorePlan } from '@/lib/messaging/payloads/restore';
import { clearSearch, goToFirstPage, goToNextPage, useLargestPageSize, waitUntilIdle } from './page-steps';
import { tickPage } from './tick-page';

/**
 * Selects exactly the plan's records on HubSpot's restore page, as a person would: clear the
 * search, take the largest page size, start at page 1, bring each page in line with the plan
 * (tick-page.ts), next page until the last. Never presses Restore.
 */
export interface PlanSelection {
  /** Plan records now ticked on the page. */
  selected: string[];
  /** Plan records the page never showed, with why. */
  notShown: { recordId: string; reason: NotShownReason }[];
  /** Ticks crm-sweep removed from rows outside the plan. */
  unticked: number;
  /** Rows whose record ID could not be read for sure (no tick). */
  unreadable: number;
  /** The page's own "N selected" after the walk, when it shows one. */
  pageCount: number | null;
  pages: number;
}

export async function selectPlan(plan: RestorePlan, signal: AbortSignal, onPage?: (page: number) => void): Promise<PlanSelection> {
  const wanted = new Set(plan.recordIds);
  await waitUntilIdle(signal);
  await clearSearch(signal);
  await useLargestPageSize(signal);
  await goToFirstPage(signal);
  const seen = new Set<string>();
  let unticked = 0;
  let unreadable = 0;
  let pages = 0;
  do {
    pages++;
    onPage?.(pages);
    const outcome = tickPage(wanted);
    for (const id of outcome.seen) seen.add(id);
    unticked += outcome.unticked;
    unreadable += outcome.unreadable;
  } while (await goToNextPage(signal));
  // HubSpot shows the 10,000 most recently deleted: what it did not show is beyond its cap when
  // it says so, and otherwise not in this bin at all (restored meanwhile, or purged).
  const reason: NotShownReason = isCapped() ? 'overCap' : 'notOnPage';
  return {
    selected: plan.recordIds.filter((id) => seen.has(id)),
    notShown: plan.recordIds.filter((id) => !seen.has(id)).map((recordId) => ({ recordId, reason })),
    unticked,
    unreadable,
    pageCount: pageSelectedCount(),
    pages,
  };
}
