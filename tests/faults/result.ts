/**
 * What one row of the fault matrix found: kills and where they landed, the delete judged from the
 * sandbox, the undo judged the same way. Saved as JSON per row (table.ts) and printed as a table.
 */
import type { RowId } from './scenarios';
import type { MatrixSize } from './sizes';

export interface KillRecord {
  label: string;
  /** The last API call before the kill: where in a batch's life the worker died. */
  lastCall: string;
  restarted: boolean;
}

export interface RowResult {
  row: RowId;
  title: string;
  size: MatrixSize['name'];
  records: number;
  killsPlanned: number;
  /** Planned kills that could not happen: a fault's pause began, or the job ended, before their turn. */
  killsSkipped: number;
  kills: number;
  restarts: number;
  killPoints: Record<string, number>;
  archiveCalls: number;
  archiveCallsAccepted: number;
  resent: number;
  lost: number;
  archivedTwice: number;
  extra: number;
  unsnapshotted: number;
  goneBefore: number;
  goneReported: number;
  goneRecreated: number;
  restorable: number;
  restored: number;
  duplicates: number;
  /** Kills during the undo (same machinery, the undo's own clock). */
  undoKillsPlanned: number;
  undoKillsSkipped: number;
  undoKills: number;
  undoRestarts: number;
  undoKillPoints: Record<string, number>;
  /** Associations of the restorable records before the delete / found on their re-created records. */
  associationsBefore: number;
  associationsBack: number;
  /** Manual and snapshot list memberships before the delete / found on the re-created records. */
  membershipsBefore: number;
  membershipsBack: number;
  /** partial-207 only: records counted done that the sandbox shows not done, or the reverse (delete + undo). */
  miscounted: number;
  /** partial-207 only: records HubSpot refused (injected) / reported by crm-sweep with HubSpot's category. */
  refusedInjected: number;
  refusedReported: number;
  jobState: string;
  undoState: string;
  pauses: string[];
  stuckResumes: number;
  sameWorkerResumeTested: boolean;
  autoResumeNudges: number;
  notes: string[];
  /** Kills and archive calls in order, for reading a row afterwards (JSON only). */
  timeline: string[];
  wallMs: number;
  jobMs: number;
  undoMs: number;
  error?: string;
}

export function newResult(spec: { id: RowId; title: string }, size: MatrixSize): RowResult {
  return {
    row: spec.id,
    title: spec.title,
    size: size.name,
    records: size.records,
    killsPlanned: size.kills,
    killsSkipped: 0,
    kills: 0,
    restarts: 0,
    killPoints: {},
    archiveCalls: 0,
    archiveCallsAccepted: 0,
    resent: 0,
    lost: 0,
    archivedTwice: 0,
    extra: 0,
    unsnapshotted: 0,
    goneBefore: 0,
    goneReported: 0,
    goneRecreated: 0,
    restorable: 0,
    restored: 0,
    duplicates: 0,
    undoKillsPlanned: size.undoKills,
    undoKillsSkipped: 0,
    undoKills: 0,
    undoRestarts: 0,
    undoKillPoints: {},
    associationsBefore: 0,
    associationsBack: 0,
    membershipsBefore: 0,
    membershipsBack: 0,
    miscounted: 0,
    refusedInjected: 0,
    refusedReported: 0,
    jobState: '',
    undoState: '',
    pauses: [],
    stuckResumes: 0,
    sameWorkerResumeTested: true,
    autoResumeNudges: 0,
    notes: [],
    timeline: [],
    wallMs: 0,
    jobMs: 0,
    undoMs: 0,
  };
}
