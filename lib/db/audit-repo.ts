import { Dexie } from 'dexie';
import { AuditRecordIdsRefusedError } from '@/lib/db/errors';
import type { AuditEntry } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at?: number };

/**
 * Appends one audit entry and returns its id. Works inside a caller's transaction that includes
 * `audit`, so an action and its audit entry can commit together.
 *
 * Only gdprDelete entries may list record IDs: after a permanent delete the IDs, count and time
 * are the proof of what was erased; every other entry keeps counts only (no personal data).
 */
export async function appendAudit(db: CrmSweepDb, entry: NewAuditEntry): Promise<number> {
  if (entry.recordIds !== undefined && !entry.action.startsWith('gdprDelete.')) {
    throw new AuditRecordIdsRefusedError(entry.action);
  }
  const row = { ...entry, at: entry.at ?? Date.now() };
  if (row.recordIds) row.recordIds = [...row.recordIds];
  return db.audit.add(row);
}

/** A job's entries, oldest first. */
export function listAuditForJob(db: CrmSweepDb, jobId: string): Promise<AuditEntry[]> {
  return db.audit.where('jobId').equals(jobId).sortBy('at');
}

/** Newest first; one portal's entries when `portalId` is given (uses the v2 [portalId+at] index). */
export function listRecentAudit(
  db: CrmSweepDb,
  { limit = 50, portalId }: { limit?: number; portalId?: string } = {},
): Promise<AuditEntry[]> {
  const newestFirst =
    portalId === undefined
      ? db.audit.orderBy('at')
      : db.audit.where('[portalId+at]').between([portalId, Dexie.minKey], [portalId, Dexie.maxKey]);
  return newestFirst.reverse().limit(limit).toArray();
}
