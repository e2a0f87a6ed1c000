import { isTicked, restoreRows, type RestoreRow } from '@/lib/hubspot/page/restore-page';
import { queryFirst, RESTORE_SELECTORS } from '@/lib/hubspot/page/selectors';
import { text, TextError } from '@/lib/i18n/text';

/**
 * One page of HubSpot's restore page brought in line with the plan, with the page's own
 * checkboxes (so the page's own selection holds the records across pages):
 * - a row whose two ID sources agree on a plan ID gets ticked;
 * - every other ticked row is unticked — a row outside the plan, or one whose ID cannot be read
 *   for sure. The user opened this tab from crm-sweep to restore exactly one batch: a stale tick
 *   (theirs, or a page's) would make HubSpot's Restore bring back records outside it, and the
 *   panel says how many were unticked, so nothing happens unseen;
 * - names are never read.
 * The page may redraw every row after each click (React), so rows are read again whenever the
 * clicked box has left the document.
 */
export interface PageOutcome {
  /** Plan IDs the page showed with agreeing sources (ticked now). */
  seen: string[];
  /** Rows ticked before that are outside the plan or unidentifiable, unticked now. */
  unticked: number;
  /** Rows whose ID sources disagree or are missing: left alone (unticked). */
  unreadable: number;
}

/** What a row should be: ticked exactly when its agreed ID is in the plan. */
const wants = (row: RestoreRow, plan: ReadonlySet<string>) => row.id !== null && plan.has(row.id);

export function tickPage(plan: ReadonlySet<string>): PageOutcome {
  let rows = restoreRows();
  const seen = new Set<string>();
  let unreadable = 0;
  for (const row of rows) {
    if (row.id === null) unreadable++;
    else if (plan.has(row.id)) seen.add(row.id);
  }
  // A person with a full page of batch records and nothing ticked uses "select all on this page".
  if (rows.length > 1 && rows.every((r) => wants(r, plan) && !isTicked(r.box))) {
    queryFirst<HTMLElement>(document, RESTORE_SELECTORS.pageCheckbox)?.click();
    rows = restoreRows();
  }
  let unticked = 0;
  // Each pass clicks every row that is wrong; at most a few passes when the page redraws per click.
  for (let pass = 0; pass < rows.length + 2; pass++) {
    const wrong = rows.filter((r) => isTicked(r.box) !== wants(r, plan));
    if (wrong.length === 0) break;
    for (const row of wrong) {
      if (!row.box.isConnected) break;
      if (!wants(row, plan)) unticked++;
      row.box.click();
    }
    rows = restoreRows();
  }
  const stillWrong = rows.filter((r) => isTicked(r.box) !== wants(r, plan));
  if (stillWrong.length > 0) throw new PageRefusedTicks(stillWrong.length);
  return { seen: [...seen], unticked, unreadable };
}

/** The page did not take crm-sweep's clicks (its checkboxes do not behave as selectors.ts expects). */
export class PageRefusedTicks extends TextError {
  constructor(readonly rows: number) {
    super(text('restore.ticksRefused', { count: rows }));
  }
}
