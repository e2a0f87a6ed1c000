import type { Text } from '@/lib/i18n/text';

/**
 * Exact undo through HubSpot's restore page (issue 19, DESIGN.md §6). The popup opens a restore
 * session for a delete job (`restore/open`); the content script on HubSpot's restore page asks for
 * the session's plan (`restore/plan`: the only IDs it may tick), ticks them, and reports what it did
 * (`restore/report`); after HubSpot's Restore, `restore/verify` (or the page's 'restored' report)
 * starts the verify-and-repair job. Made in lib/background, read by lib/overlay and the popup.
 */

/** Why one of the batch's records is not among those the page should tick. */
export type NotInBinReason = 'alreadyBack' | 'purged' | 'unreadable';
/** Why the page did not show a record the plan listed. */
export type NotShownReason = 'overCap' | 'notOnPage';

export interface RestorePlan {
  sessionId: string;
  jobId: string;
  portalId: string;
  objectTypeId: string;
  /** The job's records still in HubSpot's recycle bin (this round): the only IDs the page may tick. */
  recordIds: string[];
  /** All records the job removed (the "250" of "184 of this batch's 250 records"). */
  total: number;
  /** 1-based: a batch over the page's 10,000 cap is restored in rounds. */
  round: number;
  /** Rounds expected in all (ceil(in bin ÷ 10,000) when nobody else deletes meanwhile). */
  rounds: number;
}

export type RestorePageState = 'selected' | 'noPermission' | 'unavailable' | 'restored';

export interface RestorePageReport {
  sessionId: string;
  state: RestorePageState;
  /** How many of the plan's records the page now has ticked. */
  selected: number;
  /** Plan records the page could not show, and why (at most the plan's size). */
  notShown: { recordId: string; reason: NotShownReason }[];
  /** For 'unavailable': why (the page's DOM did not match selectors.ts). */
  reason?: Text;
  /** The visible label of HubSpot's Restore button, in HubSpot's language, when the page shows one. */
  buttonLabel?: string;
}

/** What the popup shows of a job's restore session. */
export interface RestoreSessionView {
  sessionId: string;
  jobId: string;
  round: number;
  rounds: number;
  inBin: number;
  total: number;
  /** Records of the job not in the bin when the session was opened, by reason. */
  notInBin: Record<NotInBinReason, number>;
  /** The page's last report, when it has reported. */
  report?: Omit<RestorePageReport, 'sessionId'> & { at: number };
  /** The verify-and-repair job started after HubSpot's restore, if any. */
  verifyJobId?: string;
  /** What verify-and-repair found so far, per record class (absent before the first verify). */
  outcome?: RestoreOutcomeCounts;
}

/** Per record class, after HubSpot's restore (issue 19 "Verify and repair"). */
export interface RestoreOutcomeCounts {
  /** Back with the same ID and nothing missing compared with the snapshot. */
  restoredExactly: number;
  /** Back with the same ID; crm-sweep re-added what HubSpot's restore left out (list memberships, associations). */
  repaired: number;
  /** Still in the bin or gone for good. */
  stillMissing: number;
  /** HubSpot refused to restore them: another active contact has the email. */
  refusedEmailInUse: number;
}

export type RestoreOpenReply =
  | { state: 'opened'; session: RestoreSessionView; url: string }
  /** The exact path does not apply (older than 90 days, GDPR delete, no record left in the bin, a
   * type without a bin): the popup shows why and offers re-create. */
  | { state: 'notApplicable'; reason: Text };
