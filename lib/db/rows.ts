import type { Text } from '@/lib/i18n/text';

/**
 * Shapes of the rows kept in each table (DESIGN.md §7). Every HubSpot ID — record, portal, list —
 * is a decimal string: HubSpot IDs exceed 2^53, so a JavaScript number would silently round them.
 *
 * Text a person reads is kept twice where rows hold it: `text`, the catalogue reference a page words
 * in its reader's language, and `message`, English. Rows written before texts existed have only
 * `message`, and a `text` whose key a later version dropped is ignored: pages show `message` then
 * (showText in lib/i18n/text.ts). Neither is indexed, so adding `text` needed no migration.
 */

/** `restoreVerify` (issue 19): after HubSpot's restore, reads a delete job's records back and repairs what the restore left out. */
export type JobKind = 'delete' | 'gdprDelete' | 'removeFromList' | 'undo' | 'restoreVerify';
export type JobState = 'staged' | 'running' | 'paused' | 'done' | 'failed' | 'cancelled';
export type PauseCode = 'rateLimit' | 'dailyReserve' | 'auth' | 'scopes' | 'user' | 'network';

export interface PauseReason {
  code: PauseCode;
  message: string;
  text?: Text;
}

/** An error as the user will read it, with HubSpot's category and correlation ID for support. */
export interface StoredError {
  message: string;
  text?: Text;
  category?: string;
  correlationId?: string;
}

/** Where the user picked the records: shown in the popup and in the audit view. */
export interface SelectionSource {
  pageUrl: string;
  description: string;
}

export interface Job {
  id: string;
  kind: JobKind;
  portalId: string;
  /** '0-1' (contacts) … or '2-123' for a custom object. */
  objectTypeId: string;
  listId?: string;
  /** For an undo or restore-verify job: the delete job it undoes (or whose exact restore it verifies). */
  undoOf?: string;
  state: JobState;
  pauseReason?: PauseReason;
  error?: StoredError;
  /** Number of distinct records planned at creation; progress counts are derived from batches. */
  total: number;
  createdAt: number;
  updatedAt: number;
  startedAt?: number;
  finishedAt?: number;
  source?: SelectionSource;
  /** The staged selection this job was started from (v4, indexed): a second start names this job. */
  stagedId?: string;
  /** The signed-in HubSpot user the page showed when the records were picked, when it showed one. */
  actor?: string;
}

export type BatchState = 'pending' | 'snapshotted' | 'archiving' | 'archived' | 'verified' | 'failed';

export interface FailedRecord {
  id: string;
  message: string;
  text?: Text;
  /** HubSpot's category (e.g. VALIDATION_ERROR) when HubSpot refused it, else ours (ALREADY_GONE…). */
  category?: string;
  /** HubSpot's own message for this record, untranslated, as support may ask for it. */
  detail?: string;
  /** HubSpot may have done it after all (it could not be asked afterwards): undo checks it first. */
  uncertain?: boolean;
}

export interface Batch {
  jobId: string;
  seq: number;
  /** At most 100: HubSpot's batch endpoints take 100 inputs per call. */
  ids: string[];
  state: BatchState;
  /** How many times the archive request was sent (re-sends after a crash count too). */
  attempts: number;
  failedIds?: FailedRecord[];
  /**
   * Records done (counted done) of which HubSpot refused a part: an undo re-created the record but
   * not one of its associations or list memberships. Added later: older rows have none.
   */
  incomplete?: FailedRecord[];
  /**
   * Restore-verify only: records back with their ID of which crm-sweep re-added what HubSpot's
   * restore left out (list memberships, associations), each with what was re-added. Added later.
   */
  repaired?: FailedRecord[];
  /**
   * Restore-verify only: the repairs its step wrote ahead before sending them (list memberships and
   * associations, as keys of lib/jobs/restore-verify/repair-plan.ts), so that a run after a kill
   * can tell the dead run's repairs from what HubSpot restored. Added later.
   */
  repairPlan?: string[];
  /** Snapshot rows of this batch with parts that could not be read (see RecordSnapshot.gaps). */
  snapshotGaps?: SnapshotGapCounts;
  error?: StoredError;
  updatedAt: number;
}

/** How many of a batch's snapshot rows lack their associations (to some type) or their list memberships. */
export interface SnapshotGapCounts {
  associations: number;
  lists: number;
}

export interface SnapshotAssociationType {
  category: string;
  typeId: number;
  label: string | null;
}

export interface SnapshotAssociation {
  toObjectTypeId: string;
  toObjectId: string;
  types: SnapshotAssociationType[];
}

export interface SnapshotListMembership {
  listId: string;
  processingType: 'MANUAL' | 'SNAPSHOT';
}

