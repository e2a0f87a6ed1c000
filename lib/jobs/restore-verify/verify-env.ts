import type { KeepsSnapshots } from '@/lib/db/batches-repo';
import type { FailedRecord, Job, RecordSnapshot } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { text } from '@/lib/i18n/text';
import type { RecordErrors } from '@/lib/jobs/core/record-errors';
import { storedText } from '@/lib/jobs/core/stored-text';
import { NO_PLAN, type RepairPlan } from './repair-plan';

/** What every verify-and-repair step needs: storage, the client, this job and the delete job it verifies. */
export interface VerifyEnv {
  db: CrmSweepDb;
  api: HubSpotApi;
  verifyJob: Job;
  deleteJob: Job;
  keepsSnapshots: KeepsSnapshots;
  signal?: AbortSignal;
}

/** What a repair found per record (old ID = the same ID: these records are back with it). */
export interface RepairNotes {
  /** Per record: what crm-sweep re-added (list IDs, association counts). */
  added: Map<string, { lists: string[]; associations: number }>;
  /** Per record: the first part it could not re-add or check, and why. */
  incomplete: Map<string, FailedRecord>;
  /** What an earlier run of this step wrote ahead, and how this run writes ahead (repair-plan.ts). */
  plan: RepairPlan;
}

export function emptyNotes(plan: RepairPlan = NO_PLAN): RepairNotes {
  return { added: new Map(), incomplete: new Map(), plan };
}

/** Notes that crm-sweep re-added a part of `recordId`: a list (its ID) or one association. */
export function noteAdded(notes: RepairNotes, recordId: string, part: { list: string } | { association: true }): void {
  const added = notes.added.get(recordId) ?? { lists: [], associations: 0 };
  if ('list' in part) added.lists.push(part.list);
  else added.associations += 1;
  notes.added.set(recordId, added);
}

/** Notes `part` as the record's first unrepaired part (later ones are not listed: one line per record). */
export function noteIncomplete(notes: RepairNotes, part: FailedRecord): void {
  if (!notes.incomplete.has(part.id)) notes.incomplete.set(part.id, part);
}

/**
 * True, and noted, when a record's current associations or lists could not be read: HubSpot named
 * it in the read's errors, or an error named no record and the answer lacks it (`answered`).
 * Nothing is re-added without reading first, and HubSpot refusing the read says the record is not
 * in a usable state.
 */
export function unreadNoted(
  notes: RepairNotes,
  recordId: string,
  read: { errors: RecordErrors; answered: boolean },
  key: 'restoreVerify.associationsUnread' | 'restoreVerify.listsUnread',
): boolean {
  const error = read.errors.byId.get(recordId);
  if (!error && !(read.errors.unknown && !read.answered)) return false;
  const said = error?.message || error?.category || 'UNKNOWN';
  noteIncomplete(notes, {
    id: recordId,
    category: error?.category ?? 'UNKNOWN',
    detail: error?.message,
    ...storedText(text(key, { said })),
  });
  return true;
}

export function snapshotsOf(env: VerifyEnv, ids: readonly string[]): Promise<RecordSnapshot[]> {
  return env.db.snapshots
    .bulkGet(ids.map((id) => [env.deleteJob.id, id] as [string, string]))
    .then((rows) => rows.filter((r): r is RecordSnapshot => r !== undefined));
}