/** Everything undo needs to re-create one record, captured before it was archived. */
export interface RecordSnapshot {
  jobId: string;
  recordId: string;
  seq: number;
  objectTypeId: string;
  properties: Record<string, string | null>;
  associations: SnapshotAssociation[];
  lists: SnapshotListMembership[];
  capturedAt: number;
  /**
   * Parts HubSpot could not read (a 207 error for this record), so `associations` or `lists` may be
   * short: undo cannot bring those back and says so. Absent on complete rows and on older rows.
   */
  gaps?: SnapshotGap[];
}

/** A part of a record's snapshot HubSpot would not read, with HubSpot's category and message. */
export interface SnapshotGap {
  part: 'associations' | 'lists';
  /** For associations: the type whose associations are missing. */
  toObjectTypeId?: string;
  category: string;
  message: string;
}

export interface IdMapping {
  /** The original delete job. */
  jobId: string;
  oldId: string;
  newId: string;
  objectTypeId: string;
  how: 'recreated' | 'restoredInHubSpot';
  at: number;
}

export interface AuditEntry {
  id: number;
  jobId: string;
  at: number;
  portalId: string;
  /** The signed-in HubSpot user the page showed when the records were picked (the job's `actor`). */
  actor?: string;
  /** e.g. 'delete.started', 'delete.finished', 'undo.finished', 'gdprDelete.finished', 'snapshots.purged'. */
  action: string;
  counts: Record<string, number>;
  /** Only for gdprDelete actions: the IDs, never names or emails (there is nothing else to undo from). */
  recordIds?: string[];
}

/** A selection from the content script, frozen and waiting for the user's confirmation. */
export interface StagedSelection {
  id: string;
  createdAt: number;
  expiresAt: number;
  portalId: string;
  objectTypeId: string;
  listId?: string;
  ids: string[];
  /** The total HubSpot displayed, kept to explain a mismatch with `ids.length`. */
  displayedTotal?: number;
  /** When the page showed no total: the API's count the user selected "all" by (issue 20). */
  apiCounted?: number;
  source: SelectionSource;
  /** What the user asked for on the page; the confirmation opens on it. Older rows: delete. */
  intent?: StageIntent;
  /** The signed-in HubSpot user the page showed, when it showed one (name or email, as displayed). */
  actor?: string;
}

/** Delete… or Remove from list… on the page (the popup may still offer the other modes). */
export type StageIntent = 'delete' | 'removeFromList';

/** What the per-portal rate governor must remember across service-worker restarts. */
export interface StoredGovernorState {
  portalId: string;
  notBefore: number;
  windowMs?: number;
  max?: number;
  dailyMax?: number;
  dailyRemaining?: number;
  dailyResetAt?: number;
}

/** What kind of HubSpot credential is saved: decides how its scopes are learnt (HUBSPOT.md §7). */
export type CredentialKind = 'serviceKey' | 'privateApp';

/**
 * The HubSpot credential (v4): a service key, or a legacy private-app token. It lives in the
 * extension origin's IndexedDB, which no content script or web page can open (storage.local can be
 * read by every content script). One row, id 'hubspot'.
 */
export interface StoredCredential {
  id: 'hubspot';
  token: string;
  kind: CredentialKind;
  /** The portal the credential belonged to when it was last tested. */
  portalId?: string;
  savedAt: number;
}

/**
 * One exact-restore session (issue 19): a delete job's records to be restored through HubSpot's
 * restore page, opened from the popup. The content script on that page reads the plan by its tab;
 * the verify-and-repair job updates what is still in the bin, so a next round plans the rest.
 */
export interface RestoreSession {
  id: string;
  /** The delete job whose records are restored. */
  jobId: string;
  portalId: string;
  objectTypeId: string;
  /** The tab opened on HubSpot's restore page (the only tab the plan is given to); set by restore/open. */
  tabId?: number;
  createdAt: number;
  round: number;
  rounds: number;
  /** Records of the job found archived (in the bin) when the round was planned: the only IDs the page may tick. */
  inBin: string[];
  /** Records not in the bin, by why: already active again, gone for good, or unreadable (HubSpot refused the read). */
  alreadyBack: string[];
  purged: string[];
  unreadable: string[];
  /** All records the job removed. */
  total: number;
  /** The restore page's last report (payloads/restore.ts RestorePageReport without sessionId). */
  report?: {
    state: 'selected' | 'noPermission' | 'unavailable' | 'restored';
    selected: number;
    notShown: { recordId: string; reason: 'overCap' | 'notOnPage' }[];
    reason?: Text;
    /** HubSpot's label of its Restore button, as the page showed it. */
    buttonLabel?: string;
    at: number;
  };
  verifyJobId?: string;
  /** The round the last verify-and-repair job was started in: its end plans the next round once. */
  verifiedRound?: number;
  /** Per record class, written by the verify-and-repair job (payloads/restore.ts RestoreOutcomeCounts). */
  outcome?: { restoredExactly: number; repaired: number; stillMissing: number; refusedEmailInUse: number };
}
